import { useMutation } from '@vue/apollo-composable';
import { GroupDocument, GroupLeaveDocument, GroupsDocument } from '@/gql/graphql';

export function useGroupLeave() {
  const { mutate, loading } = useMutation(GroupLeaveDocument);
  async function leave(groupId: string) {
    await mutate({ groupId }, { refetchQueries: [GroupsDocument, GroupDocument], awaitRefetchQueries: true });
  }
  return { leave, loading };
}
