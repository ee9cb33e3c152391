import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantDecisionLetterDocument } from '@/gql/graphql';

export function useDecisionLetter(id: Ref<string>) {
  // Always ask the server: the decision appears the moment the round's decisions are published.
  const { result, loading, error, refetch } = useQuery(GrantDecisionLetterDocument, () => ({ id: id.value }), { fetchPolicy: 'network-only' });
  return {
    application: computed(() => result.value?.grantApplication ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
