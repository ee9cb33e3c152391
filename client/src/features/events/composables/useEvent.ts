import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { EventDocument } from '@/gql/graphql';

export function useEvent(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(EventDocument, () => ({ id: id.value }));
  return {
    event: computed(() => result.value?.event ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
