import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantRoundResultsDocument } from '@/gql/graphql';

/** A decided round's published results (public). */
export function useRoundResults(roundId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantRoundResultsDocument, () => ({ roundId: roundId.value }));
  return { results: computed(() => result.value?.grantRoundResults ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}
