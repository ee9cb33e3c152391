import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  SettlementMilestoneDeleteDocument,
  SettlementMilestoneSaveDocument,
  SettlementSurveyCloseDocument,
  SettlementSurveySendDocument,
  SettlementYearDocument,
  SettlementYearPublishDocument,
  SettlementYearUpdateDocument,
  type SettlementMilestoneInput,
  type SettlementYearInput,
  type SettlementYearQuery,
} from '@/gql/graphql';

export type SettlementYearDetails = NonNullable<SettlementYearQuery['settlementYear']>;
export type Milestone = SettlementYearDetails['milestones'][number];

export function useSettlementYear(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementYearDocument, () => ({ id: id.value }));
  return { year: computed(() => result.value?.settlementYear ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useSettlementYearUpdate() {
  const { mutate, loading } = useMutation(SettlementYearUpdateDocument, { refetchQueries: ['SettlementYear'] });
  return { update: async (id: string, input: SettlementYearInput) => (await mutate({ id, input }))?.data?.settlementYearUpdate ?? null, loading };
}

export function useSettlementYearPublish() {
  const { mutate, loading } = useMutation(SettlementYearPublishDocument);
  return { publish: async (id: string, published: boolean) => (await mutate({ id, published }))?.data?.settlementYearPublish ?? null, loading };
}

export function useMilestoneSave() {
  const { mutate, loading } = useMutation(SettlementMilestoneSaveDocument, { refetchQueries: ['SettlementYear'] });
  return { save: async (input: SettlementMilestoneInput, target: { id?: string; yearId?: string }) => (await mutate({ input, ...target }))?.data?.settlementMilestoneSave ?? null, loading };
}

export function useMilestoneDelete() {
  const { mutate, loading } = useMutation(SettlementMilestoneDeleteDocument, { refetchQueries: ['SettlementYear'] });
  return { remove: async (id: string) => (await mutate({ id }))?.data?.settlementMilestoneDelete ?? null, loading };
}

export function useSurveySend() {
  const { mutate, loading } = useMutation(SettlementSurveySendDocument, { refetchQueries: ['SettlementYear', 'SettlementTracker'] });
  return { send: async (yearId: string) => (await mutate({ yearId }))?.data?.settlementSurveySend ?? null, loading };
}

export function useSurveyClose() {
  const { mutate, loading } = useMutation(SettlementSurveyCloseDocument, { refetchQueries: ['SettlementYear', 'SettlementTracker'] });
  return { close: async (yearId: string) => (await mutate({ yearId }))?.data?.settlementSurveyClose ?? null, loading };
}
