import { ApolloClient, ApolloLink, gql, Observable, type TypedDocumentNode } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createCache } from '@/app/cache';
import { useCursorPages } from './useCursorPages';

interface Page {
  events: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] };
}
interface Vars {
  filter: { key: string };
  first: number;
  after: string | null;
}

// The event list's field, as its composable asks for it (the cache policy is per field, not per document).
const EventPages: TypedDocumentNode<Page, Vars> = gql`
  query EventPages($filter: EventFilter, $first: Int!, $after: String) {
    events(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`;

/** Five events in pages of two; the cursor is the number of the last one sent. */
const server = new ApolloLink((operation) => {
  const start = Number(operation.variables.after ?? 0);
  const ids = [start + 1, start + 2].filter((n) => n <= 5);
  return Observable.of({
    data: {
      events: {
        __typename: 'EventConnection',
        totalCount: 5,
        pageInfo: { __typename: 'PageInfo', hasNextPage: start + 2 < 5, endCursor: String(start + 2) },
        nodes: ids.map((n) => ({ __typename: 'Event', id: `e${n}` })),
      },
    },
  });
});

function mountPages() {
  const client = new ApolloClient({ link: server, cache: createCache(), defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } } });
  let pages!: ReturnType<typeof useCursorPages<Page, Vars, Page['events']>>;
  mount(
    defineComponent({
      setup() {
        pages = useCursorPages(EventPages, ref<Vars>({ filter: { key: 'a' }, first: 2, after: null }), (data) => data.events);
        return () => h('div');
      },
    }),
    { global: { provide: { [DefaultApolloClient]: client } } },
  );
  return () => pages;
}

describe('useCursorPages', () => {
  it('shows the first page, then appends each next one until there are no more', async () => {
    const pages = mountPages();
    expect(pages().loading.value).toBe(true);
    await flushPromises();
    expect(pages().nodes.value.map((n) => n.id)).toEqual(['e1', 'e2']);
    expect(pages().totalCount.value).toBe(5);
    expect(pages().hasNextPage.value).toBe(true);

    await pages().loadMore();
    await flushPromises();
    expect(pages().nodes.value.map((n) => n.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(pages().loadingMore.value).toBe(false);

    await pages().loadMore();
    await flushPromises();
    expect(pages().nodes.value.map((n) => n.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(pages().hasNextPage.value).toBe(false);
    expect(pages().refreshing.value).toBe(false);
  });
});
