import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AuditEntry } from '../../common/audit.js';
import { can } from '../../common/auth/policies.js';
import { AfterArgs, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import { roundTopic, type ChangeRecord } from '../../common/change-feed/topics.js';
import { TextArgs } from '../../common/text.js';
import type { Context } from '../../context.js';
import { Event } from '../events/event.entity.js';
import { GrantDashboardService } from './dashboard.service.js';
import { GrantAccess } from './grant.access.js';
import { GrantGuidelines, GrantRound, GrantScheme } from './grant.entity.js';
import { GrantRoundInput } from './grant.inputs.js';
import { roundPermissions } from './grant.permissions.js';
import { Criterion, GrantRoundPermissions, RankedApplication, RoundDashboard, RoundUpdate } from './grant.types.js';
import { acceptingApplications } from './round.states.js';
import { GrantRoundService } from './round.service.js';

@ArgsType()
class RoundUpdatesArgs extends AfterArgs {
  @Field(() => ID, { description: 'The round.' })
  roundId!: string;
}

@Resolver(() => GrantRound)
export class GrantRoundResolver {
  @Query(() => [GrantScheme], { description: 'Every grant scheme, by name.' }) grantSchemes(@Ctx() ctx: Context): Promise<GrantScheme[]> {
    return ctx.em.find(GrantScheme, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => [GrantRound], { description: 'Grant rounds, latest deadline first (drafts for county staff only).' })
  grantRounds(@Ctx() ctx: Context): Promise<GrantRound[]> {
    return new GrantRoundService(ctx).rounds();
  }

  @Query(() => GrantRound, { description: 'One round; a draft only for county staff (NOT_FOUND otherwise).' }) grantRound(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The round’s id.' }) id: string): Promise<GrantRound> {
    return new GrantAccess(ctx).round(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantScheme, { description: 'Creates a grant scheme (county staff).' })
  @TextArgs({ name: 'single-line', description: 'multi-line' })
  grantSchemeCreate(@Ctx() ctx: Context, @Arg('name', () => String, { description: 'The name, 2–200 characters, unique.' }) name: string, @Arg('description', () => String, { defaultValue: '', description: 'What the scheme is for, plain text.' }) description: string): Promise<GrantScheme> {
    return new GrantRoundService(ctx).createScheme(name, description);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'Creates a round as a draft.' })
  grantRoundCreate(@Ctx() ctx: Context, @Arg('input', () => GrantRoundInput, { description: 'The new round; schemeId, title, year, budget, opensAt and closesAt are required.' }) input: GrantRoundInput): Promise<GrantRound> {
    return new GrantRoundService(ctx).createRound(input);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'Edits a round; changed guidelines become a new version.' })
  grantRoundUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The round to edit (not once DECIDED).' }) id: string, @Arg('input', () => GrantRoundInput, { description: 'The fields to change; omitted fields stay as they are (schemeId is ignored).' }) input: GrantRoundInput): Promise<GrantRound> {
    return new GrantRoundService(ctx).updateRound(id, input);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'DRAFT → OPEN, announced live to the network.' })
  grantRoundOpen(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The draft round to open; it needs guidelines and criteria.' }) id: string): Promise<GrantRound> {
    return new GrantRoundService(ctx).openRound(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'OPEN → CLOSED.' })
  grantRoundClose(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The open round to close.' }) id: string): Promise<GrantRound> {
    return new GrantRoundService(ctx).closeRound(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => GrantRound, { description: 'CLOSED → DECIDED: every decision published to its applicant at once.' })
  grantRoundPublishDecisions(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The closed round; every application in it must have a decision.' }) id: string): Promise<GrantRound> {
    return new GrantRoundService(ctx).publishDecisions(id);
  }

  @Authorized('COUNTY_STAFF') @Query(() => [RankedApplication], { description: 'Applications by weighted score (county staff).' })
  grantRoundRanking(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round; drafts and withdrawn applications are left out.' }) roundId: string): Promise<RankedApplication[]> {
    return new GrantDashboardService(ctx).ranking(roundId);
  }

  @Authorized('COUNTY_STAFF') @Query(() => RoundDashboard, { description: 'A round at a glance: budget, amounts, counts by state, municipality and organisation kind, declared conflicts (county staff).' })
  grantRoundDashboard(@Ctx() ctx: Context, @Arg('roundId', () => ID, { description: 'The round.' }) roundId: string): Promise<RoundDashboard> {
    return new GrantDashboardService(ctx).dashboard(roundId);
  }

  @Authorized('COUNTY_STAFF')
  @Subscription(() => RoundUpdate, {
    description: 'Live changes in a round (submissions, assessments, decisions), for the dashboard; with `after`, those since first.',
    subscribe: subscribeWith(RoundUpdatesArgs, async ({ roundId, after }, ctx) => {
      const round = await new GrantAccess(ctx).round(roundId);
      // County staff only, also after the start: ends when the viewer's role is taken away.
      return replayThenLive(ctx, { topic: roundTopic(round.id), after, allowed: async (viewer) => can.grantAdminister(viewer) });
    }),
  })
  grantRoundUpdates(@Root() e: ChangeRecord<`round/${string}`>, @Args(() => RoundUpdatesArgs) _args: RoundUpdatesArgs): RoundUpdate {
    return { cursor: e.id, type: e.type, applicationId: 'applicationId' in e.payload ? e.payload.applicationId : null };
  }

  @Authorized('COUNTY_STAFF') @Query(() => [AuditEntry], { description: 'The audit log of a round or application (county staff). Details of scores and attachments only for reviewers who have declared no conflict of interest for the application.' })
  auditLog(@Ctx() ctx: Context, @Arg('entityId', () => ID, { description: 'The round or application whose log to read.' }) entityId: string): Promise<AuditEntry[]> {
    return new GrantDashboardService(ctx).auditLog(entityId);
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
    return acceptingApplications(r);
  }

  @FieldResolver(() => GrantRoundPermissions, { description: 'What the viewer may do with the round now.' })
  viewerCan(@Root() r: GrantRound, @Ctx() ctx: Context): GrantRoundPermissions {
    return roundPermissions(ctx, r);
  }
}
