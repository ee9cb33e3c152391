import { useMutation } from '@vue/apollo-composable';
import type { ApolloCache } from '@apollo/client/core';
import { EventCreateDocument, EventUpdateDocument, type EventInput } from '@/gql/graphql';

/** Lists and the calendar are dropped after a change: order, filters and counts may all move. */
export function evictEventLists(cache: ApolloCache<unknown>) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'events' });
  cache.gc();
}

export function useEventCreate() {
  const { mutate, loading } = useMutation(EventCreateDocument, { update: (cache) => evictEventLists(cache) });
  async function create(input: EventInput) {
    const event = (await mutate({ input }))?.data?.eventCreate;
    if (!event) throw new Error('eventCreate returned nothing');
    return event;
  }
  return { create, loading };
}

export function useEventUpdate() {
  const { mutate, loading } = useMutation(EventUpdateDocument, { update: (cache) => evictEventLists(cache) });
  async function update(id: string, input: EventInput) {
    const event = (await mutate({ id, input }))?.data?.eventUpdate;
    if (!event) throw new Error('eventUpdate returned nothing');
    return event;
  }
  return { update, loading };
}
