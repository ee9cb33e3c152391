import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { errorExtension } from '@/app/errors';
import { useLiveSubscription } from '@/features/groups';
import {
  MySettlementSurveysDocument,
  SettlementSurveyResponseDocument,
  SettlementSurveyResponseExtendDocument,
  SettlementSurveyResponseOpenDocument,
  SettlementSurveyResponseRemindDocument,
  SettlementSurveyResponseReopenDocument,
  SettlementSurveyResponseSaveDocument,
  SettlementSurveyResponseSubmitDocument,
  SettlementSurveyUpdatesDocument,
  SettlementTrackerDocument,
  type SettlementSurveyResponseQuery,
  type SettlementSurveyUpdatesSubscription,
  type SettlementTrackerQuery,
  type SurveyAnswerInput,
} from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

export type SurveyAnswer = SettlementSurveyResponseQuery['settlementSurveyResponse'];
export type TrackerYear = NonNullable<SettlementTrackerQuery['settlementYear']>;
export type TrackerRow = TrackerYear['municipalities'][number];
export type SettlementUpdate = SettlementSurveyUpdatesSubscription['settlementSurveyUpdates'];

export function useSettlementTracker(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementTrackerDocument, () => ({ id: id.value }));
  return { year: computed(() => result.value?.settlementYear ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

/** The tracker's live changes (sent, opened, saved, submitted, reminded …), resumed from the last cursor after a reconnect. */
export function useSurveyUpdates(yearId: () => string | null, onUpdate: (update: SettlementUpdate) => void) {
  return useLiveSubscription({
    document: SettlementSurveyUpdatesDocument,
    variables: () => {
      const id = yearId();
      return id ? { yearId: id } : null;
    },
    cursorOf: (data) => data.settlementSurveyUpdates.cursor,
    onEvent: (data) => onUpdate(data.settlementSurveyUpdates),
  });
}

export function useSurveyResponse(yearId: Ref<string>, municipalityNumber: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(SettlementSurveyResponseDocument, () => ({ yearId: yearId.value, municipalityNumber: municipalityNumber.value }));
  return { response: computed(() => result.value?.settlementSurveyResponse ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useMySettlementSurveys(enabled: () => boolean) {
  const { result } = useQuery(MySettlementSurveysDocument, {}, () => ({ enabled: enabled() }));
  return { surveys: computed(() => result.value?.mySettlementSurveys ?? []) };
}

export function useSurveyOpen() {
  const { mutate } = useMutation(SettlementSurveyResponseOpenDocument);
  return { open: async (id: string) => (await mutate({ id }))?.data?.settlementSurveyResponseOpen ?? null };
}

/** The newer version from CONFLICT settlement/version_conflict (`currentVersion`); else null. */
export function versionConflict(error: unknown): number | null {
  const current = errorExtension(error, 'currentVersion');
  return typeof current === 'number' ? current : null;
}

export function useSurveySave() {
  const { mutate } = useMutation(SettlementSurveyResponseSaveDocument);
  async function save(id: string, version: number, input: SurveyAnswerInput) {
    return mutationPayload((await mutate({ id, version, input }))?.data?.settlementSurveyResponseSave, 'settlementSurveyResponseSave');
  }
  return { save };
}

export function useSurveySubmit() {
  const { mutate, loading } = useMutation(SettlementSurveyResponseSubmitDocument);
  return { submit: async (id: string) => (await mutate({ id }))?.data?.settlementSurveyResponseSubmit ?? null, loading };
}

export function useSurveyReopen() {
  const { mutate } = useMutation(SettlementSurveyResponseReopenDocument, { refetchQueries: ['SettlementSurveyResponse'] });
  return { reopen: async (id: string) => (await mutate({ id }))?.data?.settlementSurveyResponseReopen ?? null };
}

export function useSurveyExtend() {
  const { mutate } = useMutation(SettlementSurveyResponseExtendDocument, { refetchQueries: ['SettlementSurveyResponse'] });
  return { extend: async (id: string, until: string) => (await mutate({ id, until }))?.data?.settlementSurveyResponseExtend ?? null };
}

export function useSurveyRemind() {
  const { mutate } = useMutation(SettlementSurveyResponseRemindDocument);
  return { remind: async (id: string) => (await mutate({ id }))?.data?.settlementSurveyResponseRemind ?? null };
}
