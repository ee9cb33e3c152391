import { useMutation } from '@vue/apollo-composable';
import type { Reference } from '@apollo/client/core';
import { OrganisationInviteDocument, type MembershipRole } from '@/gql/graphql';

/** Sends the invitation and puts it first in the organisation's cached list of pending invitations. */
export function useOrganisationInvite() {
  const { mutate, loading } = useMutation(OrganisationInviteDocument);
  async function invite(organisationId: string, email: string, role: MembershipRole) {
    const result = await mutate(
      { input: { organisationId, email: email.trim(), role } },
      {
        update: (cache, { data }) => {
          const invitation = data?.organisationInvite;
          if (!invitation) return;
          const ref = cache.identify(invitation);
          cache.modify({
            id: cache.identify({ __typename: 'Organisation', id: organisationId }),
            fields: {
              invitations: (existing: Reference | readonly Reference[] | null, { toReference }) => {
                if (!Array.isArray(existing)) return existing; // not loaded (or not visible): nothing to keep in step
                const list = existing as readonly Reference[];
                const newRef = toReference(invitation, true);
                return newRef && !list.some((r) => r.__ref === ref) ? [newRef, ...list] : list;
              },
            },
          });
        },
      },
    );
    return result?.data?.organisationInvite ?? null;
  }
  return { invite, loading };
}
