import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantPartnerSearchDocument } from '@/gql/graphql';

/** Organisations whose name contains `search` (at least two characters). */
export function usePartnerSearch(search: Ref<string>) {
  const { result, loading, error } = useQuery(GrantPartnerSearchDocument, () => ({ search: search.value.trim() }), () => ({
    enabled: search.value.trim().length >= 2,
    fetchPolicy: 'network-only',
  }));
  return {
    results: computed(() => (search.value.trim().length >= 2 ? (result.value?.organisations.nodes ?? []) : [])),
    loading,
    error,
  };
}
