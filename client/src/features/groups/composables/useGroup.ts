import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GroupDocument, type GroupQuery } from '@/gql/graphql';

export type GroupDetails = GroupQuery['group'];
export type GroupMemberItem = NonNullable<GroupDetails['members']>[number];

export function useGroup(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GroupDocument, () => ({ id: id.value }));
  return {
    group: computed(() => result.value?.group ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
