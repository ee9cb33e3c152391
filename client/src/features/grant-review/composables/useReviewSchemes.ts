import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { GrantReviewSchemesDocument } from '@/gql/graphql';

export function useReviewSchemes() {
  const { result, loading, error, refetch } = useQuery(GrantReviewSchemesDocument);
  return { schemes: computed(() => result.value?.grantSchemes ?? []), loading: computed(() => loading.value && !result.value), error, refetch };
}
