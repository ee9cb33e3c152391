import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { errorExtension } from '@/app/errors';
import { GrantReportDocument, GrantReportSaveDocument, GrantReportSubmitDocument, type GrantReportInput, type GrantReportQuery } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

export type GrantReportDetails = NonNullable<GrantReportQuery['grantReport']>;

/** One report, for its organisation (the form) and county staff (the review). */
export function useGrantReport(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReportDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return {
    report: computed(() => result.value?.grantReport ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}

/** Autosave of a report draft against the version it was loaded with. */
export function useGrantReportSave() {
  const { mutate } = useMutation(GrantReportSaveDocument);
  async function save(id: string, version: number, input: GrantReportInput) {
    return mutationPayload((await mutate({ id, version, input }))?.data?.grantReportSave, 'grantReportSave');
  }
  return { save };
}

export function useGrantReportSubmit() {
  const { mutate, loading } = useMutation(GrantReportSubmitDocument);
  return { submit: async (id: string) => (await mutate({ id }))?.data?.grantReportSubmit ?? null, loading };
}

/** What the server said keeps a report from being sent in (BAD_USER_INPUT grant/report_incomplete), else null. */
export function reportMissing(error: unknown): string[] | null {
  const missing = errorExtension(error, 'missing');
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : null;
}
