import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { GrantApplicationDocument, type GrantApplicationFieldsFragment } from '@/gql/graphql';

export type GrantApplicationDetails = GrantApplicationFieldsFragment;

export function useGrantApplication(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantApplicationDocument, () => ({ id: id.value }));
  return {
    application: computed(() => result.value?.grantApplication ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
