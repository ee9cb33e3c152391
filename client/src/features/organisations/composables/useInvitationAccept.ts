import { useMutation } from '@vue/apollo-composable';
import { InvitationAcceptDocument, ViewerMembershipsDocument } from '@/gql/graphql';
import { evictDirectory } from './evictDirectory';

/**
 * Accepts the invitation. Cached organisations were fetched as a non-member (role, permissions,
 * members), so they are dropped and fetched again when shown.
 */
export function useInvitationAccept() {
  const { mutate, loading } = useMutation(InvitationAcceptDocument, {
    update: (cache, { data }) => {
      const organisation = data?.invitationAccept.organisation;
      if (organisation) cache.evict({ id: cache.identify(organisation) });
      evictDirectory(cache);
    },
    refetchQueries: [ViewerMembershipsDocument],
  });
  async function accept(token: string) {
    const result = await mutate({ token });
    const membership = result?.data?.invitationAccept;
    if (!membership) throw new Error('invitationAccept returned nothing');
    return membership;
  }
  return { accept, loading };
}
