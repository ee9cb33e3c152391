import { useMutation } from '@vue/apollo-composable';
import { MembershipChangeRoleDocument, type MembershipRole } from '@/gql/graphql';

/** The membership's new role lands in the normalised cache by its id. */
export function useMembershipChangeRole() {
  const { mutate, loading } = useMutation(MembershipChangeRoleDocument);
  return { changeRole: (membershipId: string, role: MembershipRole) => mutate({ membershipId, role }), loading };
}
