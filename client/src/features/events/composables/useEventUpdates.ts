import { useApolloClient } from '@vue/apollo-composable';
import { ref, type Ref } from 'vue';
import { useLiveSubscription } from '@/features/groups';
import { EventUpdatesDocument, type EventUpdatesSubscription } from '@/gql/graphql';

export type EventUpdate = EventUpdatesSubscription['eventUpdates'];

/**
 * Live seat counts and status: written into the cached event at once, then `onChange` (e.g. a refetch of
 * the viewer's registration or the attendee list). Resumed from the last cursor after a reconnection, so the
 * changes made while the page was away arrive (in order: the last one carries the current counts).
 */
export function useEventUpdates(eventId: Ref<string>, onChange: (update: EventUpdate) => void) {
  const { resolveClient } = useApolloClient();
  const last = ref<EventUpdate | null>(null);

  useLiveSubscription({
    document: EventUpdatesDocument,
    variables: () => (eventId.value ? { eventId: eventId.value } : null),
    cursorOf: (data) => data.eventUpdates.cursor,
    onEvent: (data) => {
      const update = data.eventUpdates;
      last.value = update;
      const client = resolveClient();
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Event', id: eventId.value }),
        fields: {
          confirmedCount: (existing: number) => update.confirmedCount ?? existing,
          waitlistCount: (existing: number) => update.waitlistCount ?? existing,
          onlineConfirmedCount: (existing: number) => update.onlineConfirmedCount ?? existing,
          onlineWaitlistCount: (existing: number) => update.onlineWaitlistCount ?? existing,
          reservedConfirmedCount: (existing: number) => update.reservedConfirmedCount ?? existing,
          status: (existing: string) => update.status ?? existing,
        },
      });
      onChange(update);
    },
  });

  return { last };
}
