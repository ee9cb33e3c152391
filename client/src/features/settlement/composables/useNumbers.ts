import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { useLiveSubscription } from '@/features/groups';
import {
  SettlementDecisionSetDocument,
  SettlementNumbersDocument,
  SettlementProgressUpdatesDocument,
  SettlementRequestSetDocument,
  SettlementRequestsImportDocument,
  SettlementSettledSetDocument,
  type SettledInput,
  type SettlementDecisionInput,
  type SettlementNumbersQuery,
  type SettlementRequestInput,
} from '@/gql/graphql';

export type NumbersYear = NonNullable<SettlementNumbersQuery['settlementYear']>;
export type NumbersRow = NumbersYear['municipalities'][number];

export function useSettlementNumbers(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementNumbersDocument, () => ({ id: id.value }));
  return { year: computed(() => result.value?.settlementYear ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useProgressUpdates(yearId: () => string | null, onUpdate: () => void) {
  return useLiveSubscription({
    document: SettlementProgressUpdatesDocument,
    variables: () => {
      const id = yearId();
      return id ? { yearId: id } : null;
    },
    cursorOf: (data) => data.settlementProgressUpdates.cursor,
    onEvent: () => onUpdate(),
  });
}

export function useRequestSet() {
  const { mutate } = useMutation(SettlementRequestSetDocument);
  return { setRequest: async (yearId: string, municipalityNumber: string, input: SettlementRequestInput) => (await mutate({ yearId, municipalityNumber, input }))?.data?.settlementRequestSet ?? null };
}

export function useRequestsImport() {
  const { mutate, loading } = useMutation(SettlementRequestsImportDocument, { refetchQueries: ['SettlementNumbers'] });
  return { importCsv: async (yearId: string, csv: string) => (await mutate({ yearId, csv }))?.data?.settlementRequestsImport ?? null, loading };
}

export function useDecisionSet() {
  const { mutate } = useMutation(SettlementDecisionSetDocument);
  return { setDecision: async (yearId: string, municipalityNumber: string, input: SettlementDecisionInput) => (await mutate({ yearId, municipalityNumber, input }))?.data?.settlementDecisionSet ?? null };
}

export function useSettledSet() {
  const { mutate } = useMutation(SettlementSettledSetDocument);
  return { setSettled: async (yearId: string, municipalityNumber: string, input: SettledInput) => (await mutate({ yearId, municipalityNumber, input }))?.data?.settlementSettledSet ?? null };
}
