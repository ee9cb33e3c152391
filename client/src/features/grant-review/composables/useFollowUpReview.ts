import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import {
  GrantReviewAppealDecideDocument,
  GrantReviewAwardDocument,
  GrantReviewAwardLogDocument,
  GrantReviewChangeRequestDecideDocument,
  GrantReviewFollowUpDocument,
  GrantReviewPaymentMarkPaidDocument,
  GrantReviewRepaymentClaimDocument,
  GrantReviewRepaymentSettleDocument,
  GrantReviewReportApproveDocument,
  GrantReviewReportRequestChangesDocument,
  GrantReviewReportRejectDocument,
  type GrantReviewAwardQuery,
  type GrantReviewFollowUpQuery,
  type RepaymentReason,
} from '@/gql/graphql';

export type RoundFollowUpData = GrantReviewFollowUpQuery['grantRoundFollowUp'];
export type ReviewAward = GrantReviewAwardQuery['grantAward'];

/** A decided round's follow-up at a glance (county staff); refetched on the round's live updates. */
export function useRoundFollowUp(roundId: Ref<string>, enabled: () => boolean) {
  const { result, loading, error, refetch } = useQuery(GrantReviewFollowUpDocument, () => ({ roundId: roundId.value }), () => ({ enabled: enabled(), fetchPolicy: 'cache-and-network' }));
  return { followUp: computed(() => result.value?.grantRoundFollowUp ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useReviewAward(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReviewAwardDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return { award: computed(() => result.value?.grantAward ?? null), loading: computed(() => loading.value && !result.value), error, refetch };
}

export function useAwardLog(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(GrantReviewAwardLogDocument, () => ({ id: id.value }), { fetchPolicy: 'cache-and-network' });
  return { entries: computed(() => result.value?.grantAwardAuditLog ?? []), loading: computed(() => loading.value && !result.value), error, refetch };
}

/** County staff's review of a submitted report: approve (with an optional note), ask for changes, or reject. */
export function useReportReview() {
  const approve = useMutation(GrantReviewReportApproveDocument);
  const changes = useMutation(GrantReviewReportRequestChangesDocument);
  const reject = useMutation(GrantReviewReportRejectDocument);
  return {
    review: async (id: string, outcome: 'approve' | 'requestChanges' | 'reject', text: string) => {
      if (outcome === 'approve') return (await approve.mutate({ id, message: text || null }))?.data?.grantReportApprove;
      if (outcome === 'requestChanges') return (await changes.mutate({ id, message: text }))?.data?.grantReportRequestChanges;
      return (await reject.mutate({ id, reason: text }))?.data?.grantReportReject;
    },
  };
}

/** The staff's other follow-up steps, each one mutation; the caller reloads what it shows. */
export function useFollowUpSteps() {
  const paid = useMutation(GrantReviewPaymentMarkPaidDocument);
  const claim = useMutation(GrantReviewRepaymentClaimDocument);
  const settle = useMutation(GrantReviewRepaymentSettleDocument);
  const change = useMutation(GrantReviewChangeRequestDecideDocument);
  const appeal = useMutation(GrantReviewAppealDecideDocument);
  return {
    markPaid: (id: string, reference: string) => paid.mutate({ id, reference }),
    claimRepayment: (awardId: string, amount: number, reason: RepaymentReason, note: string) => claim.mutate({ awardId, amount, reason, note }),
    settleRepayment: (id: string, state: 'REPAID' | 'WAIVED', note: string) => settle.mutate({ id, state, note: note || null }),
    decideChange: (id: string, state: 'APPROVED' | 'DENIED', reason: string) => change.mutate({ id, state, reason }),
    decideAppeal: (id: string, state: 'UPHELD' | 'FORWARDED', note: string) => appeal.mutate({ id, state, note }),
  };
}
