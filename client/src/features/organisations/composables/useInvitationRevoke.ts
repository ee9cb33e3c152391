import { useMutation } from '@vue/apollo-composable';
import { InvitationRevokeDocument } from '@/gql/graphql';

/** Withdraws an invitation and removes it from the cache (it leaves every pending list). */
export function useInvitationRevoke() {
  const { mutate, loading } = useMutation(InvitationRevokeDocument, {
    update: (cache, { data }) => {
      if (!data?.invitationRevoke) return;
      cache.evict({ id: cache.identify(data.invitationRevoke) });
      cache.gc();
    },
  });
  return { revoke: (id: string) => mutate({ id }), loading };
}
