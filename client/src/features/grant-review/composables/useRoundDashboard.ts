import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantReviewDashboardDocument, type GrantReviewDashboardQuery } from '@/gql/graphql';

export type RoundDashboardData = GrantReviewDashboardQuery['grantRoundDashboard'];

export function useRoundDashboard(roundId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReviewDashboardDocument, () => ({ roundId: roundId.value }), { fetchPolicy: 'cache-and-network' });
  return { dashboard: computed(() => result.value?.grantRoundDashboard ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}
