import { computed, type Ref } from 'vue';
import { OrganisationsDocument, type OrganisationFilter, type OrganisationKind, type VerificationStatus } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';

export const PAGE_SIZE = 20;

export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['COUNTY', 'MUNICIPALITY', 'AGENCY', 'NGO', 'VOLUNTARY', 'SCHOOL', 'OTHER'];
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['VERIFIED', 'PENDING', 'REJECTED'];

/** The directory's filters as they appear in the URL (`?sok=&type=&kommune=&tema=&status=`). */
export interface DirectoryFilters {
  search: string;
  kind: string;
  municipality: string;
  topic: string;
  status: string;
}

export const EMPTY_FILTERS: DirectoryFilters = { search: '', kind: '', municipality: '', topic: '', status: '' };

const QUERY_KEYS: Record<keyof DirectoryFilters, string> = {
  search: 'sok',
  kind: 'type',
  municipality: 'kommune',
  topic: 'tema',
  status: 'status',
};

function first(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

/** Reads filters from a route query; unknown kinds and statuses are ignored. */
export function filtersFromQuery(query: Record<string, unknown>): DirectoryFilters {
  const kind = first(query[QUERY_KEYS.kind]);
  const status = first(query[QUERY_KEYS.status]);
  return {
    search: first(query[QUERY_KEYS.search]).trim(),
    kind: (ORGANISATION_KINDS as readonly string[]).includes(kind) ? kind : '',
    municipality: first(query[QUERY_KEYS.municipality]),
    topic: first(query[QUERY_KEYS.topic]),
    status: (VERIFICATION_STATUSES as readonly string[]).includes(status) ? status : '',
  };
}

/** The route query for `filters`: empty filters are left out, so the plain URL means "everything". */
export function filtersToQuery(filters: DirectoryFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of Object.keys(QUERY_KEYS) as (keyof DirectoryFilters)[]) {
    const value = filters[key].trim();
    if (value) query[QUERY_KEYS[key]] = value;
  }
  return query;
}

export function filtersToVariables(filters: DirectoryFilters): OrganisationFilter {
  return {
    search: filters.search || null,
    kinds: filters.kind ? [filters.kind as OrganisationKind] : null,
    municipality: filters.municipality || null,
    topic: filters.topic || null,
    verificationStatus: (filters.status || null) as VerificationStatus | null,
  };
}

/** The directory, one page at a time; `loadMore` appends the next page (merged by the cache policy). */
export function useOrganisations(filters: Ref<DirectoryFilters>) {
  const variables = computed(() => ({ filter: filtersToVariables(filters.value), first: PAGE_SIZE, after: null }));
  const { nodes, connection: _, ...pages } = useCursorPages(OrganisationsDocument, variables, (data) => data.organisations);
  return { organisations: nodes, ...pages };
}
