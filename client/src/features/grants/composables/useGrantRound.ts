import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantRoundDocument, type GrantRoundQuery } from '@/gql/graphql';

export type GrantRoundDetails = GrantRoundQuery['grantRound'];

export function useGrantRound(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantRoundDocument, () => ({ id: id.value }));
  return {
    round: computed(() => result.value?.grantRound ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
