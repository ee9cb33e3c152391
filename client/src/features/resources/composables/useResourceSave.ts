import { useApolloClient, useMutation } from '@vue/apollo-composable';
import type { ApolloCache } from '@apollo/client/core';
import { ResourceCreateDocument, ResourceDeleteDocument, ResourceDocument, ResourceUpdateDocument, type ResourceInput } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

/** Library lists are dropped after a change: order, filters and counts may all move. */
export function evictResourceLists(cache: ApolloCache<unknown>) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'resources' });
  cache.gc();
}

export function useResourceCreate() {
  const { mutate, loading } = useMutation(ResourceCreateDocument, { update: (cache) => evictResourceLists(cache) });
  async function create(input: ResourceInput) {
    return mutationPayload((await mutate({ input }))?.data?.resourceCreate, 'resourceCreate');
  }
  return { create, loading };
}

export function useResourceUpdate() {
  const { mutate, loading } = useMutation(ResourceUpdateDocument, { update: (cache) => evictResourceLists(cache) });
  async function update(id: string, input: ResourceInput) {
    return mutationPayload((await mutate({ id, input }))?.data?.resourceUpdate, 'resourceUpdate');
  }
  return { update, loading };
}

export function useResourceDelete() {
  const { mutate, loading } = useMutation(ResourceDeleteDocument, {
    update: (cache, _result, { variables }) => {
      if (variables?.id) cache.evict({ id: cache.identify({ __typename: 'Resource', id: variables.id }) });
      evictResourceLists(cache);
    },
  });
  async function remove(id: string) {
    await mutate({ id });
  }
  return { remove, loading };
}

/** After an upload (outside GraphQL) the resource's versions and the lists' cards are fetched again. */
export function useResourceRefresh() {
  const { resolveClient } = useApolloClient();
  return async (id: string) => {
    const client = resolveClient();
    evictResourceLists(client.cache);
    await client.query({ query: ResourceDocument, variables: { id }, fetchPolicy: 'network-only' });
  };
}
