import { useApolloClient, useSubscription } from '@vue/apollo-composable';
import { ref, watch, type Ref } from 'vue';
import { EventUpdatesDocument, type EventUpdatesSubscription } from '@/gql/graphql';

export type EventUpdate = EventUpdatesSubscription['eventUpdates'];

/**
 * Live seat counts and status: written into the cached event at once, then `onChange` (e.g. a refetch of
 * the viewer's registration or the attendee list). Every update carries the full counts, so nothing is
 * replayed with `after`: the next update after a reconnect brings the page up to date.
 */
export function useEventUpdates(eventId: Ref<string>, onChange: (update: EventUpdate) => void) {
  const { resolveClient } = useApolloClient();
  const { result } = useSubscription(EventUpdatesDocument, () => ({ eventId: eventId.value, after: null }));
  const last = ref<EventUpdate | null>(null);

  watch(result, (value) => {
    const update = value?.eventUpdates;
    if (!update) return;
    last.value = update;
    const client = resolveClient();
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Event', id: eventId.value }),
      fields: {
        confirmedCount: (existing: number) => update.confirmedCount ?? existing,
        waitlistCount: (existing: number) => update.waitlistCount ?? existing,
        onlineConfirmedCount: (existing: number) => update.onlineConfirmedCount ?? existing,
        onlineWaitlistCount: (existing: number) => update.onlineWaitlistCount ?? existing,
        status: (existing: string) => update.status ?? existing,
      },
    });
    onChange(update);
  });

  return { last };
}
