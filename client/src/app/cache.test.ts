import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloClient, ApolloLink, gql, Observable, type DocumentNode } from '@apollo/client/core';
import { buildSchema, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache, mergeConnectionPages, typePolicies } from './cache';

describe('mergeConnectionPages', () => {
  const page = (...ids: string[]) => ({ nodes: ids.map((id) => ({ __ref: `Organisation:${id}` })) });

  it('appends a "show more" page and starts over without a cursor', () => {
    expect(mergeConnectionPages(page('a', 'b'), page('c'), 'cursor')).toEqual(page('a', 'b', 'c'));
    expect(mergeConnectionPages(page('a', 'b'), page('x'), null)).toEqual(page('x'));
    expect(mergeConnectionPages(undefined, page('c'), 'cursor')).toEqual(page('c'));
  });

  it('does not repeat a node the list already holds (a page asked for twice)', () => {
    expect(mergeConnectionPages(page('a', 'b'), page('b', 'c'), 'cursor')).toEqual(page('a', 'b', 'c'));
  });
});

describe('the cache policies', () => {
  it('page every cursor connection in the schema, keyed by all its arguments but after', () => {
    const schema = buildSchema(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql'), 'utf8'));
    const connections: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type === schema.getSubscriptionType()) continue;
      for (const field of Object.values(type.getFields())) {
        const args = field.args.map((a) => a.name);
        if (args.includes('after')) connections[`${type.name}.${field.name}`] = args.filter((a) => a !== 'after').sort();
      }
    }
    const policies = typePolicies as Record<string, { fields?: Record<string, { keyArgs?: unknown }> }>;
    const configured = Object.fromEntries(
      Object.entries(connections).map(([name]) => {
        const [type, field] = name.split('.') as [string, string];
        const keyArgs = policies[type]?.fields?.[field]?.keyArgs;
        return [name, Array.isArray(keyArgs) ? [...keyArgs].sort() : null];
      }),
    );
    expect(Object.keys(connections).length).toBeGreaterThan(0);
    expect(configured).toEqual(connections);
  });
});

/** A server of two-node pages: the cursor is the index of the last node sent; 5 nodes per list. */
function pagedServer(typename: string) {
  const asked: Record<string, unknown>[] = [];
  const link = new ApolloLink((operation) => {
    const { after, filter } = operation.variables as { after?: string | null; filter?: { key: string } };
    asked.push(operation.variables);
    const start = after ? Number(after) : 0;
    const ids = [start + 1, start + 2].filter((n) => n <= 5);
    const list = filter?.key ?? 'all';
    const connection = {
      __typename: `${typename}Connection`,
      totalCount: 5,
      pageInfo: { __typename: 'PageInfo', hasNextPage: start + 2 < 5, endCursor: String(start + 2) },
      nodes: ids.map((n) => ({ __typename: typename, id: `${list}-${n}` })),
    };
    return Observable.of({ data: { [operation.operationName === 'Threads' ? 'group' : 'list']: connection } });
  });
  return { link, asked };
}

/** A watched query (as useQuery keeps one) once its first answer is in. */
async function watch(client: ApolloClient<unknown>, query: DocumentNode, variables: Record<string, unknown>) {
  const watched = client.watchQuery({ query, variables });
  await new Promise<void>((resolve, reject) => {
    watched.subscribe({ next: (result) => !result.loading && resolve(), error: reject });
  });
  return watched;
}

const connectionFields = 'totalCount pageInfo { hasNextPage endCursor } nodes { id }';

describe('cursor connections in the cache', () => {
  for (const [field, typename] of [
    ['activities', 'Activity'],
    ['events', 'Event'],
    ['organisations', 'Organisation'],
    ['resources', 'Resource'],
  ] as const) {
    it(`${field}: fetchMore appends the next page to the list of the same filter, which another filter does not see`, async () => {
      const { link } = pagedServer(typename);
      const client = new ApolloClient({ link, cache: createCache() });
      const query = gql(`query List($filter: F, $first: Int!, $after: String) { list: ${field}(filter: $filter, first: $first, after: $after) { ${connectionFields} } }`);
      const ids = (data: { list: { nodes: { id: string }[] } }) => data.list.nodes.map((n) => n.id);

      const variables = { filter: { key: 'a' }, first: 2, after: null };
      const first = await client.query({ query, variables });
      expect(ids(first.data)).toEqual(['a-1', 'a-2']);

      const watched = await watch(client, query, variables);
      await watched.fetchMore({ variables: { after: '2' } });
      expect(ids(watched.getCurrentResult().data)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
      expect(watched.getCurrentResult().data.list.pageInfo).toEqual({ __typename: 'PageInfo', hasNextPage: true, endCursor: '4' });

      // Another filter is its own list; the first is untouched by it.
      const other = await client.query({ query, variables: { ...variables, filter: { key: 'b' } } });
      expect(ids(other.data)).toEqual(['b-1', 'b-2']);
      expect(ids(client.readQuery({ query, variables })!)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);

      // Asking for the first page again (a refetch) starts the list over.
      await client.query({ query, variables, fetchPolicy: 'network-only' });
      expect(ids(client.readQuery({ query, variables })!)).toEqual(['a-1', 'a-2']);
    });
  }

  it('notifications: the unread and the whole inbox are separate lists that page', async () => {
    const { link } = pagedServer('Notification');
    const client = new ApolloClient({ link, cache: createCache() });
    const query = gql(`query Inbox($first: Int!, $after: String, $unreadOnly: Boolean!) { list: notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { ${connectionFields} } }`);
    const watched = await watch(client, query, { first: 2, after: null, unreadOnly: true });
    await watched.fetchMore({ variables: { after: '2' } });
    expect(watched.getCurrentResult().data.list.nodes).toHaveLength(4);
    const all = await client.query({ query, variables: { first: 2, after: null, unreadOnly: false } });
    expect(all.data.list.nodes).toHaveLength(2);
  });

  it("a group's threads page in the group", async () => {
    const { link } = pagedServer('Thread');
    const client = new ApolloClient({
      link: new ApolloLink((operation, forward) =>
        forward(operation).map((result) => ({ data: { group: { __typename: 'NetworkGroup', id: 'g1', threads: (result.data as { group: unknown }).group } } })),
      ).concat(link),
      cache: createCache(),
    });
    const query = gql(`query Threads($first: Int!, $after: String) { group(id: "g1") { id threads(first: $first, after: $after) { ${connectionFields} } } }`);
    const watched = await watch(client, query, { first: 2, after: null });
    await watched.fetchMore({ variables: { after: '2' } });
    await watched.fetchMore({ variables: { after: '4' } });
    expect(watched.getCurrentResult().data.group.threads.nodes.map((n: { id: string }) => n.id)).toEqual(['all-1', 'all-2', 'all-3', 'all-4', 'all-5']);
    expect(watched.getCurrentResult().data.group.threads.pageInfo.hasNextPage).toBe(false);
  });
});
