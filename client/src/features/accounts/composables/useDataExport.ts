import { ref } from 'vue';
import { useI18n } from 'vue-i18n';

/** Where the server gives the signed-in user's data and uploads as one zip (server/src/modules/accounts/export.ts). */
export const EXPORT_URL = '/konto/mine-data.zip';

/** The file name of a download made on `date`: samhandling-data-2026-11-23.zip. */
export function exportFileName(date = new Date()): string {
  return `samhandling-data-${date.toISOString().slice(0, 10)}.zip`;
}

/** A download the server refused or that never arrived; the message is translated. */
export class DataExportError extends Error {
  override name = 'DataExportError';
}

/** Fetches the zip of everything the platform holds about the viewer and saves it. */
export function useDataExport() {
  const { t, te } = useI18n();
  const loading = ref(false);

  async function refusal(res: Response): Promise<DataExportError> {
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string; extensions?: { retryAfterSeconds?: number } }[] } | null;
    const problem = body?.errors?.[0];
    const key = problem?.message ? `errors.messages.${problem.message.replaceAll('/', '.')}` : '';
    let message = key && te(key) ? t(key) : res.status === 401 ? t('errors.messages.auth.not_signed_in') : t('errors.UNKNOWN');
    const retryAfter = problem?.extensions?.retryAfterSeconds;
    if (typeof retryAfter === 'number') message = `${message} ${t('errors.retryAfter', { seconds: Math.ceil(retryAfter) })}`;
    return new DataExportError(message);
  }

  async function download(): Promise<void> {
    loading.value = true;
    try {
      const res = await fetch(EXPORT_URL, { credentials: 'same-origin', cache: 'no-store' }).catch(() => {
        throw new DataExportError(t('errors.NETWORK'));
      });
      if (!res.ok) throw await refusal(res);
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = exportFileName();
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      loading.value = false;
    }
  }

  return { download, loading };
}
