import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { SearchDocument } from '@/gql/graphql';
import { MIN_QUERY_LENGTH, paramsToFilter, type SearchParams } from './filters';

export const RESULTS_PAGE_SIZE = 50;

/** The results page: hits, total and the four facets for the URL's query and filters. */
export function useSearch(params: Ref<SearchParams>) {
  const enabled = computed(() => params.value.q.length >= MIN_QUERY_LENGTH);
  const variables = computed(() => ({ query: params.value.q, filter: paramsToFilter(params.value), first: RESULTS_PAGE_SIZE }));
  const { result, loading, error, refetch } = useQuery(SearchDocument, variables, () => ({ enabled: enabled.value }));
  const search = computed(() => (enabled.value ? (result.value?.search ?? null) : null));

  return {
    enabled,
    hits: computed(() => search.value?.hits ?? []),
    totalCount: computed(() => search.value?.totalCount ?? 0),
    /** More matched than the server counts: the count is a lower bound. */
    totalCountCapped: computed(() => search.value?.totalCountCapped ?? false),
    /** "Mente du …?": a corrected query that finds something. */
    didYouMean: computed(() => search.value?.didYouMean ?? null),
    /** The query found nothing: the hits are didYouMean's. */
    showsDidYouMean: computed(() => search.value?.showsDidYouMean ?? false),
    facets: computed(() =>
      search.value
        ? { type: search.value.typeFacet, topic: search.value.topicFacet, municipality: search.value.municipalityFacet, language: search.value.languageFacet }
        : null,
    ),
    loading: computed(() => enabled.value && loading.value && !result.value),
    /** New filters are loading while the old results are still shown. */
    refreshing: computed(() => enabled.value && loading.value && !!result.value),
    error: computed(() => (enabled.value ? error.value : null)),
    refetch,
  };
}
