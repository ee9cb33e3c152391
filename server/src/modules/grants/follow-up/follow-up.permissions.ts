import { defineLoader } from '../../../common/read-model/memo.js';
import { pgArray } from '../../../common/read-model/rows.js';
import type { Context } from '../../../context.js';
import { GrantRound, type GrantApplication } from '../grant.entity.js';
import { appealMay } from './appeal.states.js';
import { appealDeadlineOf } from './appeal.service.js';
import { awardMay } from './award.states.js';
import { changeRequestMay } from './change-request.states.js';
import { beforeDeadline } from './deadlines.js';
import { FollowUpAccess } from './follow-up.access.js';
import { AwardState, ChangeRequestState, GrantAppeal, GrantChangeRequest, GrantPayment, GrantRepaymentClaim, PaymentState, RepaymentState, type GrantAward, type GrantReport } from './follow-up.entity.js';
import type { GrantAppealPermissions, GrantAwardPermissions, GrantChangeRequestPermissions, GrantPaymentPermissions, GrantReportPermissions, GrantRepaymentPermissions } from './follow-up.types.js';
import { paymentMay } from './payment.states.js';
import { repaymentMay } from './repayment.states.js';
import { reportEditable, reportExtendable, reportMay } from './report.states.js';

/**
 * The `viewerCan` flags of the follow-up: who the viewer is (the organisation, or county staff who are not inhabil)
 * combined with the transition tables and deadlines, the same functions the services enforce.
 */
async function roles(ctx: Context, award: Pick<GrantAward, 'organisation' | 'application'>) {
  const access = new FollowUpAccess(ctx);
  return { applicant: access.isApplicant(award), staff: await access.isFollowUpStaff(award.application.id) };
}

/** Whether a change request waits on each award: one statement for the awards an operation asks about in a tick. */
const pendingChanges = defineLoader(async (ctx: Context, awardIds: readonly string[]) => {
  const rows = await ctx.em.execute<{ award_id: string }[]>('select distinct award_id from grant_change_request where award_id = any(?::uuid[]) and state = ?', [pgArray(awardIds), ChangeRequestState.PENDING]);
  const pending = new Set(rows.map((r) => r.award_id));
  return awardIds.map((id) => pending.has(id));
});
const pendingChange = (ctx: Context, award: GrantAward) => pendingChanges(ctx).load(award.id);

export async function awardPermissions(ctx: Context, award: GrantAward): Promise<GrantAwardPermissions> {
  const { applicant, staff } = await roles(ctx, award);
  const accepted = award.state === AwardState.ACCEPTED;
  let claimable = false;
  if (staff && accepted) {
    const paid = (await ctx.em.find(GrantPayment, { award, state: PaymentState.PAID })).reduce((s, p) => s + p.amount, 0);
    const claimed = (await ctx.em.find(GrantRepaymentClaim, { award, state: { $ne: RepaymentState.WAIVED } })).reduce((s, c) => s + c.amount, 0);
    claimable = paid > claimed;
  }
  return {
    accept: applicant && awardMay(award, 'accept'),
    decline: applicant && awardMay(award, 'decline'),
    requestChange: applicant && accepted && !(await pendingChange(ctx, award)),
    claimRepayment: claimable,
  };
}

export async function reportPermissions(ctx: Context, report: GrantReport, award: GrantAward): Promise<GrantReportPermissions> {
  const { applicant, staff } = await roles(ctx, award);
  return {
    edit: applicant && reportEditable(report),
    submit: applicant && reportMay(report, 'submit'),
    resubmit: applicant && reportMay(report, 'resubmit'),
    approve: staff && reportMay(report, 'approve'),
    requestChanges: staff && reportMay(report, 'requestChanges'),
    reject: staff && reportMay(report, 'reject'),
    requestExtension: applicant && award.state === AwardState.ACCEPTED && reportExtendable(report) && !(await pendingChange(ctx, award)),
  };
}

export async function paymentPermissions(ctx: Context, payment: GrantPayment, award: GrantAward): Promise<GrantPaymentPermissions> {
  const { staff } = await roles(ctx, award);
  return { markPaid: staff && paymentMay(payment, 'markPaid') };
}

export async function repaymentPermissions(ctx: Context, claim: GrantRepaymentClaim, award: GrantAward): Promise<GrantRepaymentPermissions> {
  const { staff } = await roles(ctx, award);
  return { recordRepaid: staff && repaymentMay(claim, 'recordRepaid'), waive: staff && repaymentMay(claim, 'waive') };
}

export async function changeRequestPermissions(ctx: Context, request: GrantChangeRequest, award: GrantAward): Promise<GrantChangeRequestPermissions> {
  const { staff } = await roles(ctx, award);
  return { approve: staff && changeRequestMay(request, 'approve'), deny: staff && changeRequestMay(request, 'deny') };
}

export async function appealPermissions(ctx: Context, appeal: GrantAppeal): Promise<GrantAppealPermissions> {
  const staff = await new FollowUpAccess(ctx).isFollowUpStaff(appeal.application.id);
  return { uphold: staff && appealMay(appeal, 'uphold'), forward: staff && appealMay(appeal, 'forward') };
}

/** The organisation may file an appeal: the decision is published, the deadline holds, and none is filed yet. */
export async function mayFileAppeal(ctx: Context, app: GrantApplication): Promise<boolean> {
  if (!new FollowUpAccess(ctx).isApplicant(app)) return false;
  const round = await ctx.em.findOneOrFail(GrantRound, { id: app.round.id });
  const deadline = appealDeadlineOf(app, round);
  if (!deadline || !beforeDeadline(deadline)) return false;
  return (await ctx.em.count(GrantAppeal, { application: app })) === 0;
}
