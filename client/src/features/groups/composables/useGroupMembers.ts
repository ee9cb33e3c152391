import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GroupMembersDocument } from '@/gql/graphql';

/** The group's members (null unless the viewer may read the group), e.g. for the mention picker. */
export function useGroupMembers(groupId: Ref<string>) {
  const { result } = useQuery(GroupMembersDocument, () => ({ id: groupId.value }));
  return { members: computed(() => result.value?.group.members ?? []) };
}
