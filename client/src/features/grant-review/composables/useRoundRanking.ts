import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantReviewRankingDocument, type GrantReviewRankingQuery } from '@/gql/graphql';

export type RankedRow = GrantReviewRankingQuery['grantRoundRanking'][number];

export function useRoundRanking(roundId: Ref<string>, enabled: () => boolean = () => true) {
  const { result, loading, error, refetch } = useQuery(GrantReviewRankingDocument, () => ({ roundId: roundId.value }), () => ({ fetchPolicy: 'cache-and-network', enabled: enabled() }));
  return { ranking: computed(() => result.value?.grantRoundRanking ?? []), loaded: computed(() => !!result.value), loading: computed(() => loading.value && !result.value), error, refetch };
}
