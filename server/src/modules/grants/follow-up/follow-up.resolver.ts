import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '../../../common/audit.js';
import { UserInputError } from '../../../common/errors.js';
import { TextArgs } from '../../../common/text.js';
import { defineKeyedLoader } from '../../../common/read-model/memo.js';
import type { Context } from '../../../context.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Municipality } from '../../reference/municipality.entity.js';
import { GrantApplication, GrantRound } from '../grant.entity.js';
import { APPEAL_TRANSITIONS } from './appeal.states.js';
import { appealDeadlineOf, GrantAppealService } from './appeal.service.js';
import { GrantAwardService } from './award.service.js';
import { CHANGE_REQUEST_TRANSITIONS } from './change-request.states.js';
import { GrantChangeRequestService } from './change-request.service.js';
import { FollowUpAccess } from './follow-up.access.js';
import { AppealState, ChangeRequestKind, ChangeRequestState, GrantAppeal, GrantAward, GrantChangeRequest, GrantPayment, GrantRepaymentClaim, GrantReport, GrantReportAttachment, RepaymentReason, RepaymentState, type PaymentTrigger, type ReportKind } from './follow-up.entity.js';
import { GrantReportInput } from './follow-up.inputs.js';
import { appealPermissions, awardPermissions, changeRequestPermissions, paymentPermissions, repaymentPermissions, reportPermissions } from './follow-up.permissions.js';
import {
  GrantAppealPermissions,
  GrantAwardPermissions,
  GrantChangeRequestPermissions,
  GrantPaymentPermissions,
  GrantReportPermissions,
  GrantRepaymentPermissions,
  PaymentPlanLine,
  ReportAccountLine,
  ReportRequirement,
  ReportResultRow,
  RoundFollowUp,
  RoundResults,
} from './follow-up.types.js';
import { removeReportAttachmentFile } from './files.js';
import { GrantPaymentService } from './payment.service.js';
import { REPAYMENT_TRANSITIONS } from './repayment.states.js';
import { GrantReportService } from './report.service.js';
import { GrantResultsService, resultsPublished } from './results.service.js';
import { reportOverdue } from './report.states.js';

/** The award an object of the follow-up belongs to, loaded once per operation. */
const awards = defineKeyedLoader((ctx: Context, id: string) => ctx.em.findOneOrFail(GrantAward, { id }));
const awardOf = (ctx: Context, id: string) => awards(ctx).load(id);

/** The move that takes a thing from `from` to the `to` asked for, or BAD_USER_INPUT when no move does. */
function moveTo<S extends string, M extends string>(table: Readonly<Record<S, Readonly<Partial<Record<S, M>>>>>, from: S, to: S, field: string): M {
  const move = table[from][to];
  if (!move) throw UserInputError.field(field, 'grant/outcome_invalid');
  return move;
}

@Resolver(() => GrantAward)
export class GrantAwardResolver {
  @Authorized() @Query(() => GrantAward, { description: 'One award: its organisation, or county staff who have not declared a conflict of interest for the application.' })
  grantAward(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The award’s id.' }) id: string): Promise<GrantAward> {
    return new FollowUpAccess(ctx).award(id);
  }

  @Authorized() @Mutation(() => GrantAward, { description: 'The organisation accepts the award and its conditions (OFFERED → ACCEPTED): its reports are set up and the payments due at acceptance requested. CONFLICT grant/acceptance_deadline_passed after the deadline.' })
  grantAwardAccept(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The award, OFFERED.' }) id: string): Promise<GrantAward> {
    return new GrantAwardService(ctx).accept(id);
  }

  @Authorized() @Mutation(() => GrantAward, { description: 'The organisation declines the award (OFFERED → DECLINED): the amount goes back to the round’s budget. CONFLICT grant/acceptance_deadline_passed after the deadline.' })
  @TextArgs({ reason: 'multi-line' })
  grantAwardDecline(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The award, OFFERED.' }) id: string, @Arg('reason', () => String, { description: 'Why, up to 5000 characters; not empty.' }) reason: string): Promise<GrantAward> {
    return new GrantAwardService(ctx).decline(id, reason);
  }

