import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';

interface Connection {
  nodes: readonly unknown[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A paged list's state as useCursorPages gives it (without the nodes, which each list names): what CardResults shows. */
export interface PagedList {
  totalCount: Readonly<Ref<number>>;
  hasNextPage: Readonly<Ref<boolean>>;
  loading: Readonly<Ref<boolean>>;
  refreshing: Readonly<Ref<boolean>>;
  loadingMore: Readonly<Ref<boolean>>;
  error: Readonly<Ref<unknown>>;
  refetch: () => Promise<unknown> | undefined;
  loadMore: () => Promise<void>;
}

/**
 * A cursor connection one page at a time: `loadMore` asks for the page after the last one, and the field's
 * cache policy (`cursorConnection` in app/cache.ts) appends it to the list the first query shows.
 */
export function useCursorPages<TData, TVars extends { after?: string | null }, TConnection extends Connection>(
  document: TypedDocumentNode<TData, TVars>,
  variables: Ref<TVars>,
  connectionOf: (data: TData) => TConnection,
  enabled: Ref<boolean> = ref(true),
) {
  const { result, loading, error, refetch, fetchMore } = useQuery(document, variables, () => ({ enabled: enabled.value }));
  const loadingMore = ref(false);
  const connection = computed(() => (result.value ? connectionOf(result.value as TData) : null));

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
    connection,
    nodes: computed(() => (connection.value?.nodes ?? []) as TConnection['nodes']),
    totalCount: computed(() => connection.value?.totalCount ?? 0),
    hasNextPage: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    loading: computed(() => loading.value && !result.value),
    /** A new filter is loading while the old results are still shown. */
    refreshing: computed(() => loading.value && !!result.value && !loadingMore.value),
    loadingMore,
    error,
    refetch,
    loadMore,
  };
}
