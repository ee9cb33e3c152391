import { useMutation } from '@vue/apollo-composable';
import { InvitationAcceptDocument, ViewerMembershipsDocument } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
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
    return mutationPayload((await mutate({ token }))?.data?.invitationAccept, 'invitationAccept');
  }
  return { accept, loading };
}
