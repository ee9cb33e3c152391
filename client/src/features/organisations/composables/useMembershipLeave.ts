import { useMutation } from '@vue/apollo-composable';
import { MembershipLeaveDocument, OrganisationDocument, ViewerMembershipsDocument } from '@/gql/graphql';

/** Leaves the organisation; its page (role, permissions, members) and "Mine organisasjoner" are refetched. */
export function useMembershipLeave() {
  const { mutate, loading } = useMutation(MembershipLeaveDocument);
  async function leave(organisationId: string) {
    await mutate(
      { organisationId },
      { refetchQueries: [{ query: OrganisationDocument, variables: { id: organisationId } }, ViewerMembershipsDocument], awaitRefetchQueries: true },
    );
  }
  return { leave, loading };
}
