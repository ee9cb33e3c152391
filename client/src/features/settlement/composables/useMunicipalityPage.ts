import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { MunicipalityPageDocument } from '@/gql/graphql';

export function useMunicipalityPage(number: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(MunicipalityPageDocument, () => ({ number: number.value }));
  return {
    municipality: computed(() => result.value?.municipality ?? null),
    organisations: computed(() => result.value?.organisations.nodes ?? []),
    activities: computed(() => result.value?.activities ?? null),
    events: computed(() => result.value?.events ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
