import type { SearchFilter, SearchType } from '@/gql/graphql';

/** In the order the facet lists them. */
export const SEARCH_TYPES: readonly SearchType[] = ['EVENT', 'ACTIVITY', 'RESOURCE', 'ORGANISATION', 'GRANT_ROUND', 'MESSAGE'];

/** The shortest query worth sending. */
export const MIN_QUERY_LENGTH = 2;
/** The server refuses longer queries (validation/search_too_long). */
export const MAX_QUERY_LENGTH = 200;

/** At most this many values per facet (the server takes up to 20 languages, 50 topics or municipalities). */
const MAX_VALUES = 20;

/** The facets; each takes several values (any of them matches), as repeated keys in the URL. */
export type SearchFacet = 'type' | 'topic' | 'municipality' | 'language';
export const SEARCH_FACETS: readonly SearchFacet[] = ['type', 'topic', 'municipality', 'language'];

/** The results page's state as it appears in the URL (`/sok?q=&type=&type=&topic=&municipality=&language=`). */
export interface SearchParams extends Record<SearchFacet, string[]> {
  q: string;
}

export const EMPTY_PARAMS: SearchParams = { q: '', type: [], topic: [], municipality: [], language: [] };

// What the server would refuse is left out of the URL's values, so a hand-edited link still searches.
const VALID: Record<SearchFacet, (v: string) => boolean> = {
  type: (v) => (SEARCH_TYPES as readonly string[]).includes(v),
  topic: (v) => /^[a-z0-9-]{1,64}$/.test(v),
  municipality: (v) => /^\d{4}$/.test(v),
  language: (v) => /^[a-z]{2,3}$/.test(v),
};

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

function all(value: unknown, valid: (v: string) => boolean): string[] {
  const raw = Array.isArray(value) ? value : [value];
  const values = raw.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(valid);
  return [...new Set(values)].slice(0, MAX_VALUES);
}

/** Reads the page's state from a route query; unknown types and malformed values are ignored. */
export function paramsFromQuery(query: Record<string, unknown>): SearchParams {
  const params: SearchParams = { ...EMPTY_PARAMS, q: first(query.q).trim().slice(0, MAX_QUERY_LENGTH) };
  for (const key of SEARCH_FACETS) params[key] = all(query[key], VALID[key]);
  return params;
}

/** The route query for `params`: empty values are left out; a facet's values are repeated keys. */
export function paramsToQuery(params: SearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  const q = params.q.trim();
  if (q) query.q = q;
  for (const key of SEARCH_FACETS) if (params[key].length) query[key] = params[key].length === 1 ? params[key][0]! : [...params[key]];
  return query;
}

export function paramsToFilter(params: SearchParams): SearchFilter {
  const list = <T extends string>(values: string[]) => (values.length ? (values as T[]) : null);
  return {
    types: list<SearchType>(params.type),
    topics: list(params.topic),
    municipalities: list(params.municipality),
    languages: list(params.language),
  };
}

export function hasFilters(params: SearchParams): boolean {
  return SEARCH_FACETS.some((key) => params[key].length > 0);
}
