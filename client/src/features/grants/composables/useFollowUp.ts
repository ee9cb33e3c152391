import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  GrantAppealFileDocument,
  GrantAwardAcceptDocument,
  GrantAwardDeclineDocument,
  GrantChangeRequestCreateDocument,
  GrantFollowUpDocument,
  type ChangeRequestKind,
  type FollowUpAwardFieldsFragment,
  type GrantFollowUpQuery,
} from '@/gql/graphql';

export type FollowUpApplication = NonNullable<GrantFollowUpQuery['grantApplication']>;
export type FollowUpAward = FollowUpAwardFieldsFragment;

/** An application's follow-up as its organisation sees it: always asked of the server (deadlines move on). */
export function useFollowUp(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantFollowUpDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return {
    application: computed(() => result.value?.grantApplication ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}

/** OFFERED → ACCEPTED: the reports are set up and the first payment requested. */
export function useAwardAccept() {
  const { mutate, loading } = useMutation(GrantAwardAcceptDocument, { update: (cache) => cache.evict({ fieldName: 'myGrantApplications' }) });
  return { accept: async (id: string) => (await mutate({ id }))?.data?.grantAwardAccept ?? null, loading };
}

/** OFFERED → DECLINED with a reason: the amount goes back to the round. */
export function useAwardDecline() {
  const { mutate, loading } = useMutation(GrantAwardDeclineDocument, { update: (cache) => cache.evict({ fieldName: 'myGrantApplications' }) });
  return { decline: async (id: string, reason: string) => (await mutate({ id, reason }))?.data?.grantAwardDecline ?? null, loading };
}

export interface ChangeRequestDraft {
  kind: ChangeRequestKind;
  message: string;
  reportId?: string | null;
  requestedDueAt?: string | null;
}

export function useChangeRequestCreate() {
  const { mutate, loading } = useMutation(GrantChangeRequestCreateDocument);
  return { create: async (awardId: string, draft: ChangeRequestDraft) => (await mutate({ awardId, ...draft }))?.data?.grantChangeRequestCreate ?? null, loading };
}

export function useAppealFile() {
  const { mutate, loading } = useMutation(GrantAppealFileDocument);
  return { file: async (applicationId: string, grounds: string) => (await mutate({ applicationId, grounds }))?.data?.grantAppealFile ?? null, loading };
}
