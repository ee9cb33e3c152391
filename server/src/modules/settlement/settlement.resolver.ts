import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AccessGuard } from '../../common/change-feed/access.js';
import { attendWhileAllowed, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import type { PresenceSnapshot } from '../../common/change-feed/pubsub.js';
import type { ChangeRecord } from '../../common/change-feed/topics.js';
import { TextArgs } from '../../common/text.js';
import type { Context } from '../../context.js';
import { Event } from '../events/event.entity.js';
import { eventVisible } from '../events/event.access.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Resource } from '../resources/resource.entity.js';
import { canReadResource } from '../resources/resource.service.js';
import { BoardService } from './board.service.js';
import { yearBundle } from './bundle.js';
import { NumbersService } from './numbers.service.js';
import { boardPresenceRoom, countyMunicipalities, settlementTopics } from './settlement.base.js';
import {
  BoardCell,
  BoardChange,
  BoardColumn,
  BoardState,
  Recommendation,
  RecommendationState,
  RecommendationVersion,
  SettlementCriteria,
  SettlementMilestone,
  SettlementNumbers,
  SettlementYear,
  SurveyResponse,
  SurveyState,
} from './settlement.entity.js';
import {
  BoardCellInput,
  RecommendationInput,
  SettledInput,
  SettlementDecisionInput,
  SettlementLiveArgs,
  SettlementMilestoneInput,
  SettlementRequestInput,
  SettlementYearArgs,
  SettlementYearInput,
  SurveyAnswerInput,
} from './settlement.inputs.js';
import { canSettlement, loadStanding } from './settlement.policy.js';
import { BOARD_TRANSITIONS, SURVEY_TRANSITIONS, may } from './settlement.states.js';
import {
  BoardPresence,
  MilestonePermissions,
  PreviousYearNumbers,
  RecommendationLetter,
  RecommendationPermissions,
  SettlementMunicipality,
  SettlementMunicipalityPermissions,
  SettlementProgress,
  SettlementUpdate,
  SettlementYearPermissions,
  SurveyResponsePermissions,
} from './settlement.types.js';
import { SurveyService, TrackerStatus, deadlineOf, acceptingAnswers, trackerStatus } from './survey.service.js';
import { SettlementYearService } from './year.service.js';

/** A change event as the subscriptions deliver it. */
function toUpdate(e: ChangeRecord<`settlement/${string}/survey` | `settlement/${string}/board` | `settlement/${string}/numbers`>): SettlementUpdate {
  const p = e.payload as { municipalityNumber?: string };
  const cell = e.type === 'board.cell' ? e.payload : null;
  return {
    cursor: e.id,
    type: e.type,
    municipalityNumber: p.municipalityNumber ?? null,
    cell: cell ? { ...cell, column: cell.column as BoardColumn, updatedAt: new Date(cell.updatedAt) } : null,
  };
}

@Resolver(() => SettlementYear)
export class SettlementYearResolver {
  @Query(() => [SettlementYear], { description: 'Settlement years, latest first: all of them for county staff, agencies and municipalities; published ones for everyone else.' })
  settlementYears(@Ctx() ctx: Context, @Arg('countyNumber', () => String, { nullable: true, description: 'Only this county, e.g. "40".' }) countyNumber?: string | null): Promise<SettlementYear[]> {
    return new SettlementYearService(ctx).years(countyNumber);
  }

  @Query(() => SettlementYear, { description: 'One settlement year; NOT_FOUND for those who may not see it.' })
  settlementYear(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The year’s id.' }) id: string): Promise<SettlementYear> {
    return new SettlementYearService(ctx).year(id);
  }

  @Query(() => RecommendationLetter, { description: 'The recommendation letter to IMDi: every sent recommendation as last sent (county staff and agencies).' })
  settlementRecommendationLetter(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): Promise<RecommendationLetter> {
    return new BoardService(ctx).letter(yearId);
  }

  @Query(() => [BoardChange], { description: 'The history of the allocation board, newest first (county staff and agencies).' })
  @TextArgs({ municipalityNumber: 'single-line' })
  settlementBoardHistory(
    @Ctx() ctx: Context,
    @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs,
    @Arg('municipalityNumber', () => String, { nullable: true, description: 'Only this row.' }) municipalityNumber?: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (at most 500).' }) first = 100,
  ): Promise<BoardChange[]> {
    return new BoardService(ctx).history(yearId, municipalityNumber, first);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'Creates a settlement year with the KS annual wheel’s milestones (county staff). CONFLICT settlement/year_exists for a second one of the same county and year.' })
  settlementYearCreate(@Ctx() ctx: Context, @Arg('input', () => SettlementYearInput, { description: 'The year; countyNumber and year are required.' }) input: SettlementYearInput): Promise<SettlementYear> {
    return new SettlementYearService(ctx).create(input);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'Edits a year; a changed criteria text becomes a new version, a new deadline gets new reminders.' })
  settlementYearUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The year.' }) id: string, @Arg('input', () => SettlementYearInput, { description: 'What changes.' }) input: SettlementYearInput): Promise<SettlementYear> {
    return new SettlementYearService(ctx).update(id, input);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'Publishes the year’s requests, decisions and settled numbers to everyone (or withdraws them).' })
  settlementYearPublish(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The year.' }) id: string, @Arg('published', () => Boolean, { description: 'Publish (true) or withdraw (false).' }) published: boolean): Promise<SettlementYear> {
    return new SettlementYearService(ctx).publish(id, published);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementMilestone, { description: 'Adds a milestone to a year (id left out) or edits one (id given).' })
  settlementMilestoneSave(
    @Ctx() ctx: Context,
    @Arg('input', () => SettlementMilestoneInput, { description: 'The milestone.' }) input: SettlementMilestoneInput,
    @Arg('yearId', () => ID, { nullable: true, description: 'The year (to add one).' }) yearId?: string | null,
    @Arg('id', () => ID, { nullable: true, description: 'The milestone (to edit one).' }) id?: string | null,
  ): Promise<SettlementMilestone> {
    return new SettlementYearService(ctx).saveMilestone(yearId ?? null, id ?? null, input);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'Removes a milestone; answers its year.' })
  settlementMilestoneDelete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The milestone.' }) id: string): Promise<SettlementYear> {
    return new SettlementYearService(ctx).deleteMilestone(id);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'DRAFT → OPEN: sends the capacity survey to every municipality of the county (inbox and e-mail); CLOSED → OPEN opens it again. Needs a deadline ahead.' })
  settlementSurveySend(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): Promise<SettlementYear> {
    return new SurveyService(ctx).send(yearId);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'OPEN → CLOSED: no more answers.' })
  settlementSurveyClose(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): Promise<SettlementYear> {
    return new SurveyService(ctx).close(yearId);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'OPEN → LOCKED: the board’s numbers and comments become one draft recommendation per municipality.' })
  settlementBoardLock(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): Promise<SettlementYear> {
    return new BoardService(ctx).lock(yearId);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => SettlementYear, { description: 'LOCKED → OPEN, while no recommendation has been sent (CONFLICT settlement/recommendations_sent after).' })
  settlementBoardUnlock(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): Promise<SettlementYear> {
    return new BoardService(ctx).unlock(yearId);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => [Recommendation], { description: 'DRAFT → SENT for every draft recommendation of the year: locked, the versions kept. BAD_USER_INPUT settlement/recommendation_incomplete lists the municipalities without numbers.' })
  settlementRecommendationsSend(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): Promise<Recommendation[]> {
    return new BoardService(ctx).send(yearId);
  }

  @FieldResolver(() => String, { description: 'The county’s name.' })
  async countyName(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.em.findOne(Municipality, { countyNumber: y.countyNumber }))?.countyName ?? y.countyNumber;
  }

  @FieldResolver(() => SettlementCriteria, { nullable: true, description: 'The current national criteria.' })
  criteria(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<SettlementCriteria | null> {
    return new SettlementYearService(ctx).criteria(y);
  }

  @FieldResolver(() => [SettlementCriteria], { description: 'Every version of the criteria, newest first.' })
  criteriaVersions(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<SettlementCriteria[]> {
    return new SettlementYearService(ctx).criteriaVersions(y);
  }

  @FieldResolver(() => [SettlementMilestone], { description: 'The milestones of the annual wheel, by month.' })
  milestones(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<SettlementMilestone[]> {
    return new SettlementYearService(ctx).milestones(y);
  }

  @FieldResolver(() => [SettlementMunicipality], { description: 'Every municipality of the county in this year, by number.' })
  async municipalities(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<SettlementMunicipality[]> {
    return (await countyMunicipalities(ctx.em, y.countyNumber)).map((municipality) => ({ year: y, municipality }));
  }

  @FieldResolver(() => SettlementProgress, { description: 'Requested vs decided vs settled, per municipality and for the county.' })
  progress(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<SettlementProgress> {
    return new NumbersService(ctx).progress(y);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the survey takes answers right now (open, before the year’s deadline).' })
  surveyAcceptingAnswers(@Root() y: SettlementYear): boolean {
    return y.surveyState === SurveyState.OPEN && !!y.surveyDeadline && Date.now() <= y.surveyDeadline.getTime();
  }

  @FieldResolver(() => SettlementYearPermissions, { description: 'What the viewer may do with the year.' })
  async viewerCan(@Root() y: SettlementYear, @Ctx() ctx: Context): Promise<SettlementYearPermissions> {
    const v = ctx.viewer;
    const s = await new SettlementYearService(ctx).standing();
    const staff = canSettlement.administer(v);
    const drafts = staff ? await ctx.em.count(Recommendation, { year: y, state: RecommendationState.DRAFT }) : 0;
    return {
      administer: staff,
      track: canSettlement.track(v),
      sendSurvey: staff && (may(SURVEY_TRANSITIONS, y.surveyState, 'send') || may(SURVEY_TRANSITIONS, y.surveyState, 'reopen')),
      closeSurvey: staff && may(SURVEY_TRANSITIONS, y.surveyState, 'close'),
      readBoard: canSettlement.readBoard(v, s),
      editBoard: canSettlement.editBoard(v, s) && y.boardState === BoardState.OPEN,
      lockBoard: canSettlement.lockBoard(v) && may(BOARD_TRANSITIONS, y.boardState, 'lock'),
      unlockBoard: await new BoardService(ctx).canUnlock(y),
      sendRecommendations: staff && drafts > 0,
      readLetter: staff || s.agency,
      recordRequests: canSettlement.recordRequest(v, s),
    };
  }
}

@Resolver(() => SettlementMunicipality)
export class SettlementMunicipalityResolver {
  @FieldResolver(() => SurveyResponse, { nullable: true, description: 'Its survey answer (county staff, agencies and the municipality; null before the survey is sent or for others).' })
  async response(@Root() row: SettlementMunicipality, @Ctx() ctx: Context): Promise<SurveyResponse | null> {
    const s = await new SurveyService(ctx).standing();
    if (!canSettlement.readResponse(ctx.viewer, s, row.municipality.number)) return null;
    return (await yearBundle(ctx, row.year)).responses.get(row.municipality.number) ?? null;
  }

  @FieldResolver(() => [BoardCell], { nullable: true, description: 'Its cells of the allocation board (null for those who may not see the board).' })
  async cells(@Root() row: SettlementMunicipality, @Ctx() ctx: Context): Promise<BoardCell[] | null> {
    const s = await new SurveyService(ctx).standing();
    if (!canSettlement.readBoard(ctx.viewer, s)) return null;
    return (await yearBundle(ctx, row.year)).cells.get(row.municipality.number) ?? [];
  }

  @FieldResolver(() => Recommendation, { nullable: true, description: 'The county’s recommendation (drafts for county staff; sent ones also for the agencies and the municipality).' })
  async recommendation(@Root() row: SettlementMunicipality, @Ctx() ctx: Context): Promise<Recommendation | null> {
    const rec = (await yearBundle(ctx, row.year)).recommendations.get(row.municipality.number);
    const s = await new SurveyService(ctx).standing();
    return rec && canSettlement.readRecommendation(ctx.viewer, s, rec.municipality.number, rec.sentVersion > 0) ? rec : null;
  }

  @FieldResolver(() => SettlementNumbers, { nullable: true, description: 'IMDi’s request, the decision and the settled numbers (null: nothing recorded).' })
  async numbers(@Root() row: SettlementMunicipality, @Ctx() ctx: Context): Promise<SettlementNumbers | null> {
    const s = await new SurveyService(ctx).standing();
    if (!canSettlement.readNumbers(ctx.viewer, s, row.year)) return null;
    return (await yearBundle(ctx, row.year)).numbers.get(row.municipality.number) ?? null;
  }

  @FieldResolver(() => [PreviousYearNumbers], { description: 'Its numbers in up to three earlier years the viewer may see, newest first.' })
  async previous(@Root() row: SettlementMunicipality, @Ctx() ctx: Context): Promise<PreviousYearNumbers[]> {
    return (await yearBundle(ctx, row.year)).previous.map(({ year, numbers }) => {
      const n = numbers.get(row.municipality.number);
      return { yearId: year.id, year: year.year, isExample: year.isExample, requested: n?.requested ?? null, decided: n?.decisionStatus === 'DECIDED' ? (n.decided ?? null) : null, settled: n?.settled ?? null };
    });
  }

  @FieldResolver(() => SettlementMunicipalityPermissions, { description: 'What the viewer may record for the municipality.' })
  async viewerCan(@Root() row: SettlementMunicipality, @Ctx() ctx: Context): Promise<SettlementMunicipalityPermissions> {
    const s = await new SurveyService(ctx).standing();
    const nr = row.municipality.number;
    return {
      recordRequest: canSettlement.recordRequest(ctx.viewer, s),
      recordDecision: canSettlement.recordDecision(ctx.viewer, s, nr),
      recordSettled: canSettlement.recordSettled(ctx.viewer, s, nr),
      editBoard: canSettlement.editBoard(ctx.viewer, s) && row.year.boardState === BoardState.OPEN,
    };
  }
}

@Resolver(() => SettlementMilestone)
export class SettlementMilestoneResolver {
  @FieldResolver(() => [Organisation], { description: 'Participating organisations on the platform (reminded before the date, or the first day of the month).' })
  participantOrganisations(@Root() m: SettlementMilestone, @Ctx() ctx: Context): Promise<Organisation[]> {
    return m.participantOrganisationIds.length ? ctx.em.find(Organisation, { id: { $in: m.participantOrganisationIds } }, { orderBy: { name: 'asc' } }) : Promise.resolve([]);
  }

  @FieldResolver(() => [Event], { description: 'Linked events (those the viewer may see: drafts only for their organisers).' })
  async events(@Root() m: SettlementMilestone, @Ctx() ctx: Context): Promise<Event[]> {
    if (!m.eventIds.length) return [];
    const events = await ctx.em.find(Event, { id: { $in: m.eventIds } }, { orderBy: { startsAt: 'asc' } });
    return events.filter((e) => eventVisible(ctx.viewer, e));
  }

  @FieldResolver(() => [Resource], { description: 'Linked resources and documents (those the viewer may read).' })
  async resources(@Root() m: SettlementMilestone, @Ctx() ctx: Context): Promise<Resource[]> {
    if (!m.resourceIds.length) return [];
    // The resources' own rule (a group's documents only for those who may read the group), a handful per milestone.
    const resources = await ctx.em.find(Resource, { id: { $in: m.resourceIds } }, { orderBy: { title: 'asc' } });
    const readable = await Promise.all(resources.map((r) => canReadResource(ctx.em, ctx.viewer, r)));
    return resources.filter((_, i) => readable[i]);
  }

  @FieldResolver(() => MilestonePermissions, { description: 'What the viewer may do with it.' })
  viewerCan(@Ctx() ctx: Context): MilestonePermissions {
    return { edit: canSettlement.administer(ctx.viewer) };
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @Query(() => SurveyResponse, { description: 'One municipality’s survey answer (county staff, agencies, the municipality).' })
  @TextArgs({ municipalityNumber: 'single-line' })
  settlementSurveyResponse(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs, @Arg('municipalityNumber', () => String, { description: 'The municipality number.' }) municipalityNumber: string): Promise<SurveyResponse> {
    return new SurveyService(ctx).response(yearId, municipalityNumber);
  }

  @Authorized() @Query(() => [SurveyResponse], { description: 'The survey answers the viewer’s municipalities have been asked for, newest year first.' })
  mySettlementSurveys(@Ctx() ctx: Context): Promise<SurveyResponse[]> {
    return new SurveyService(ctx).mine();
  }

  @Authorized() @Mutation(() => SurveyResponse, { description: 'Marks the form as opened (NOT_OPENED → DRAFT) when a member of the municipality first looks at it.' })
  settlementSurveyResponseOpen(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The answer.' }) id: string): Promise<SurveyResponse> {
    return new SurveyService(ctx).open(id);
  }

  @Authorized() @Mutation(() => SurveyResponse, { description: 'Saves the draft (autosave). `version` must be the one loaded; otherwise CONFLICT settlement/version_conflict with the current version. CONFLICT settlement/deadline_passed after the deadline.' })
  settlementSurveyResponseSave(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The answer.' }) id: string,
    @Arg('version', () => Int, { description: 'The version loaded.' }) version: number,
    @Arg('input', () => SurveyAnswerInput, { description: 'What changed.' }) input: SurveyAnswerInput,
  ): Promise<SurveyResponse> {
    return new SurveyService(ctx).save(id, version, input);
  }

  @Authorized() @Mutation(() => SurveyResponse, { description: 'DRAFT → SUBMITTED; BAD_USER_INPUT settlement/answer_incomplete lists `missing`; CONFLICT settlement/deadline_passed after the deadline (to the second).' })
  settlementSurveyResponseSubmit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The answer.' }) id: string): Promise<SurveyResponse> {
    return new SurveyService(ctx).submit(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => SurveyResponse, { description: 'SUBMITTED → DRAFT so the municipality can correct it (county staff).' })
  settlementSurveyResponseReopen(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The answer.' }) id: string): Promise<SurveyResponse> {
    return new SurveyService(ctx).reopen(id);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => SurveyResponse, { description: 'Grants the municipality a later deadline (county staff).' })
  settlementSurveyResponseExtend(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The answer.' }) id: string,
    @Arg('until', () => String, { description: 'The new deadline, Oslo wall-clock time "YYYY-MM-DDTHH:mm".' }) until: string,
  ): Promise<SurveyResponse> {
    return new SurveyService(ctx).extend(id, until);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => SurveyResponse, { description: 'Reminds the municipality’s people (inbox and e-mail); CONFLICT settlement/reminded_recently within an hour of the last.' })
  settlementSurveyResponseRemind(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The answer.' }) id: string): Promise<SurveyResponse> {
    return new SurveyService(ctx).remind(id);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<Municipality> {
    return ctx.em.findOneOrFail(Municipality, { number: r.municipality.number });
  }

  @FieldResolver(() => SettlementYear, { description: 'The year.' })
  year(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<SettlementYear> {
    return ctx.em.findOneOrFail(SettlementYear, { id: r.year.id });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'How many refugees the municipality can settle next year.' }) capacity(@Root() r: SurveyResponse) { return r.capacity ?? null; }
  @FieldResolver(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' }) capacityMinors(@Root() r: SurveyResponse) { return r.capacityMinors ?? null; }
  @FieldResolver(() => Int, { nullable: true, description: 'How many more if the need rises.' }) extraIfNeeded(@Root() r: SurveyResponse) { return r.extraIfNeeded ?? null; }
  @FieldResolver(() => String, { description: 'Housing.' }) housing(@Root() r: SurveyResponse) { return r.housing; }
  @FieldResolver(() => String, { description: 'Kindergarten capacity.' }) kindergarten(@Root() r: SurveyResponse) { return r.kindergarten; }
  @FieldResolver(() => String, { description: 'School capacity.' }) school(@Root() r: SurveyResponse) { return r.school; }
  @FieldResolver(() => String, { description: 'Health service capacity.' }) health(@Root() r: SurveyResponse) { return r.health; }
  @FieldResolver(() => String, { description: 'Labour demand.' }) labourDemand(@Root() r: SurveyResponse) { return r.labourDemand; }
  @FieldResolver(() => String, { description: 'Results of the introduction programme.' }) introResults(@Root() r: SurveyResponse) { return r.introResults; }
  @FieldResolver(() => String, { description: 'What it takes to keep the capacity.' }) keepCapacity(@Root() r: SurveyResponse) { return r.keepCapacity; }
  @FieldResolver(() => String, { description: 'Other comments.' }) comments(@Root() r: SurveyResponse) { return r.comments; }

  @FieldResolver(() => Date, { nullable: true, description: 'The deadline that applies to this answer (the year’s, or a later one granted).' })
  async deadline(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<Date | null> {
    return deadlineOf(await ctx.em.findOneOrFail(SettlementYear, { id: r.year.id }), r);
  }

  @FieldResolver(() => Boolean, { description: 'Whether answers are taken right now (survey open, deadline not passed).' })
  async acceptingAnswers(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<boolean> {
    return acceptingAnswers(await ctx.em.findOneOrFail(SettlementYear, { id: r.year.id }), r);
  }

  @FieldResolver(() => TrackerStatus, { description: 'What the tracker shows for it now.' })
  async trackerStatus(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<TrackerStatus> {
    return trackerStatus(await ctx.em.findOneOrFail(SettlementYear, { id: r.year.id }), r);
  }

  @FieldResolver(() => [String], { description: 'What keeps it from being submitted now (empty when it can be): capacity, capacityMinors, deadline, notOpen.' })
  async missing(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<string[]> {
    return new SurveyService(ctx).missing(await ctx.em.findOneOrFail(SettlementYear, { id: r.year.id }), r);
  }

  @FieldResolver(() => SurveyResponsePermissions, { description: 'What the viewer may do with it now.' })
  viewerCan(@Root() r: SurveyResponse, @Ctx() ctx: Context): Promise<SurveyResponsePermissions> {
    return new SurveyService(ctx).permissions(r);
  }
}

@Resolver(() => BoardCell)
export class BoardResolver {
  @Authorized() @Mutation(() => BoardCell, { description: 'Changes one cell of the allocation board (county staff and agencies, while the board is open). CONFLICT settlement/cell_version_conflict with the current value when someone changed it first.' })
  settlementBoardCellSet(@Ctx() ctx: Context, @Arg('input', () => BoardCellInput, { description: 'The cell and its new value.' }) input: BoardCellInput): Promise<BoardCell> {
    return new BoardService(ctx).setCell(input);
  }

  @Authorized() @Mutation(() => Boolean, { description: 'Tells the others at the board which row the viewer is looking at (null: none).' })
  @TextArgs({ municipalityNumber: 'single-line' })
  async settlementBoardFocus(
    @Ctx() ctx: Context,
    @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs,
    @Arg('municipalityNumber', () => String, { nullable: true, description: 'The row’s municipality number.' }) municipalityNumber?: string | null,
  ): Promise<boolean> {
    await new BoardService(ctx).focus(yearId, municipalityNumber ?? null);
    return true;
  }

  @Subscription(() => SettlementUpdate, {
    description: 'Live changes of the allocation board (cells, lock, recommendations), for county staff and agencies; with `after`, those since first.',
    subscribe: subscribeWith(SettlementLiveArgs, async ({ yearId, after }, ctx) => {
      const year = await new BoardService(ctx).yearFor(yearId, (s) => canSettlement.readBoard(ctx.viewer, s));
      return replayThenLive(ctx, { topic: settlementTopics.board(year.id), after, allowed: async (viewer) => canSettlement.readBoard(viewer, await loadStanding(ctx.em, viewer)) });
    }),
  })
  settlementBoardUpdates(@Root() e: ChangeRecord<`settlement/${string}/board`>, @Args(() => SettlementLiveArgs) _args: SettlementLiveArgs): SettlementUpdate {
    return toUpdate(e);
  }

  @Subscription(() => SettlementUpdate, {
    description: 'Live changes of the survey tracker (sent, opened, saved, submitted, reminded …), for county staff; with `after`, those since first.',
    subscribe: subscribeWith(SettlementLiveArgs, async ({ yearId, after }, ctx) => {
      const year = await new SurveyService(ctx).yearFor(yearId, () => canSettlement.track(ctx.viewer));
      return replayThenLive(ctx, { topic: settlementTopics.survey(year.id), after, allowed: async (viewer) => canSettlement.track(viewer) });
    }),
  })
  settlementSurveyUpdates(@Root() e: ChangeRecord<`settlement/${string}/survey`>, @Args(() => SettlementLiveArgs) _args: SettlementLiveArgs): SettlementUpdate {
    return toUpdate(e);
  }

  @Subscription(() => SettlementUpdate, {
    description: 'Live changes of the numbers (requests, decisions, settled) and milestones, for everyone who may read them; with `after`, those since first. Ends when the year is no longer the viewer’s to read.',
    subscribe: subscribeWith(SettlementLiveArgs, async ({ yearId, after }, ctx) => {
      const year = await new NumbersService(ctx).year(yearId);
      const topic = settlementTopics.numbers(year.id);
      return replayThenLive(ctx, {
        topic,
        after,
        accessTopics: [topic],
        allowed: async (viewer) => {
          const now = await ctx.em.fork().findOne(SettlementYear, { id: year.id });
          return !!now && canSettlement.readNumbers(viewer, await loadStanding(ctx.em, viewer), now);
        },
      });
    }),
  })
  settlementProgressUpdates(@Root() e: ChangeRecord<`settlement/${string}/numbers`>, @Args(() => SettlementLiveArgs) _args: SettlementLiveArgs): SettlementUpdate {
    return toUpdate(e);
  }

  @Subscription(() => BoardPresence, {
    description: 'Who is at the allocation board and which row each looks at; the subscriber counts as present while subscribed. Ends when the viewer loses access.',
    subscribe: async function* ({ args, context }) {
      const ctx = context as Context;
      const yearId = (args as SettlementYearArgs).yearId;
      const year = await new BoardService(ctx).yearFor(yearId, (s) => canSettlement.readBoard(ctx.viewer, s));
      const guard = new AccessGuard(ctx, [], async (viewer) => canSettlement.readBoard(viewer, await loadStanding(ctx.em, viewer)));
      yield* attendWhileAllowed(ctx, boardPresenceRoom(year.id), guard);
    },
  })
  settlementBoardPresence(@Root() snapshot: PresenceSnapshot, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs): BoardPresence {
    return { yearId, viewers: snapshot.online.map((p) => ({ id: p.id, name: p.name, municipalityNumber: snapshot.focus.find((f) => f.id === p.id)?.focus ?? null })) };
  }
}

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Authorized('COUNTY_STAFF') @Mutation(() => Recommendation, { description: 'Saves a draft recommendation against the version loaded (CONFLICT settlement/version_conflict otherwise).' })
  settlementRecommendationSave(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The recommendation.' }) id: string,
    @Arg('version', () => Int, { description: 'The version loaded.' }) version: number,
    @Arg('input', () => RecommendationInput, { description: 'What changes.' }) input: RecommendationInput,
  ): Promise<Recommendation> {
    return new BoardService(ctx).saveRecommendation(id, version, input);
  }

  @Authorized('COUNTY_STAFF') @Mutation(() => Recommendation, { description: 'SENT → DRAFT: a new version to send; the sent ones stay in the history.' })
  settlementRecommendationRevise(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The recommendation.' }) id: string): Promise<Recommendation> {
    return new BoardService(ctx).revise(id);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() r: Recommendation, @Ctx() ctx: Context): Promise<Municipality> {
    return ctx.em.findOneOrFail(Municipality, { number: r.municipality.number });
  }

  @FieldResolver(() => [RecommendationVersion], { description: 'The versions sent, newest first.' })
  versions(@Root() r: Recommendation, @Ctx() ctx: Context): Promise<RecommendationVersion[]> {
    return new BoardService(ctx).versions(r);
  }

  @FieldResolver(() => RecommendationPermissions, { description: 'What the viewer may do with it now.' })
  viewerCan(@Root() r: Recommendation, @Ctx() ctx: Context): RecommendationPermissions {
    const staff = canSettlement.administer(ctx.viewer);
    return { edit: staff && r.state === RecommendationState.DRAFT, revise: staff && r.state === RecommendationState.SENT };
  }
}

@Resolver(() => SettlementNumbers)
export class SettlementNumbersResolver {
  @Authorized() @Mutation(() => SettlementNumbers, { description: 'Records IMDi’s request to one municipality (county staff and agencies).' })
  @TextArgs({ municipalityNumber: 'single-line' })
  settlementRequestSet(
    @Ctx() ctx: Context,
    @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs,
    @Arg('municipalityNumber', () => String, { description: 'The municipality number.' }) municipalityNumber: string,
    @Arg('input', () => SettlementRequestInput, { description: 'The request.' }) input: SettlementRequestInput,
  ): Promise<SettlementNumbers> {
    return new NumbersService(ctx).setRequest(yearId, municipalityNumber, input);
  }

  @Authorized() @Mutation(() => [SettlementNumbers], { description: 'Records IMDi’s requests from CSV text ("kommunenummer;anmodning;herav EM", a header line allowed; at most 500 rows, 100 000 characters). All or nothing: BAD_USER_INPUT settlement/csv_invalid lists `problems` by line.' })
  @TextArgs({ csv: 'multi-line' })
  settlementRequestsImport(@Ctx() ctx: Context, @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs, @Arg('csv', () => String, { description: 'The file’s text.' }) csv: string): Promise<SettlementNumbers[]> {
    return new NumbersService(ctx).importRequests(yearId, csv);
  }

  @Authorized() @Mutation(() => SettlementNumbers, { description: 'Records the municipality’s decision (the municipality itself or county staff). The document is uploaded by POST to /filer/bosetting/<year id>/vedtak/<municipality number>.' })
  @TextArgs({ municipalityNumber: 'single-line' })
  settlementDecisionSet(
    @Ctx() ctx: Context,
    @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs,
    @Arg('municipalityNumber', () => String, { description: 'The municipality number.' }) municipalityNumber: string,
    @Arg('input', () => SettlementDecisionInput, { description: 'The decision.' }) input: SettlementDecisionInput,
  ): Promise<SettlementNumbers> {
    return new NumbersService(ctx).setDecision(yearId, municipalityNumber, input);
  }

  @Authorized() @Mutation(() => SettlementNumbers, { description: 'Records how many have been settled so far (the municipality itself or county staff).' })
  @TextArgs({ municipalityNumber: 'single-line' })
  settlementSettledSet(
    @Ctx() ctx: Context,
    @Args(() => SettlementYearArgs) { yearId }: SettlementYearArgs,
    @Arg('municipalityNumber', () => String, { description: 'The municipality number.' }) municipalityNumber: string,
    @Arg('input', () => SettledInput, { description: 'The settled numbers.' }) input: SettledInput,
  ): Promise<SettlementNumbers> {
    return new NumbersService(ctx).setSettled(yearId, municipalityNumber, input);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Root() n: SettlementNumbers, @Ctx() ctx: Context): Promise<Municipality> {
    return ctx.em.findOneOrFail(Municipality, { number: n.municipality.number });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The decision document’s file name (null: none uploaded).' })
  documentFilename(@Root() n: SettlementNumbers): string | null {
    return n.documentFilename ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to fetch the decision document (the server checks access).' })
  documentUrl(@Root() n: SettlementNumbers): string | null {
    return n.documentFilename ? `/filer/bosetting/${n.year.id}/vedtak/${n.municipality.number}` : null;
  }
}
