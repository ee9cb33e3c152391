import type { ActivityCategory, ActivityFilter, TargetGroup, Weekday } from '@/gql/graphql';
import { WEEKDAYS } from './schedule';

export const CATEGORIES: readonly ActivityCategory[] = [
  'LANGUAGE_CAFE',
  'HOMEWORK_HELP',
  'MENTORING',
  'CHILDREN_FAMILY',
  'WOMENS_GROUP',
  'JOB_SEEKING',
  'COUNSELLING',
  'CULTURE',
  'SPORTS_OUTDOOR',
  'OTHER',
];

export const TARGET_GROUPS: readonly TargetGroup[] = ['ALL_NEWCOMERS', 'ADULTS', 'YOUTH', 'CHILDREN', 'FAMILIES', 'WOMEN', 'SENIORS', 'UKRAINIANS'];

/** The languages offered in the form; others already on an activity are kept. */
export const COMMON_LANGUAGES = ['no', 'en', 'ar', 'uk', 'so', 'ti', 'fa', 'ps', 'pl', 'lt', 'ru', 'tr'] as const;

/** The catalogue's filters as they appear in the URL. Empty string: no filter. */
export interface CatalogueFilters {
  search: string;
  municipality: string;
  category: string;
  language: string;
  targetGroup: string;
  weekday: string;
  /** 'true' drop in, 'false' sign up first. */
  dropIn: string;
}

export const EMPTY_FILTERS: CatalogueFilters = { search: '', municipality: '', category: '', language: '', targetGroup: '', weekday: '', dropIn: '' };

/** `?sok=&kommune=&kategori=&sprak=&malgruppe=&dag=&dropin=` */
export const QUERY_KEYS: Record<keyof CatalogueFilters, string> = {
  search: 'sok',
  municipality: 'kommune',
  category: 'kategori',
  language: 'sprak',
  targetGroup: 'malgruppe',
  weekday: 'dag',
  dropIn: 'dropin',
};

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.trim() : '';
}

function oneOf(value: string, allowed: readonly string[]): string {
  return allowed.includes(value) ? value : '';
}

/** Reads filters from a route query; values the server would refuse are ignored. */
export function filtersFromQuery(query: Record<string, unknown>): CatalogueFilters {
  const get = (key: keyof CatalogueFilters) => first(query[QUERY_KEYS[key]]);
  return {
    search: get('search').slice(0, 200),
    municipality: /^\d{4}$/.test(get('municipality')) ? get('municipality') : '',
    category: oneOf(get('category'), CATEGORIES),
    language: /^[a-z]{2,3}$/.test(get('language')) ? get('language') : '',
    targetGroup: oneOf(get('targetGroup'), TARGET_GROUPS),
    weekday: oneOf(get('weekday'), WEEKDAYS),
    dropIn: oneOf(get('dropIn'), ['true', 'false']),
  };
}

/** The route query for `filters`, in a fixed order; empty filters are left out. */
export function filtersToQuery(filters: CatalogueFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of Object.keys(QUERY_KEYS) as (keyof CatalogueFilters)[]) {
    const value = filters[key].trim();
    if (value) query[QUERY_KEYS[key]] = value;
  }
  return query;
}

export function filtersToVariables(filters: CatalogueFilters): ActivityFilter {
  return {
    search: filters.search || null,
    municipality: filters.municipality || null,
    category: (filters.category || null) as ActivityCategory | null,
    language: filters.language || null,
    targetGroup: (filters.targetGroup || null) as TargetGroup | null,
    weekday: (filters.weekday || null) as Weekday | null,
    dropIn: filters.dropIn ? filters.dropIn === 'true' : null,
  };
}

export function hasFilters(filters: CatalogueFilters): boolean {
  return Object.values(filters).some((v) => v !== '');
}
