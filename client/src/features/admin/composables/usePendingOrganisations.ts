import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { PendingOrganisationsDocument, type PendingOrganisationsQuery } from '@/gql/graphql';

export type PendingOrganisation = PendingOrganisationsQuery['organisations']['nodes'][number];

/** Up to 100 organisations waiting for verification, by name; the count says when there are more. */
export function usePendingOrganisations() {
  const { result, loading, error, refetch } = useQuery(PendingOrganisationsDocument, { first: 100, after: null });
  return {
    organisations: computed(() => result.value?.organisations.nodes ?? []),
    totalCount: computed(() => result.value?.organisations.totalCount ?? 0),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
