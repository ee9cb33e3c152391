import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { ResourceDocument, type ResourceDetailsFieldsFragment } from '@/gql/graphql';

export type ResourceDetails = ResourceDetailsFieldsFragment;

export function useResource(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(ResourceDocument, () => ({ id: id.value }));
  return {
    resource: computed(() => result.value?.resource ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
