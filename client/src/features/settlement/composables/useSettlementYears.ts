import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { SettlementYearCreateDocument, SettlementYearsDocument, type SettlementYearInput } from '@/gql/graphql';

/** The years the viewer may see, latest first. */
export function useSettlementYears() {
  const { result, loading, error, refetch } = useQuery(SettlementYearsDocument);
  return { years: computed(() => result.value?.settlementYears ?? []), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useSettlementYearCreate() {
  const { mutate, loading } = useMutation(SettlementYearCreateDocument, { refetchQueries: ['SettlementYears'] });
  return { create: async (input: SettlementYearInput) => (await mutate({ input }))?.data?.settlementYearCreate ?? null, loading };
}
