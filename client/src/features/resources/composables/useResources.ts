import { useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { ResourcesDocument, type ResourceCardFieldsFragment, type ResourceFilter } from '@/gql/graphql';

export const PAGE_SIZE = 20;

export type ResourceCardItem = ResourceCardFieldsFragment;

/** The library one page at a time; `loadMore` appends the next page to the first query's result. */
export function useResources(filter: Ref<ResourceFilter>, pageSize = PAGE_SIZE) {
  const variables = computed(() => ({ filter: filter.value, first: pageSize, after: null as string | null }));
  const { result, loading, error, refetch, fetchMore } = useQuery(ResourcesDocument, variables);
  const loadingMore = ref(false);
  const connection = computed(() => result.value?.resources ?? null);

  async function loadMore() {
    const cursor = connection.value?.pageInfo.endCursor;
    if (!cursor || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({
        variables: { ...variables.value, after: cursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          fetchMoreResult
            ? { ...fetchMoreResult, resources: { ...fetchMoreResult.resources, nodes: [...previous.resources.nodes, ...fetchMoreResult.resources.nodes] } }
            : previous,
      });
    } finally {
      loadingMore.value = false;
    }
  }

  return {
    resources: computed(() => connection.value?.nodes ?? []),
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