  @Authorized('COUNTY_STAFF') @Query(() => [AuditEntry], { description: 'The audit log of an award and everything that follows it (reports, payments, claims, change requests, and the appeal of its application), oldest first (county staff who are not inhabil).' })
  async grantAwardAuditLog(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The award.' }) id: string): Promise<AuditEntry[]> {
    const award = await new FollowUpAccess(ctx).award(id);
    await new FollowUpAccess(ctx).requireFollowUpStaff(award.application.id);
    const [reports, payments, claims, changes, appeals] = await Promise.all([
      ctx.em.find(GrantReport, { award }, { fields: ['id'] }),
      ctx.em.find(GrantPayment, { award }, { fields: ['id'] }),
      ctx.em.find(GrantRepaymentClaim, { award }, { fields: ['id'] }),
      ctx.em.find(GrantChangeRequest, { award }, { fields: ['id'] }),
      // The appeal belongs to the application (a rejected one has no award), and is audited under its own id.
      ctx.em.find(GrantAppeal, { application: award.application.id }, { fields: ['id'] }),
    ]);
    const ids = [award.id, ...[...reports, ...payments, ...claims, ...changes, ...appeals].map((x) => x.id)];
    return ctx.em.find(AuditEntry, { entityType: { $in: ['grant_award', 'grant_report', 'grant_payment', 'grant_repayment_claim', 'grant_change_request', 'grant_appeal'] }, entityId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => GrantApplication, { description: 'The application it was awarded to.' }) application(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantApplication> {
    return ctx.em.findOneOrFail(GrantApplication, { id: a.application.id });
  }

  @FieldResolver(() => Organisation, { description: 'The organisation it was awarded to.' }) organisation(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.em.findOneOrFail(Organisation, { id: a.organisation.id });
  }

  @FieldResolver(() => GrantRound, { description: 'The round.' }) round(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantRound> {
    return ctx.em.findOneOrFail(GrantRound, { id: a.round.id });
  }

  @FieldResolver(() => [GrantReport], { description: 'The reports it owes, earliest due first (set up when it is accepted).' })
  async reports(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantReport[]> {
    await new FollowUpAccess(ctx).requireFollowUpReader(a);
    return new GrantReportService(ctx).reportsOf(a);
  }

  @FieldResolver(() => [GrantPayment], { description: 'The payment plan and where each payment stands.' })
  async payments(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantPayment[]> {
    await new FollowUpAccess(ctx).requireFollowUpReader(a);
    return new GrantPaymentService(ctx).payments(a);
  }

  @FieldResolver(() => [GrantRepaymentClaim], { description: 'Claims for repayment, oldest first.' })
  async repaymentClaims(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantRepaymentClaim[]> {
    await new FollowUpAccess(ctx).requireFollowUpReader(a);
    return new GrantPaymentService(ctx).claims(a);
  }

  @FieldResolver(() => [GrantChangeRequest], { description: 'The organisation’s change requests, oldest first.' })
  async changeRequests(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantChangeRequest[]> {
    await new FollowUpAccess(ctx).requireFollowUpReader(a);
    return new GrantChangeRequestService(ctx).requestsOf(a);
  }

  @FieldResolver(() => GrantAwardPermissions, { description: 'What the viewer may do with the award now.' }) viewerCan(@Root() a: GrantAward, @Ctx() ctx: Context): Promise<GrantAwardPermissions> {
    return awardPermissions(ctx, a);
  }
}

@Resolver(() => GrantReport)
export class GrantReportResolver {
  @Authorized() @Query(() => GrantReport, { description: 'One report: its organisation, or county staff who are not inhabil.' })
  grantReport(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report’s id.' }) id: string): Promise<GrantReport> {
    return new FollowUpAccess(ctx).report(id);
  }

  @Authorized() @Mutation(() => GrantReport, { description: 'Saves a report draft (autosave). `version` must be the one loaded; otherwise CONFLICT grant/version_conflict with the current version.' })
  grantReportSave(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report, a DRAFT or CHANGES_REQUESTED.' }) id: string, @Arg('version', () => Int, { description: 'The version the editor loaded.' }) version: number, @Arg('input', () => GrantReportInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: GrantReportInput): Promise<GrantReport> {
    return new GrantReportService(ctx).save(id, version, input);
  }

  @Authorized() @Mutation(() => GrantReport, { description: 'Sends the report in (DRAFT → SUBMITTED, or again after changes were asked for); BAD_USER_INPUT grant/report_incomplete lists `missing` (the totals must add up). Allowed after the due date (late).' })
  grantReportSubmit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report.' }) id: string): Promise<GrantReport> {
    return new GrantReportService(ctx).submit(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantReport, { description: 'Approves a submitted report: the payments waiting for it become due.' })
  @TextArgs({ message: 'multi-line' })
  grantReportApprove(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report, SUBMITTED.' }) id: string, @Arg('message', () => String, { nullable: true, description: 'A note to the organisation, up to 5000 characters.' }) message?: string | null): Promise<GrantReport> {
    return new GrantReportService(ctx).review(id, 'approve', message ?? null);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantReport, { description: 'Sends a submitted report back to the organisation with what to change (inbox and e-mail).' })
  @TextArgs({ message: 'multi-line' })
  grantReportRequestChanges(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report, SUBMITTED.' }) id: string, @Arg('message', () => String, { description: 'What to change, up to 5000 characters; not empty.' }) message: string): Promise<GrantReport> {
    return new GrantReportService(ctx).review(id, 'requestChanges', message);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantReport, { description: 'Rejects a submitted report: the payments waiting for it are cancelled.' })
  @TextArgs({ reason: 'multi-line' })
  grantReportReject(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The report, SUBMITTED.' }) id: string, @Arg('reason', () => String, { description: 'Why, up to 5000 characters; not empty.' }) reason: string): Promise<GrantReport> {
    return new GrantReportService(ctx).review(id, 'reject', reason);
  }

  @Authorized() @Mutation(() => GrantReport, { description: 'Removes an attachment of a report (its organisation, while the report can be edited).' })
  async grantReportAttachmentDelete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The attachment to remove.' }) id: string): Promise<GrantReport> {
    const report = await new GrantReportService(ctx).detach(id);
    await removeReportAttachmentFile(ctx.files, id).catch((err) => ctx.logger.warn({ err, attachment: id }, 'could not remove report attachment file'));
    return report;
  }

  @FieldResolver(() => GrantAward, { description: 'The award it reports on.' }) award(@Root() r: GrantReport, @Ctx() ctx: Context): Promise<GrantAward> {
    return awardOf(ctx, r.award.id);
  }

  @FieldResolver(() => Boolean, { description: 'Past its due date and not sent in (to the second).' }) overdue(@Root() r: GrantReport): boolean {
    return reportOverdue(r);
  }

  @FieldResolver(() => [ReportResultRow], { description: 'Participants reached by municipality and target group.' })
  async results(@Root() r: GrantReport, @Ctx() ctx: Context): Promise<ReportResultRow[]> {
    const numbers = [...new Set(r.results.map((x) => x.municipalityNumber))];
    const found = numbers.length ? await ctx.em.find(Municipality, { number: { $in: numbers } }) : [];
    const byNumber = new Map(found.map((m) => [m.number, m]));
    return r.results.filter((x) => byNumber.has(x.municipalityNumber)).map((x) => ({ municipality: byNumber.get(x.municipalityNumber)!, targetGroup: x.targetGroup, participants: x.participants }));
  }

  @FieldResolver(() => [ReportAccountLine], { description: 'The accounts: every budget line of the application, planned against actual.' })
  async accounts(@Root() r: GrantReport, @Ctx() ctx: Context): Promise<ReportAccountLine[]> {
    const award = await awardOf(ctx, r.award.id);
    const app = await ctx.em.findOneOrFail(GrantApplication, { id: award.application.id });
    return app.budgetLines.map((l, i) => ({ line: i, description: l.description, planned: l.ownFunding + l.requested, actual: r.actuals[i] ?? null }));
  }

  @FieldResolver(() => [String], { description: 'What still keeps it from being sent in (empty when it can be): goals, results, accounts, totalSpent, totalMismatch (the actual amounts do not add up to the total), grantUsed.' })
  missing(@Root() r: GrantReport, @Ctx() ctx: Context): Promise<string[]> {
    return new GrantReportService(ctx).missing(r);
  }

  @FieldResolver(() => [GrantReportAttachment], { description: 'Uploaded by POST (multipart `file`) to /filer/rapporter/<id>, oldest first.' })
  attachments(@Root() r: GrantReport, @Ctx() ctx: Context): Promise<GrantReportAttachment[]> {
    return new GrantReportService(ctx).attachments(r);
  }

  @FieldResolver(() => GrantReportPermissions, { description: 'What the viewer may do with the report now.' })
  async viewerCan(@Root() r: GrantReport, @Ctx() ctx: Context): Promise<GrantReportPermissions> {
    return reportPermissions(ctx, r, await awardOf(ctx, r.award.id));
  }
}

@Resolver(() => GrantReportAttachment)
export class GrantReportAttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to fetch it (the server checks access).' })
  url(@Root() f: GrantReportAttachment): string {
    return `/filer/rapporter/${f.report.id}/vedlegg/${f.id}`;
  }
}

@Resolver(() => GrantPayment)
export class GrantPaymentResolver {
  @Authorized('COUNTY_STAFF') @Mutation(() => GrantPayment, { description: 'Records a requested payment as paid (REQUESTED → PAID).' })
  @TextArgs({ reference: 'single-line' })
  grantPaymentMarkPaid(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The payment, REQUESTED.' }) id: string, @Arg('reference', () => String, { description: 'The finance system’s reference (voucher or transaction number), 1–100 characters.' }) reference: string): Promise<GrantPayment> {
    return new GrantPaymentService(ctx).markPaid(id, reference);
  }

  @FieldResolver(() => GrantPaymentPermissions, { description: 'What the viewer may do with the payment now.' })
  async viewerCan(@Root() p: GrantPayment, @Ctx() ctx: Context): Promise<GrantPaymentPermissions> {
    return paymentPermissions(ctx, p, await awardOf(ctx, p.award.id));
  }
}

@Resolver(() => GrantRepaymentClaim)
export class GrantRepaymentResolver {
  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRepaymentClaim, { description: 'Claims (part of) an accepted award back: at most what was paid and not already claimed. What is not yet paid is cancelled.' })
  @TextArgs({ note: 'multi-line' })
  grantRepaymentClaim(
    @Ctx() ctx: Context,
    @Arg('awardId', () => ID, { description: 'The award, ACCEPTED.' }) awardId: string,
    @Arg('amount', () => Int, { description: 'NOK to pay back, more than 0.' }) amount: number,
    @Arg('reason', () => RepaymentReason, { description: 'Why.' }) reason: RepaymentReason,
    @Arg('note', () => String, { description: 'The explanation to the organisation, up to 5000 characters; not empty.' }) note: string,
  ): Promise<GrantRepaymentClaim> {
    return new GrantPaymentService(ctx).claim(awardId, amount, reason, note);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRepaymentClaim, { description: 'Settles a claim: REPAID (the money came back) or WAIVED (with a reason).' })
  @TextArgs({ note: 'multi-line' })
  async grantRepaymentSettle(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The claim, CLAIMED.' }) id: string, @Arg('state', () => RepaymentState, { description: 'REPAID or WAIVED.' }) state: RepaymentState, @Arg('note', () => String, { nullable: true, description: 'What to record; required to waive.' }) note?: string | null): Promise<GrantRepaymentClaim> {
    return new GrantPaymentService(ctx).settle(id, moveTo(REPAYMENT_TRANSITIONS, RepaymentState.CLAIMED, state, 'state'), note ?? null);
  }

  @FieldResolver(() => GrantRepaymentPermissions, { description: 'What the viewer may do with the claim now.' })
  async viewerCan(@Root() c: GrantRepaymentClaim, @Ctx() ctx: Context): Promise<GrantRepaymentPermissions> {
    return repaymentPermissions(ctx, c, await awardOf(ctx, c.award.id));
  }
}

@Resolver(() => GrantChangeRequest)
export class GrantChangeRequestResolver {
  @Authorized() @Mutation(() => GrantChangeRequest, { description: 'The organisation asks to change its accepted award: a later due date for a report, or another use of the money. One at a time (CONFLICT grant/change_request_pending).' })
  @TextArgs({ message: 'multi-line' })
  grantChangeRequestCreate(
    @Ctx() ctx: Context,
    @Arg('awardId', () => ID, { description: 'The award, ACCEPTED.' }) awardId: string,
    @Arg('kind', () => ChangeRequestKind, { description: 'What is asked for.' }) kind: ChangeRequestKind,
    @Arg('message', () => String, { description: 'The reasons (and, for a change of use, the change), up to 5000 characters; not empty.' }) message: string,
    @Arg('reportId', () => ID, { nullable: true, description: 'For DEADLINE_EXTENSION: the report, not yet sent in.' }) reportId?: string | null,
    @Arg('requestedDueAt', () => String, { nullable: true, description: 'For DEADLINE_EXTENSION: the new due date, Oslo wall-clock "YYYY-MM-DDTHH:mm", later than the current one and within two years of it.' }) requestedDueAt?: string | null,
  ): Promise<GrantChangeRequest> {
    return new GrantChangeRequestService(ctx).create(awardId, kind, message, reportId, requestedDueAt);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantChangeRequest, { description: 'Approves or denies a pending change request with a reason; an approved extension moves the report’s due date.' })
  @TextArgs({ reason: 'multi-line' })
  grantChangeRequestDecide(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The request, PENDING.' }) id: string, @Arg('state', () => ChangeRequestState, { description: 'APPROVED or DENIED.' }) state: ChangeRequestState, @Arg('reason', () => String, { description: 'Why, up to 5000 characters; not empty.' }) reason: string): Promise<GrantChangeRequest> {
    return new GrantChangeRequestService(ctx).decide(id, moveTo(CHANGE_REQUEST_TRANSITIONS, ChangeRequestState.PENDING, state, 'state'), reason);
  }

  @FieldResolver(() => GrantReport, { nullable: true, description: 'For an extension: the report.' }) report(@Root() c: GrantChangeRequest, @Ctx() ctx: Context): Promise<GrantReport | null> {
    return c.report ? ctx.em.findOne(GrantReport, { id: c.report.id }) : Promise.resolve(null);
  }

  @FieldResolver(() => GrantAward, { description: 'The award it concerns.' }) award(@Root() c: GrantChangeRequest, @Ctx() ctx: Context): Promise<GrantAward> {
    return awardOf(ctx, c.award.id);
  }

  @FieldResolver(() => GrantChangeRequestPermissions, { description: 'What the viewer may do with the request now.' })
  async viewerCan(@Root() c: GrantChangeRequest, @Ctx() ctx: Context): Promise<GrantChangeRequestPermissions> {
    return changeRequestPermissions(ctx, c, await awardOf(ctx, c.award.id));
  }
}

@Resolver(() => GrantAppeal)
export class GrantAppealResolver {
  @Authorized() @Mutation(() => GrantAppeal, { description: 'The organisation appeals the published decision, before the appeal deadline (three weeks from the notice, forvaltningsloven § 29; CONFLICT grant/appeal_deadline_passed after it). One appeal per application.' })
  @TextArgs({ grounds: 'multi-line' })
  grantAppealFile(@Ctx() ctx: Context, @Arg('applicationId', () => ID, { description: 'The decided application.' }) applicationId: string, @Arg('grounds', () => String, { description: 'What should be changed and why, up to 20 000 characters; not empty.' }) grounds: string): Promise<GrantAppeal> {
    return new GrantAppealService(ctx).file(applicationId, grounds);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantAppeal, { description: 'Records the outcome of an appeal: UPHELD, or FORWARDED (not upheld, sent on to the appeal body), with a note.' })
  @TextArgs({ note: 'multi-line' })
  grantAppealDecide(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The appeal, FILED.' }) id: string, @Arg('state', () => AppealState, { description: 'UPHELD or FORWARDED.' }) state: AppealState, @Arg('note', () => String, { description: 'The outcome’s reasons, up to 20 000 characters; not empty.' }) note: string): Promise<GrantAppeal> {
    return new GrantAppealService(ctx).decide(id, moveTo(APPEAL_TRANSITIONS, AppealState.FILED, state, 'state'), note);
  }

  @FieldResolver(() => GrantApplication, { description: 'The application appealed.' }) application(@Root() a: GrantAppeal, @Ctx() ctx: Context): Promise<GrantApplication> {
    return ctx.em.findOneOrFail(GrantApplication, { id: a.application.id });
  }

  @FieldResolver(() => GrantAppealPermissions, { description: 'What the viewer may do with the appeal now.' }) viewerCan(@Root() a: GrantAppeal, @Ctx() ctx: Context): Promise<GrantAppealPermissions> {
    return appealPermissions(ctx, a);
  }
}

/** The follow-up's fields on applications and rounds, and the round-level views. */
@Resolver(() => GrantApplication)
export class GrantApplicationFollowUpResolver {
  @FieldResolver(() => GrantAward, { nullable: true, description: 'The award, once an approved decision is published: its organisation and county staff who are not inhabil; null otherwise.' })
  award(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantAward | null> {
    return new GrantAwardService(ctx).ofApplication(a.id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The last moment to appeal the decision: three weeks from the notice (the publication), forvaltningsloven § 29, moved past weekends and public holidays; the end of that day in Oslo. Null until the decision is published.' })
  async appealDeadline(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<Date | null> {
    return appealDeadlineOf(a, await ctx.em.findOneOrFail(GrantRound, { id: a.round.id }));
  }

  @FieldResolver(() => GrantAppeal, { nullable: true, description: 'The appeal, if filed: its organisation and county staff who are not inhabil.' })
  appeal(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantAppeal | null> {
    return new GrantAppealService(ctx).ofApplication(a);
  }
}

@Resolver(() => GrantRound)
export class GrantRoundFollowUpResolver {
  @FieldResolver(() => [ReportRequirement], { description: 'The reports every award owes, earliest due first.' }) reportRequirements(@Root() r: GrantRound): ReportRequirement[] {
    return r.reportRequirements.map((x) => ({ key: x.key, kind: x.kind as ReportKind, dueAt: new Date(x.dueAt) })).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  @FieldResolver(() => [PaymentPlanLine], { description: 'The payment plan every award gets, as percentages of it. A line waiting for a report the round does not ask for is paid at acceptance.' }) paymentPlan(@Root() r: GrantRound): PaymentPlanLine[] {
    return r.paymentPlan.map((l) => ({ percent: l.percent, trigger: l.trigger as PaymentTrigger }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the round’s results are published (grantRoundResults answers): once its decisions are.' }) resultsPublished(@Root() r: GrantRound): boolean {
    return resultsPublished(r);
  }

  @Authorized('COUNTY_STAFF') @Query(() => RoundFollowUp, { description: 'A round’s follow-up at a glance (county staff): awards and who has not answered, money back, due and paid, overdue reports and what waits for staff.' })
  grantRoundFollowUp(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round.' }) roundId: string): Promise<RoundFollowUp> {
    return new GrantResultsService(ctx).followUp(roundId);
  }

  @Query(() => RoundResults, { description: 'The published results of a decided round, for everyone: who received how much for what, and the results reported so far. NOT_FOUND until the decisions are published.' })
  async grantRoundResults(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round.' }) roundId: string): Promise<RoundResults> {
    const results = await new GrantResultsService(ctx).results(roundId);
    return { ...results, csvUrl: `/tilskudd/runder/${results.round.id}/resultater.csv`, summaryCsvUrl: `/tilskudd/runder/${results.round.id}/resultater-kommuner.csv` };
  }
}

/** Every resolver of the follow-up, for the schema. */
export const FOLLOW_UP_RESOLVERS = [GrantAwardResolver, GrantReportResolver, GrantReportAttachmentResolver, GrantPaymentResolver, GrantRepaymentResolver, GrantChangeRequestResolver, GrantAppealResolver, GrantApplicationFollowUpResolver, GrantRoundFollowUpResolver] as const;
