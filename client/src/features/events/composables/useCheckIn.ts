import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { useLiveSubscription } from '@/features/groups';
import { EventCheckInDocument, EventCheckInsDocument, RegistrationCheckInDocument, type CheckIn, type EventCheckInsSubscription } from '@/gql/graphql';

export function useEventCheckIn(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(EventCheckInDocument, () => ({ id: id.value }));
  return { event: computed(() => result.value?.event ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useRegistrationCheckIn() {
  const { mutate } = useMutation(RegistrationCheckInDocument);
  return { mark: async (id: string, checkIn: CheckIn) => (await mutate({ id, checkIn }))?.data?.registrationCheckIn };
}

export type CheckInUpdate = EventCheckInsSubscription['eventCheckIns'];

/**
 * What the other organisers mark, live: each mark is written into the cached registration at once, and the last
 * counts are kept. Resumed from the last cursor after a reconnection, so nothing marked meanwhile is missed.
 */
export function useEventCheckIns(eventId: Ref<string>) {
  const { resolveClient } = useApolloClient();
  const last = ref<CheckInUpdate | null>(null);
  useLiveSubscription({
    document: EventCheckInsDocument,
    variables: () => (eventId.value ? { eventId: eventId.value } : null),
    cursorOf: (data) => data.eventCheckIns.cursor,
    onEvent: (data) => {
      const update = data.eventCheckIns;
      last.value = update;
      const client = resolveClient();
      client.cache.modify({ id: client.cache.identify({ __typename: 'Registration', id: update.registrationId }), fields: { checkIn: () => update.checkIn } });
    },
  });
  return { last };
}
