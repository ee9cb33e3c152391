import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { GrantReviewRoundsDocument, type GrantReviewRoundsQuery } from '@/gql/graphql';

export type ReviewRoundItem = GrantReviewRoundsQuery['grantRounds'][number];

/** Every round, drafts included; always asked again so a round made elsewhere shows up. */
export function useReviewRounds() {
  const { result, loading, error, refetch } = useQuery(GrantReviewRoundsDocument, null, { fetchPolicy: 'cache-and-network' });
  return {
    rounds: computed(() => result.value?.grantRounds ?? []),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
