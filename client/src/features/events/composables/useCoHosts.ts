import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { EventCoHostAcceptDocument, EventCoHostDeclineDocument, EventCoHostInviteDocument, EventCoHostRemoveDocument, ViewerCoHostInvitationsDocument } from '@/gql/graphql';
import { evictEventLists } from './useEventSave';

// Co-hosting: the organisers invite; an admin of the invited organisation answers. Each returns the invitation or throws.

export function useCoHostInvite() {
  const { mutate } = useMutation(EventCoHostInviteDocument, { refetchQueries: ['Event'] });
  return { invite: async (eventId: string, organisationId: string) => (await mutate({ eventId, organisationId }))?.data?.eventCoHostInvite };
}

/** Accept, decline or remove: the event and the lists it shows on change with it. */
export function useCoHostMove() {
  const options = { refetchQueries: ['Event', 'ViewerCoHostInvitations'], update: evictEventLists };
  const { mutate: accept } = useMutation(EventCoHostAcceptDocument, options);
  const { mutate: decline } = useMutation(EventCoHostDeclineDocument, options);
  const { mutate: remove } = useMutation(EventCoHostRemoveDocument, options);
  return {
    accept: async (id: string) => (await accept({ id }))?.data?.eventCoHostAccept,
    decline: async (id: string) => (await decline({ id }))?.data?.eventCoHostDecline,
    remove: async (id: string) => (await remove({ id }))?.data?.eventCoHostRemove,
  };
}

/** Invitations waiting for the viewer's organisations (those they are an admin of; the server leaves the others null). */
export function useViewerCoHostInvitations() {
  const { result, loading, error, refetch } = useQuery(ViewerCoHostInvitationsDocument, {}, { fetchPolicy: 'cache-and-network' });
  const invitations = computed(() =>
    (result.value?.viewer?.memberships ?? []).flatMap((m) => (m.organisation.eventCoHostInvitations ?? []).map((invitation) => ({ invitation, organisation: m.organisation }))),
  );
  return { invitations, loading: computed(() => loading.value && !result.value), error, refetch };
}
