import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { AuditEntry } from '../../common/audit.js';
import { can } from '../../common/auth/policies.js';
import type { ChangeRecord } from '../../common/change-feed/change-feed.js';
import { replayThenLive } from '../../common/change-feed/live.js';
import { ForbiddenError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { Event } from '../events/event.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { ApplicationState, ConflictDeclaration, Decision, GrantApplication, GrantAssessment, GrantAttachment, GrantGuidelines, GrantRound, GrantScheme, RoundState } from './grant.entity.js';
import { GrantApplicationInput, GrantRoundInput } from './grant.inputs.js';
import { removeAttachmentFile } from './files.js';
import { GrantService, roundTopic } from './grant.service.js';
import { BudgetLine, Criterion, CriterionScore, GrantDecision, RankedApplication, RoundDashboard, RoundUpdate } from './grant.types.js';

@InputType({ description: 'A reviewer’s score on one criterion.' }) class ScoreInput {
  @Field(() => String, { description: 'The criterion’s key.' }) key!: string;
  @Field(() => Int, { description: '0–5.' }) score!: number;
}

@Resolver(() => GrantRound)
export class GrantRoundResolver {
  @Query(() => [GrantScheme], { description: 'Every grant scheme, by name.' }) grantSchemes(@Ctx() ctx: Context): Promise<GrantScheme[]> {
    return ctx.em.find(GrantScheme, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [GrantRound], { description: 'Grant rounds, latest deadline first (drafts for county staff only).' })
  grantRounds(@Ctx() ctx: Context): Promise<GrantRound[]> {
    return new GrantService(ctx).rounds();
  }

  @Query(() => GrantRound, { description: 'One round; a draft only for county staff (NOT_FOUND otherwise).' }) grantRound(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The round’s id.' }) id: string): Promise<GrantRound> {
    return new GrantService(ctx).round(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantScheme, { description: 'Creates a grant scheme (county staff).' })
  @TextArgs({ name: 'single-line', description: 'multi-line' })
  grantSchemeCreate(@Ctx() ctx: Context, @Arg('name', () => String, { description: 'The name, 2–200 characters, unique.' }) name: string, @Arg('description', () => String, { defaultValue: '', description: 'What the scheme is for, plain text.' }) description: string): Promise<GrantScheme> {
    return new GrantService(ctx).createScheme(name, description);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'Creates a round as a draft.' })
  grantRoundCreate(@Ctx() ctx: Context, @Arg('input', () => GrantRoundInput, { description: 'The new round; schemeId, title, year, budget, opensAt and closesAt are required.' }) input: GrantRoundInput): Promise<GrantRound> {
    return new GrantService(ctx).createRound(input);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'Edits a round; changed guidelines become a new version.' })
  grantRoundUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The round to edit (not once DECIDED).' }) id: string, @Arg('input', () => GrantRoundInput, { description: 'The fields to change; omitted fields stay as they are (schemeId is ignored).' }) input: GrantRoundInput): Promise<GrantRound> {
    return new GrantService(ctx).updateRound(id, input);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'DRAFT → OPEN, announced live to the network.' })
  grantRoundOpen(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The draft round to open; it needs guidelines and criteria.' }) id: string): Promise<GrantRound> {
    return new GrantService(ctx).openRound(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'OPEN → CLOSED.' })
  grantRoundClose(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The open round to close.' }) id: string): Promise<GrantRound> {
    return new GrantService(ctx).closeRound(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'CLOSED → DECIDED: every decision published to its applicant at once.' })
  grantRoundPublishDecisions(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The closed round; every application in it must have a decision.' }) id: string): Promise<GrantRound> {
    return new GrantService(ctx).publishDecisions(id);
  }

  @Authorized('COUNTY_STAFF') @Query(() => [RankedApplication], { description: 'Applications by weighted score (county staff).' })
  grantRoundRanking(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round; drafts and withdrawn applications are left out.' }) roundId: string): Promise<RankedApplication[]> {
    return new GrantService(ctx).ranking(roundId);
  }

  @Authorized('COUNTY_STAFF') @Query(() => RoundDashboard, { description: 'A round at a glance: budget, amounts, counts by state, municipality and organisation kind, declared conflicts (county staff).' })
  grantRoundDashboard(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round.' }) roundId: string): Promise<RoundDashboard> {
    return new GrantService(ctx).dashboard(roundId);
  }

  @Authorized('COUNTY_STAFF')
  @Subscription(() => RoundUpdate, {
    description: 'Live changes in a round (submissions, assessments, decisions), for the dashboard; with `after`, those since first.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const round = await new GrantService(ctx).round(args.roundId as string);
      // County staff only, also after the start: ends when the viewer's role is taken away.
      return replayThenLive(ctx, { topic: roundTopic(round.id), after: args.after as string | null, allowed: async (viewer) => can.grantAdminister(viewer) });
    },
  })
  grantRoundUpdates(@Root() e: ChangeRecord, @Arg('roundId', () => ID, { description: 'The round to follow.' }) _roundId: string, @Arg('after', () => String, { nullable: true, description: 'The cursor of the last update received: those since are replayed first. Live only when omitted.' }) _after?: string | null): RoundUpdate {
    return { cursor: e.id, type: e.type, applicationId: (e.payload as { applicationId?: string }).applicationId ?? null };
  }

  @Authorized('COUNTY_STAFF') @Query(() => [AuditEntry], { description: 'The audit log of a round or application (county staff). Details of scores and attachments only for reviewers who have declared no conflict of interest for the application.' })
  auditLog(@Ctx() ctx: Context, @Arg('entityId', () => ID, { description: 'The round or application whose log to read.' }) entityId: string): Promise<AuditEntry[]> {
    return new GrantService(ctx).auditLog(entityId);
  }

  @FieldResolver(() => GrantScheme, { description: 'The scheme the round belongs to.' }) scheme(@Root() r: GrantRound, @Ctx() ctx: Context): Promise<GrantScheme> {
    return ctx.em.findOneOrFail(GrantScheme, { id: r.scheme.id });
  }

  @FieldResolver(() => [Criterion], { description: 'The assessment criteria and their weights.' }) criteria(@Root() r: GrantRound): Criterion[] {
    return r.criteria;
  }

  @FieldResolver(() => GrantGuidelines, { nullable: true, description: 'The current guidelines.' })
  guidelines(@Root() r: GrantRound, @Ctx() ctx: Context): Promise<GrantGuidelines | null> {
    return ctx.em.findOne(GrantGuidelines, { round: r, version: r.guidelinesVersion });
  }

  @FieldResolver(() => Event, { nullable: true, description: 'An information meeting about the round; null when none is set or the viewer may not see it.' }) infoEvent(@Root() r: GrantRound, @Ctx() ctx: Context): Promise<Event | null> {
    return r.infoEvent ? ctx.em.findOne(Event, { id: r.infoEvent.id }) : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'Open and before the deadline right now.' }) acceptingApplications(@Root() r: GrantRound): boolean {
    return r.state === RoundState.OPEN && new Date() <= r.closesAt;
  }
}

