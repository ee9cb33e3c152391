import type { ApolloCache } from '@apollo/client/core';

/** Drops every cached catalogue list (all filters): status, dates and texts decide membership and order. */
export function evictCatalogue(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'activities' });
  cache.gc();
}
