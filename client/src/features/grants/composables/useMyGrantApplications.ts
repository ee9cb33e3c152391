import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { MyGrantApplicationsDocument, type MyGrantApplicationsQuery } from '@/gql/graphql';

export type MyApplicationItem = MyGrantApplicationsQuery['myGrantApplications'][number];

export function useMyGrantApplications() {
  const { result, loading, error, refetch } = useQuery(MyGrantApplicationsDocument);
  return {
    applications: computed(() => result.value?.myGrantApplications ?? []),
    loaded: computed(() => !!result.value),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
