import type { SearchFilter, SearchType } from '@/gql/graphql';

/** In the order the facet lists them. */
export const SEARCH_TYPES: readonly SearchType[] = ['EVENT', 'ACTIVITY', 'RESOURCE', 'ORGANISATION', 'GRANT_ROUND', 'MESSAGE'];

/** The shortest query worth sending. */
export const MIN_QUERY_LENGTH = 2;
/** The server refuses longer queries (validation/search_too_long). */
export const MAX_QUERY_LENGTH = 200;

/** The results page's state as it appears in the URL (`/sok?q=&type=&topic=&municipality=&language=`). */
export interface SearchParams {
  q: string;
  type: string;
  topic: string;
  municipality: string;
  language: string;
}

export const EMPTY_PARAMS: SearchParams = { q: '', type: '', topic: '', municipality: '', language: '' };
const KEYS = Object.keys(EMPTY_PARAMS) as (keyof SearchParams)[];

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

/** Reads the page's state from a route query; unknown types are ignored. */
export function paramsFromQuery(query: Record<string, unknown>): SearchParams {
  const type = first(query.type);
  return {
    q: first(query.q).trim().slice(0, MAX_QUERY_LENGTH),
    type: (SEARCH_TYPES as readonly string[]).includes(type) ? type : '',
    topic: first(query.topic),
    municipality: first(query.municipality),
    language: first(query.language),
  };
}

/** The route query for `params`: empty values are left out. */
export function paramsToQuery(params: SearchParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of KEYS) {
    const value = params[key].trim();
    if (value) query[key] = value;
  }
  return query;
}

export function paramsToFilter(params: SearchParams): SearchFilter {
  return {
    types: params.type ? [params.type as SearchType] : null,
    topic: params.topic || null,
    municipality: params.municipality || null,
    language: params.language || null,
  };
}

export function hasFilters(params: SearchParams): boolean {
  return !!(params.type || params.topic || params.municipality || params.language);
}
