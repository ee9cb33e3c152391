import { InMemoryCache, type FieldPolicy, type Reference, type StoreObject, type TypePolicies } from '@apollo/client/core';

interface Pages {
  nodes: readonly unknown[];
}

/** The cache's own identity of a node (a normalised reference), or none for an embedded object. */
function refOf(node: unknown): string | undefined {
  return (node as Partial<Reference> | null)?.__ref;
}

/**
 * Merges "show more" pages of a cursor connection: a page asked for with `after` is appended (a node the list
 * already holds is not repeated), one without `after` starts the list over. The rest (totalCount, pageInfo,
 * facets) comes from the newest page.
 */
export function mergeConnectionPages<T extends Pages>(existing: T | undefined, incoming: T, after: unknown): T {
  if (!after || !existing) return incoming;
  const seen = new Set(existing.nodes.map(refOf).filter(Boolean));
  return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !refOf(node) || !seen.has(refOf(node)))] };
}

/**
 * The field policy of a cursor connection: one cached list per value of `keyArgs` (every argument but
 * `after`), which `fetchMore({ variables: { after } })` extends. No `updateQuery` in the composables.
 */
export function cursorConnection(keyArgs: string[]): FieldPolicy<Pages & StoreObject> {
  return {
    keyArgs,
    merge: (existing, incoming, { args }) => mergeConnectionPages(existing, incoming, args?.after),
  };
}

export const typePolicies = {
  // Reference data is keyed by its natural identifiers, not `id`.
  Municipality: { keyFields: ['number'] },
  Topic: { keyFields: ['slug'] },
  // A search result, not an entity: kept inside its parent.
  InvitationPreview: { keyFields: false },
  // Same id, different snippet per query: each answer keeps its own hits.
  SearchHit: { keyFields: false },
  // Every cursor connection in the schema (arguments `first`/`after`) pages here.
  Query: {
    fields: {
      activities: cursorConnection(['filter', 'first']),
      events: cursorConnection(['filter', 'first']),
      notifications: cursorConnection(['unreadOnly', 'first']),
      organisations: cursorConnection(['filter', 'first']),
      resources: cursorConnection(['filter', 'first']),
    },
  },
  NetworkGroup: {
    fields: {
      threads: cursorConnection(['first']),
    },
  },
} satisfies TypePolicies;

export function createCache() {
  return new InMemoryCache({ typePolicies });
}
