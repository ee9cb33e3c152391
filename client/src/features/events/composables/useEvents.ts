import { computed, ref, type Ref } from 'vue';
import { EventsDocument, type EventFilter, type EventKind, type EventMode } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';

export const PAGE_SIZE = 20;
/** The server's largest page: a month in the calendar is fetched in one go. */
export const CALENDAR_PAGE_SIZE = 100;

export const EVENT_KINDS: readonly EventKind[] = ['SEMINAR', 'WEBINAR', 'NETWORK_MEETING', 'COURSE', 'INFO_MEETING', 'OTHER'];
export const EVENT_MODES: readonly EventMode[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

/** The list's filters as they appear in the URL (`?type=&tema=&kommune=&form=&fra=&til=`). */
export interface EventFilters {
  kind: string;
  topic: string;
  municipality: string;
  mode: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: EventFilters = { kind: '', topic: '', municipality: '', mode: '', from: '', to: '' };

export const QUERY_KEYS: Record<keyof EventFilters, string> = {
  kind: 'type',
  topic: 'tema',
  municipality: 'kommune',
  mode: 'form',
  from: 'fra',
  to: 'til',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw.trim() : '';
}

/** Reads filters from a route query; unknown kinds, modes and malformed dates are ignored. */
export function filtersFromQuery(query: Record<string, unknown>): EventFilters {
  const kind = first(query[QUERY_KEYS.kind]);
  const mode = first(query[QUERY_KEYS.mode]);
  const from = first(query[QUERY_KEYS.from]);
  const to = first(query[QUERY_KEYS.to]);
  return {
    kind: (EVENT_KINDS as readonly string[]).includes(kind) ? kind : '',
    topic: first(query[QUERY_KEYS.topic]),
    municipality: first(query[QUERY_KEYS.municipality]),
    mode: mode === 'ONLINE' || mode === 'IN_PERSON' ? mode : '',
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
  };
}

/** The query for `filters` (empty ones left out), keeping other keys such as the view and month. */
export function filtersToQuery(filters: EventFilters, keep: Record<string, string> = {}): Record<string, string> {
  const query: Record<string, string> = { ...keep };
  for (const key of Object.keys(QUERY_KEYS) as (keyof EventFilters)[]) {
    const value = filters[key].trim();
    if (value) query[QUERY_KEYS[key]] = value;
    else delete query[QUERY_KEYS[key]];
  }
  return query;
}

/** Without a date range the list shows what is still to come. */
export function filtersToVariables(filters: EventFilters): EventFilter {
  return {
    kinds: filters.kind ? [filters.kind as EventKind] : null,
    topic: filters.topic || null,
    municipality: filters.municipality || null,
    modes: filters.mode ? [filters.mode as EventMode] : null,
    from: filters.from || null,
    to: filters.to || null,
    time: filters.from || filters.to ? null : 'UPCOMING',
  };
}

/** Events one page at a time; `loadMore` appends the next page (merged by the cache policy). */
export function useEvents(filter: Ref<EventFilter>, pageSize = PAGE_SIZE, enabled: Ref<boolean> = ref(true)) {
  const variables = computed(() => ({ filter: filter.value, first: pageSize, after: null as string | null }));
  const { nodes, connection: _, ...pages } = useCursorPages(EventsDocument, variables, (data) => data.events, enabled);
  return { events: nodes, ...pages };
}
