import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { FollowSetDocument, ViewerEventSettingsDocument } from '@/gql/graphql';

/** The personal calendar feed and the organisations the viewer may host for. */
export function useViewerEventSettings() {
  const { result, loading, error, refetch } = useQuery(ViewerEventSettingsDocument);
  return {
    calendarFeedUrl: computed(() => result.value?.viewer?.calendarFeedUrl ?? null),
    organisations: computed(() => (result.value?.viewer?.memberships ?? []).map((m) => m.organisation)),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}

export function useFollowSet() {
  const { mutate } = useMutation(FollowSetDocument);
  return { followSet: async (topicSlugs: string[], municipalityNumbers: string[]) => (await mutate({ topicSlugs, municipalityNumbers }))?.data?.followSet ?? false };
}