@Resolver(() => GrantApplication)
export class GrantApplicationResolver {
  @Authorized() @Query(() => [GrantApplication], { description: "The viewer's organisations' applications." })
  myGrantApplications(@Ctx() ctx: Context): Promise<GrantApplication[]> {
    return new GrantService(ctx).myApplications();
  }

  @Authorized() @Query(() => GrantApplication, { description: 'One application: its organisation, or county staff who have declared no conflict of interest.' })
  grantApplication(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application’s id.' }) id: string): Promise<GrantApplication> {
    return new GrantService(ctx).application(id);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Starts a draft application for one of the viewer’s organisations.' })
  @TextArgs({ title: 'single-line' })
  grantApplicationCreate(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round, which must be open and before its deadline.' }) roundId: string, @Arg('organisationId', () => ID, { description: 'The applicant organisation; the viewer must be a member.' }) organisationId: string, @Arg('title', () => String, { description: 'The project’s title, 1–200 characters on one line.' }) title: string): Promise<GrantApplication> {
    return new GrantService(ctx).createApplication(roundId, organisationId, title);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Saves a draft (autosave). `version` must be the one loaded; otherwise CONFLICT with the current version.' })
  grantApplicationSave(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application, a DRAFT or MORE_INFO_REQUESTED.' }) id: string, @Arg('version', () => Int, { description: 'The version the editor loaded.' }) version: number, @Arg('input', () => GrantApplicationInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: GrantApplicationInput): Promise<GrantApplication> {
    return new GrantService(ctx).save(id, version, input);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Submits; BAD_USER_INPUT grant/not_eligible lists `missing`; CONFLICT after the deadline.' })
  grantApplicationSubmit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application to submit (or resubmit after a request for more information).' }) id: string): Promise<GrantApplication> {
    return new GrantService(ctx).submit(id);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Withdraws an application that is not yet decided (its organisation).' }) grantApplicationWithdraw(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application to withdraw.' }) id: string): Promise<GrantApplication> {
    return new GrantService(ctx).withdraw(id);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Removes an attachment (the applicant organisation, while the application can be edited).' })
  async grantAttachmentDelete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The attachment to remove.' }) id: string): Promise<GrantApplication> {
    const app = await new GrantService(ctx).detach(id);
    await removeAttachmentFile(ctx.config.dataDir, id).catch((err) => ctx.logger.warn({ err, attachment: id }, 'could not remove attachment file'));
    return app;
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => GrantAssessment, {
    description: 'Answers the conflict-of-interest question. NO_CONFLICT (the default) is required before opening and scoring an application; CONFLICT (inhabil) takes the reviewer out of its assessment for good. CONFLICT grant/conflict_declared after a declared conflict.',
  })
  grantAssessmentDeclare(
    @Ctx() ctx: Context,
    @Arg('applicationId', () => ID, { description: 'The application.' }) applicationId: string,
    @Arg('declaration', () => ConflictDeclaration, { defaultValue: ConflictDeclaration.NO_CONFLICT, description: 'NO_CONFLICT (default) or CONFLICT.' }) declaration: ConflictDeclaration,
  ): Promise<GrantAssessment> {
    return new GrantService(ctx).declare(applicationId, declaration);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantAssessment, { description: 'Scores criteria 0–5 and comments.' })
  @TextArgs({ comment: 'multi-line' })
  grantAssessmentSave(@Ctx() ctx: Context, @Arg('applicationId', () => ID, { description: 'The application, after declaring no conflict of interest.' }) applicationId: string, @Arg('scores', () => [ScoreInput], { description: 'A score per criterion (any criteria left out keep no score).' }) scores: ScoreInput[], @Arg('comment', () => String, { defaultValue: '', description: 'The reviewer’s comment, up to 10 000 characters.' }) comment: string): Promise<GrantAssessment> {
    return new GrantService(ctx).assess(applicationId, scores, comment);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantApplication, { description: 'IN_REVIEW → MORE_INFO_REQUESTED with a message to the applicant.' })
  @TextArgs({ message: 'multi-line' })
  grantApplicationRequestInfo(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application, IN_REVIEW.' }) id: string, @Arg('message', () => String, { description: 'What the applicant must add, up to 5000 characters; not empty.' }) message: string): Promise<GrantApplication> {
    return new GrantService(ctx).requestInfo(id, message);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantApplication, { description: 'Records a decision (published with the round). Beyond the budget needs overrideNote.' })
  @TextArgs({ reason: 'multi-line', overrideNote: 'multi-line' })
  grantApplicationDecide(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The application, in a CLOSED round.' }) id: string,
    @Arg('decision', () => Decision, { description: 'The outcome.' }) decision: Decision,
    @Arg('grantedAmount', () => Int, { description: 'NOK granted: the full requested total for APPROVED, more than 0 and less than it for PARTIALLY_APPROVED; ignored (0) for REJECTED.' }) grantedAmount: number,
    @Arg('reason', () => String, { description: 'The reasoning the applicant reads, not empty.' }) reason: string,
    @Arg('overrideNote', () => String, { nullable: true, description: 'Why granting beyond the round’s budget is right; required when the total granted would exceed it (otherwise CONFLICT grant/over_budget).' }) overrideNote?: string | null,
  ): Promise<GrantApplication> {
    return new GrantService(ctx).decide(id, decision, grantedAmount, reason, overrideNote);
  }

