import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ViewerMembershipsDocument } from '@/gql/graphql';

/** "Mine organisasjoner": the viewer's memberships, by organisation name (the server's order). */
export function useViewerMemberships() {
  const { result, loading, error, refetch } = useQuery(ViewerMembershipsDocument);
  return {
    memberships: computed(() => result.value?.viewer?.memberships ?? []),
    emailVerified: computed(() => result.value?.viewer?.emailVerified ?? false),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
