import { useMutation } from '@vue/apollo-composable';
import { errorExtension } from '@/app/errors';
import { GrantApplicationSaveDocument, type GrantApplicationInput } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

/** The newer version from CONFLICT grant/version_conflict (the only error with `currentVersion`); else null. */
export function versionConflict(error: unknown): number | null {
  const current = errorExtension(error, 'currentVersion');
  return typeof current === 'number' ? current : null;
}

export function useGrantApplicationSave() {
  const { mutate, loading } = useMutation(GrantApplicationSaveDocument);
  async function save(id: string, version: number, input: GrantApplicationInput) {
    return mutationPayload((await mutate({ id, version, input }))?.data?.grantApplicationSave, 'grantApplicationSave');
  }
  return { save, loading };
}
