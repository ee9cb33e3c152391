import type { ApolloCache } from '@apollo/client/core';

/**
 * Drops every cached directory list (all filters): a new, verified or rejected organisation changes
 * which lists it belongs in and their counts. Lists on screen are fetched again.
 */
export function evictDirectory(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'organisations' });
  cache.gc();
}
