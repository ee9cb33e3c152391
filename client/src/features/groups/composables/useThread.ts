import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { ThreadDocument, type ThreadQuery } from '@/gql/graphql';

export type ThreadDetails = ThreadQuery['thread'];

export function useThread(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(ThreadDocument, () => ({ id: id.value }));
  return {
    thread: computed(() => result.value?.thread ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
