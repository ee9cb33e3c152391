import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  SettlementRecommendationLetterDocument,
  SettlementRecommendationReviseDocument,
  SettlementRecommendationSaveDocument,
  SettlementRecommendationsDocument,
  SettlementRecommendationsSendDocument,
  type RecommendationInput,
  type SettlementRecommendationsQuery,
} from '@/gql/graphql';

export type RecommendationsYear = NonNullable<SettlementRecommendationsQuery['settlementYear']>;
export type RecommendationRow = RecommendationsYear['municipalities'][number];

export function useSettlementRecommendations(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementRecommendationsDocument, () => ({ id: id.value }));
  return { year: computed(() => result.value?.settlementYear ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useRecommendationSave() {
  const { mutate } = useMutation(SettlementRecommendationSaveDocument);
  return { save: async (id: string, version: number, input: RecommendationInput) => (await mutate({ id, version, input }))?.data?.settlementRecommendationSave ?? null };
}

export function useRecommendationRevise() {
  const { mutate } = useMutation(SettlementRecommendationReviseDocument, { refetchQueries: ['SettlementRecommendations'] });
  return { revise: async (id: string) => (await mutate({ id }))?.data?.settlementRecommendationRevise ?? null };
}

export function useRecommendationsSend() {
  const { mutate, loading } = useMutation(SettlementRecommendationsSendDocument, { refetchQueries: ['SettlementRecommendations', 'SettlementYear'] });
  return { send: async (yearId: string) => (await mutate({ yearId }))?.data?.settlementRecommendationsSend ?? null, loading };
}

export function useRecommendationLetter(yearId: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementRecommendationLetterDocument, () => ({ yearId: yearId.value }));
  return { letter: computed(() => result.value?.settlementRecommendationLetter ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}
