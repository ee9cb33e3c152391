import { useMutation } from '@vue/apollo-composable';
import { GroupMemberApproveDocument } from '@/gql/graphql';

export function useGroupMemberApprove() {
  const { mutate, loading } = useMutation(GroupMemberApproveDocument);
  async function approve(memberId: string) {
    await mutate({ memberId });
  }
  return { approve, loading };
}
