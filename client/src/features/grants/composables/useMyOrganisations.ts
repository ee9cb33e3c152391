import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { ViewerMembershipsDocument } from '@/gql/graphql';

/** The organisations the signed-in user belongs to (they may apply on their behalf). */
export function useMyOrganisations(enabled: Ref<boolean>) {
  const { result, loading, error } = useQuery(ViewerMembershipsDocument, null, () => ({ enabled: enabled.value }));
  return {
    organisations: computed(() => (result.value?.viewer?.memberships ?? []).map((m) => m.organisation)),
    loading: computed(() => loading.value && !result.value),
    error,
  };
}
