import { computed, type Ref } from 'vue';
import { ResourcesDocument, type ResourceCardFieldsFragment, type ResourceFilter } from '@/gql/graphql';
import { useCursorPages } from '@/shared/composables/useCursorPages';

export const PAGE_SIZE = 20;

export type ResourceCardItem = ResourceCardFieldsFragment;

/** The library one page at a time; `loadMore` appends the next page (merged by the cache policy). */
export function useResources(filter: Ref<ResourceFilter>, pageSize = PAGE_SIZE) {
  const variables = computed(() => ({ filter: filter.value, first: pageSize, after: null as string | null }));
  const { nodes, connection: _, ...pages } = useCursorPages(ResourcesDocument, variables, (data) => data.resources);
  return { resources: nodes, ...pages };
}
