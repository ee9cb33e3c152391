import type { ResourceAccess, ResourceFilter, ResourceKind } from '@/gql/graphql';

export const RESOURCE_KINDS: readonly ResourceKind[] = ['GUIDE', 'REPORT', 'RECORDING', 'STATISTICS', 'LINK', 'DOCUMENT', 'TEMPLATE'];
export const RESOURCE_ACCESS: readonly ResourceAccess[] = ['PUBLIC', 'MEMBERS', 'GROUP'];

/** The languages offered in filters and the form; others already on a resource are kept. */
export const RESOURCE_LANGUAGES = ['nb', 'nn', 'en', 'uk', 'ar', 'so', 'ti', 'fa', 'pl', 'ru'] as const;

/** The library's filters as they appear in the URL (`?type=&tema=&sprak=&tilgang=`). Empty string: no filter. */
export interface LibraryFilters {
  kind: string;
  topic: string;
  language: string;
  access: string;
}

export const EMPTY_FILTERS: LibraryFilters = { kind: '', topic: '', language: '', access: '' };

export const QUERY_KEYS: Record<keyof LibraryFilters, string> = { kind: 'type', topic: 'tema', language: 'sprak', access: 'tilgang' };

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.trim() : '';
}

function oneOf(value: string, allowed: readonly string[]): string {
  return allowed.includes(value) ? value : '';
}

/** Reads filters from a route query; values the server would refuse are ignored. */
export function filtersFromQuery(query: Record<string, unknown>): LibraryFilters {
  const get = (key: keyof LibraryFilters) => first(query[QUERY_KEYS[key]]);
  const topic = get('topic');
  return {
    kind: oneOf(get('kind'), RESOURCE_KINDS),
    topic: /^[a-z0-9-]{1,80}$/.test(topic) ? topic : '',
    language: /^[a-z]{2,3}$/.test(get('language')) ? get('language') : '',
    access: oneOf(get('access'), RESOURCE_ACCESS),
  };
}

/** The route query for `filters`, in a fixed order; empty filters are left out. */
export function filtersToQuery(filters: LibraryFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of Object.keys(QUERY_KEYS) as (keyof LibraryFilters)[]) {
    const value = filters[key].trim();
    if (value) query[QUERY_KEYS[key]] = value;
  }
  return query;
}

/** The access filter only means something to signed-in users (anonymous visitors see public resources only). */
export function filtersToVariables(filters: LibraryFilters, signedIn: boolean): ResourceFilter {
  return {
    kinds: filters.kind ? [filters.kind as ResourceKind] : null,
    topic: filters.topic || null,
    language: filters.language || null,
    access: signedIn && filters.access ? (filters.access as ResourceAccess) : null,
  };
}

export function hasFilters(filters: LibraryFilters): boolean {
  return Object.values(filters).some((v) => v !== '');
}