  @FieldResolver(() => GrantRound, { description: 'The round it applies to.' }) round(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantRound> {
    return ctx.em.findOneOrFail(GrantRound, { id: a.round.id });
  }

  @FieldResolver(() => Organisation, { description: 'The applicant organisation.' }) organisation(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.em.findOneOrFail(Organisation, { id: a.organisation.id });
  }

  // The content fields: the applicant organisation, or a reviewer after declaring no conflict of interest
  // (also where an application is reached through a list, such as the ranking).
  @FieldResolver(() => String, { description: 'The summary. Content: the applicant organisation, or a reviewer who has declared no conflict of interest (FORBIDDEN grant/declaration_required otherwise).' }) summary(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<string> {
    return content(ctx, a, () => a.summary);
  }

  @FieldResolver(() => String, { description: 'The project plan (markdown). Content, as summary.' }) projectPlan(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<string> {
    return content(ctx, a, () => a.projectPlan);
  }

  @FieldResolver(() => [Organisation], { description: 'The partner organisations. Content, as summary.' }) partners(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<Organisation[]> {
    return content(ctx, a, () => ctx.em.find(Organisation, { id: { $in: a.partnerIds } }, { orderBy: { name: 'asc' } }));
  }

  @FieldResolver(() => [BudgetLine], { description: 'The budget lines. Content: the applicant organisation, or a reviewer who has declared no conflict of interest (FORBIDDEN grant/declaration_required otherwise).' }) budgetLines(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<BudgetLine[]> {
    return content(ctx, a, () => a.budgetLines);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the assessors asked for, while MORE_INFO_REQUESTED (and after); null if never asked. Content, as summary.' }) moreInfoRequest(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<string | null> {
    return content(ctx, a, () => a.moreInfoRequest ?? null);
  }

  @FieldResolver(() => [GrantAttachment], { description: 'Uploaded by POST (multipart `file`) to /filer/soknader/<id>, oldest first.' })
  attachments(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantAttachment[]> {
    return content(ctx, a, () => new GrantService(ctx).attachments(a));
  }

  @FieldResolver(() => [String], { description: 'What still keeps it from being submitted (empty when it can be).' })
  missing(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<string[]> {
    return new GrantService(ctx).missing(a);
  }

  @FieldResolver(() => GrantDecision, { nullable: true, description: 'For the applicant only after publication; county staff always.' })
  decision(@Root() a: GrantApplication, @Ctx() ctx: Context): GrantDecision | null {
    if (!a.decision) return null;
    const published = a.state === ApplicationState.DECIDED;
    if (!published && !can.grantAdminister(ctx.viewer)) return null;
    return { decision: a.decision, grantedAmount: a.grantedAmount ?? 0, reason: a.decisionReason ?? '', decidedAt: a.decidedAt ?? a.updatedAt };
  }

  @FieldResolver(() => [GrantAssessment], { nullable: true, description: 'Every reviewer’s declaration and assessment: county staff who have declared no conflict of interest for this application (FORBIDDEN grant/declaration_required before); null for others.' })
  async assessments(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantAssessment[] | null> {
    if (!can.grantAdminister(ctx.viewer)) return null;
    if (!(await new GrantService(ctx).reviewerCleared(a))) throw new ForbiddenError('grant/declaration_required');
    return ctx.em.find(GrantAssessment, { application: a }, { populate: ['reviewer'], orderBy: { noConflictDeclaredAt: 'asc', conflictDeclaredAt: 'asc' } });
  }
}

@Resolver(() => GrantAttachment)
export class GrantAttachmentResolver {
  @FieldResolver(() => String, { description: 'Where to fetch it (the server checks access).' })
  url(@Root() f: GrantAttachment): string {
    return `/filer/soknader/${f.application.id}/vedlegg/${f.id}`;
  }
}

async function content<T>(ctx: Context, a: GrantApplication, read: () => T | Promise<T>): Promise<T> {
  if (!(await new GrantService(ctx).contentVisible(a))) throw new ForbiddenError('grant/declaration_required');
  return read();
}

@Resolver(() => GrantAssessment)
export class GrantAssessmentResolver {
  @FieldResolver(() => [CriterionScore], { description: 'The reviewer’s score per criterion (empty after declaring a conflict).' }) scores(@Root() a: GrantAssessment): CriterionScore[] {
    return Object.entries(a.scores).map(([key, score]) => ({ key, score }));
  }

  @FieldResolver(() => String, { description: 'The reviewer’s name.' }) reviewerName(@Root() a: GrantAssessment, @Ctx() ctx: Context): Promise<string> {
    return ctx.em.findOneOrFail('User', { id: a.reviewer.id }).then((u) => (u as { name: string }).name);
  }
}
