import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  EventEvaluationCloseDocument,
  EventEvaluationOpenDocument,
  EventEvaluationRespondDocument,
  EventEvaluationResultsDocument,
  EventEvaluationSetDocument,
  type EvaluationAnswerInput,
  type EvaluationQuestionInput,
} from '@/gql/graphql';

// The evaluation after an event: the organisers' moves, the participants' answer and the results.

export function useEvaluationActions() {
  const { mutate: set } = useMutation(EventEvaluationSetDocument);
  const { mutate: open } = useMutation(EventEvaluationOpenDocument);
  const { mutate: close } = useMutation(EventEvaluationCloseDocument);
  return {
    setQuestions: async (eventId: string, questions: EvaluationQuestionInput[]) => (await set({ eventId, questions }))?.data?.eventEvaluationSet,
    open: async (eventId: string) => (await open({ eventId }))?.data?.eventEvaluationOpen,
    close: async (eventId: string) => (await close({ eventId }))?.data?.eventEvaluationClose,
  };
}

/** A participant's answer (signed in, or a guest with the token of their link). */
export function useEvaluationRespond() {
  const { mutate } = useMutation(EventEvaluationRespondDocument, { refetchQueries: ['Event', 'GuestRegistration'] });
  return { respond: async (eventId: string, answers: EvaluationAnswerInput[], token?: string | null) => (await mutate({ eventId, answers, token: token ?? null }))?.data?.eventEvaluationRespond };
}

export function useEvaluationResults(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(EventEvaluationResultsDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return { results: computed(() => result.value?.event.evaluationResults ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}
