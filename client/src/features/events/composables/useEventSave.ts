import { useMutation } from '@vue/apollo-composable';
import type { ApolloCache } from '@apollo/client/core';
import { EventCreateDocument, EventUpdateDocument, type EventInput } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

/** Lists and the calendar are dropped after a change: order, filters and counts may all move. */
export function evictEventLists(cache: ApolloCache<unknown>) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'events' });
  cache.gc();
}

export function useEventCreate() {
  const { mutate, loading } = useMutation(EventCreateDocument, { update: (cache) => evictEventLists(cache) });
  async function create(input: EventInput) {
    return mutationPayload((await mutate({ input }))?.data?.eventCreate, 'eventCreate');
  }
  return { create, loading };
}

export function useEventUpdate() {
  const { mutate, loading } = useMutation(EventUpdateDocument, { update: (cache) => evictEventLists(cache) });
  async function update(id: string, input: EventInput) {
    return mutationPayload((await mutate({ id, input }))?.data?.eventUpdate, 'eventUpdate');
  }
  return { update, loading };
}
