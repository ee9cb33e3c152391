import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { can } from '../../common/auth/policies.js';
import { ForbiddenError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { GrantApplicationService } from './application.service.js';
import { removeAttachmentFile } from './files.js';
import { GrantAccess } from './grant.access.js';
import { ApplicationState, GrantApplication, GrantAttachment, GrantRound } from './grant.entity.js';
import { GrantApplicationInput } from './grant.inputs.js';
import { applicationPermissions } from './grant.permissions.js';
import { BudgetLine, GrantApplicationPermissions, GrantDecision } from './grant.types.js';

@Resolver(() => GrantApplication)
export class GrantApplicationResolver {
  @Authorized() @Query(() => [GrantApplication], { description: "The viewer's organisations' applications." })
  myGrantApplications(@Ctx() ctx: Context): Promise<GrantApplication[]> {
    return new GrantApplicationService(ctx).myApplications();
  }

  @Authorized() @Query(() => GrantApplication, { description: 'One application: its organisation, or county staff who have declared no conflict of interest.' })
  grantApplication(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application’s id.' }) id: string): Promise<GrantApplication> {
    return new GrantAccess(ctx).application(id);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Starts a draft application for one of the viewer’s organisations.' })
  @TextArgs({ title: 'single-line' })
  grantApplicationCreate(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round, which must be open and before its deadline.' }) roundId: string, @Arg('organisationId', () => ID, { description: 'The applicant organisation; the viewer must be a member.' }) organisationId: string, @Arg('title', () => String, { description: 'The project’s title, 1–200 characters on one line.' }) title: string): Promise<GrantApplication> {
    return new GrantApplicationService(ctx).createApplication(roundId, organisationId, title);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Saves a draft (autosave). `version` must be the one loaded; otherwise CONFLICT with the current version.' })
  grantApplicationSave(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application, a DRAFT or MORE_INFO_REQUESTED.' }) id: string, @Arg('version', () => Int, { description: 'The version the editor loaded.' }) version: number, @Arg('input', () => GrantApplicationInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: GrantApplicationInput): Promise<GrantApplication> {
    return new GrantApplicationService(ctx).save(id, version, input);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Submits; BAD_USER_INPUT grant/not_eligible lists `missing`; CONFLICT after the deadline.' })
  grantApplicationSubmit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application to submit (or resubmit after a request for more information).' }) id: string): Promise<GrantApplication> {
    return new GrantApplicationService(ctx).submit(id);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Withdraws an application that is not yet decided (its organisation).' }) grantApplicationWithdraw(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The application to withdraw.' }) id: string): Promise<GrantApplication> {
    return new GrantApplicationService(ctx).withdraw(id);
  }

  @Authorized() @Mutation(() => GrantApplication, { description: 'Removes an attachment (the applicant organisation, while the application can be edited).' })
  async grantAttachmentDelete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The attachment to remove.' }) id: string): Promise<GrantApplication> {
    const app = await new GrantApplicationService(ctx).detach(id);
    await removeAttachmentFile(ctx.files, id).catch((err) => ctx.logger.warn({ err, attachment: id }, 'could not remove attachment file'));
    return app;
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
    return content(ctx, a, () => new GrantApplicationService(ctx).attachments(a));
  }

  @FieldResolver(() => [String], { description: 'What still keeps it from being sent in (empty when it can be). A resubmission after a request for more information is not bound by the deadline, so `deadline` and `notOpen` are not listed for it.' })
  missing(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<string[]> {
    return new GrantApplicationService(ctx).missing(a);
  }

  @FieldResolver(() => GrantDecision, { nullable: true, description: 'For the applicant only after publication; county staff always.' })
  decision(@Root() a: GrantApplication, @Ctx() ctx: Context): GrantDecision | null {
    if (!a.decision) return null;
    const published = a.state === ApplicationState.DECIDED;
    if (!published && !can.grantAdminister(ctx.viewer)) return null;
    return { decision: a.decision, grantedAmount: a.grantedAmount ?? 0, reason: a.decisionReason ?? '', decidedAt: a.decidedAt ?? a.updatedAt };
  }

  @FieldResolver(() => GrantApplicationPermissions, { description: 'What the viewer may do with the application now.' })
  viewerCan(@Root() a: GrantApplication, @Ctx() ctx: Context): Promise<GrantApplicationPermissions> {
    return applicationPermissions(ctx, a);
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
  if (!(await new GrantAccess(ctx).contentVisible(a))) throw new ForbiddenError('grant/declaration_required');
  return read();
}
