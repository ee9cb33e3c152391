import { useMutation } from '@vue/apollo-composable';
import { GroupDocument, GroupJoinDocument, GroupsDocument } from '@/gql/graphql';

/** Joins, asks to join or accepts an invitation; the list and an open group page are read again (permissions change). */
export function useGroupJoin() {
  const { mutate, loading } = useMutation(GroupJoinDocument);
  async function join(groupId: string) {
    const result = await mutate(
      { groupId },
      // Not awaited: the button that asked goes away with the new permissions, and reports first.
      { refetchQueries: [GroupsDocument, GroupDocument] },
    );
    return result?.data?.groupJoin ?? null;
  }
  return { join, loading };
}
