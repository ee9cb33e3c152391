import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantReviewApplicationDocument, type ReviewApplicationFieldsFragment } from '@/gql/graphql';

export type ReviewApplication = ReviewApplicationFieldsFragment;

/** FORBIDDEN (grant/declaration_required) until the viewer has declared no conflict of interest. */
export function useReviewApplication(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReviewApplicationDocument, () => ({ id: id.value }), { fetchPolicy: 'network-only', errorPolicy: 'none' });
  return { application: computed(() => result.value?.grantApplication ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}
