import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';
import { ViewerDataExportDocument } from '@/gql/graphql';

/** The file name of a download made on `date`: samhandling-data-2026-11-23.json. */
export function exportFileName(date = new Date()): string {
  return `samhandling-data-${date.toISOString().slice(0, 10)}.json`;
}

/** Fetches everything the platform holds about the viewer (never cached) and saves it as a JSON file. */
export function useDataExport() {
  const { resolveClient } = useApolloClient();
  const loading = ref(false);

  async function download(): Promise<void> {
    loading.value = true;
    try {
      const { data } = await resolveClient().query({ query: ViewerDataExportDocument, fetchPolicy: 'no-cache' });
      const blob = new Blob([JSON.stringify(data.viewerDataExport, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
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
