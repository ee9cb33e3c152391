import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ActivitiesDocument, type ActivitiesQuery, type Language } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';
import { filtersToVariables, type CatalogueFilters } from './filters';

export const PAGE_SIZE = 20;

export type ActivityFacets = ActivitiesQuery['activities']['facets'];
export type ActivityCardItem = ActivitiesQuery['activities']['nodes'][number];

/** The catalogue, one page at a time; `loadMore` appends the next page (merged by the cache policy). */
export function useActivities(filters: Ref<CatalogueFilters>) {
  const { locale } = useI18n();
  const variables = computed(() => ({ filter: filtersToVariables(filters.value), first: PAGE_SIZE, after: null, language: locale.value as Language }));
  const { nodes, connection, ...pages } = useCursorPages(ActivitiesDocument, variables, (data) => data.activities);
  return { activities: nodes, facets: computed<ActivityFacets | null>(() => connection.value?.facets ?? null), ...pages };
}
