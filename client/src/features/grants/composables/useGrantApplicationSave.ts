import { useMutation } from '@vue/apollo-composable';
import { errorExtension } from '@/app/errors';
import { GrantApplicationSaveDocument, type GrantApplicationInput } from '@/gql/graphql';

/** The newer version from CONFLICT grant/version_conflict (the only error with `currentVersion`); else null. */
export function versionConflict(error: unknown): number | null {
  const current = errorExtension(error, 'currentVersion');
  return typeof current === 'number' ? current : null;
}

export function useGrantApplicationSave() {
  const { mutate, loading } = useMutation(GrantApplicationSaveDocument);
  async function save(id: string, version: number, input: GrantApplicationInput) {
    const result = await mutate({ id, version, input });
    const application = result?.data?.grantApplicationSave;
    if (!application) throw new Error('grantApplicationSave returned no data');
    return application;
  }
  return { save, loading };
}
