import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { GroupsDocument, type GroupsQuery } from '@/gql/graphql';

export type GroupListItem = GroupsQuery['groups'][number];

export function useGroups() {
  const { result, loading, error, refetch } = useQuery(GroupsDocument);
  return {
    groups: computed(() => result.value?.groups ?? []),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
