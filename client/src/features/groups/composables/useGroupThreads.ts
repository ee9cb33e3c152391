import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GroupThreadsDocument, type GroupThreadsQuery } from '@/gql/graphql';

export type ThreadListItem = NonNullable<GroupThreadsQuery['group']['threads']>['nodes'][number];

/** The group's threads, latest activity first; only asked for when the viewer may read the group. */
export function useGroupThreads(id: Ref<string>, enabled: () => boolean) {
  const { result, loading, error, refetch } = useQuery(GroupThreadsDocument, () => ({ id: id.value }), () => ({ enabled: enabled() }));
  return {
    threads: computed(() => result.value?.group.threads?.nodes ?? []),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
