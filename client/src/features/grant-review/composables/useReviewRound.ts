import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantReviewRoundDocument, type ReviewRoundFieldsFragment } from '@/gql/graphql';

export type ReviewRound = ReviewRoundFieldsFragment;

export function useReviewRound(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReviewRoundDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return {
    round: computed(() => result.value?.grantRound ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
