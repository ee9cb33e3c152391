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

/** The catalogue's filters as they appear in the URL. Empty string or list: no filter. */
export interface CatalogueFilters {
  search: string;
  /** The facets that take several values (any of them matches): repeated keys in the URL. */
  municipality: string[];
  category: string[];
  language: string[];
  targetGroup: string[];
  weekday: string[];
  /** 'true' drop in, 'false' sign up first. */
  dropIn: string;
}

export type MultiFacet = 'municipality' | 'category' | 'language' | 'targetGroup' | 'weekday';
export const MULTI_FACETS: readonly MultiFacet[] = ['municipality', 'category', 'language', 'targetGroup', 'weekday'];

export const EMPTY_FILTERS: CatalogueFilters = { search: '', municipality: [], category: [], language: [], targetGroup: [], weekday: [], dropIn: '' };

/** `?sok=&kommune=&kommune=&kategori=&sprak=&malgruppe=&dag=&dropin=` */
export const QUERY_KEYS: Record<keyof CatalogueFilters, string> = {
  search: 'sok',
  municipality: 'kommune',
  category: 'kategori',
  language: 'sprak',
  targetGroup: 'malgruppe',
  weekday: 'dag',
  dropIn: 'dropin',
};

/** At most this many values per facet (the server takes up to 20; 50 for municipalities). */
const MAX_VALUES = 20;

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.trim() : '';
}

function all(value: unknown, valid: (v: string) => boolean): string[] {
  const raw = Array.isArray(value) ? value : [value];
  const values = raw.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(valid);
  return [...new Set(values)].slice(0, MAX_VALUES);
}

function oneOf(value: string, allowed: readonly string[]): string {
  return allowed.includes(value) ? value : '';
}

/** Reads filters from a route query; values the server would refuse are ignored. */
export function filtersFromQuery(query: Record<string, unknown>): CatalogueFilters {
  const raw = (key: keyof CatalogueFilters) => query[QUERY_KEYS[key]];
  const among = (allowed: readonly string[]) => (v: string) => allowed.includes(v);
  return {
    search: first(raw('search')).slice(0, 200),
    municipality: all(raw('municipality'), (v) => /^\d{4}$/.test(v)),
    category: all(raw('category'), among(CATEGORIES)),
    language: all(raw('language'), (v) => /^[a-z]{2,3}$/.test(v)),
    targetGroup: all(raw('targetGroup'), among(TARGET_GROUPS)),
    weekday: all(raw('weekday'), among(WEEKDAYS)),
    dropIn: oneOf(first(raw('dropIn')), ['true', 'false']),
  };
}

/** The route query for `filters`, in a fixed order; empty filters are left out, several values repeat the key. */
export function filtersToQuery(filters: CatalogueFilters): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of Object.keys(QUERY_KEYS) as (keyof CatalogueFilters)[]) {
    const value = filters[key];
    if (Array.isArray(value)) {
      if (value.length) query[QUERY_KEYS[key]] = value.length === 1 ? value[0]! : [...value];
    } else if (value.trim()) query[QUERY_KEYS[key]] = value.trim();
  }
  return query;
}

const list = <T extends string>(values: string[]) => (values.length ? (values as T[]) : null);

export function filtersToVariables(filters: CatalogueFilters): ActivityFilter {
  return {
    search: filters.search || null,
    municipalities: list(filters.municipality),
    categories: list<ActivityCategory>(filters.category),
    languages: list(filters.language),
    targetGroups: list<TargetGroup>(filters.targetGroup),
    weekdays: list<Weekday>(filters.weekday),
    dropIn: filters.dropIn ? filters.dropIn === 'true' : null,
  };
}

export function hasFilters(filters: CatalogueFilters): boolean {
  return Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));
}
