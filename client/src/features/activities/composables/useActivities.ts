import { useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ActivitiesDocument, type ActivitiesQuery, type Language } from '@/gql/graphql';
import { filtersToVariables, type CatalogueFilters } from './filters';

export const PAGE_SIZE = 20;

export type ActivityFacets = ActivitiesQuery['activities']['facets'];
export type ActivityCardItem = ActivitiesQuery['activities']['nodes'][number];

/** The catalogue, one page at a time; `loadMore` appends the next page (merged by the cache policy). */
export function useActivities(filters: Ref<CatalogueFilters>) {
  const { locale } = useI18n();
  const variables = computed(() => ({ filter: filtersToVariables(filters.value), first: PAGE_SIZE, after: null, language: locale.value as Language }));
  const { result, loading, error, refetch, fetchMore } = useQuery(ActivitiesDocument, variables);
  const loadingMore = ref(false);
  const connection = computed(() => result.value?.activities ?? null);

  async function loadMore() {
    const cursor = connection.value?.pageInfo.endCursor;
    if (!cursor || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { ...variables.value, after: cursor } });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    activities: computed(() => connection.value?.nodes ?? []),
    facets: computed<ActivityFacets | null>(() => connection.value?.facets ?? null),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading: computed(() => loading.value && !result.value),
    refreshing: computed(() => loading.value && !!result.value && !loadingMore.value),
    loadingMore,
    error,
    refetch,
    loadMore,
  };
}
