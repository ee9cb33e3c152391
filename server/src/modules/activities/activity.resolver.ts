import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { can } from '../../common/auth/policies.js';
import { NotFoundError } from '../../common/errors.js';
import { loadedView } from '../../common/read-model/loaded.js';
import { clampFirst } from '../../common/pagination.js';
import { defineLoader } from '../../common/read-model/memo.js';
import { pgArray, type View } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { thenMaybe, type MaybePromise } from '../../common/maybe-promise.js';
import { Language, User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { OrganisationView } from '../organisations/organisation.service.js';
import { Municipality } from '../reference/municipality.entity.js';
import { referenceMunicipalities } from '../reference/reference.service.js';
import { Activity, ActivityStatus, VolunteerInterest, VolunteerStatus } from './activity.entity.js';
import { ActivityFilter, ActivityInput, ScheduleFrequency, ScheduleInput, Weekday } from './activity.inputs.js';
import { ActivityService, isStale, scheduleFromInput, scheduleOf } from './activity.service.js';
import { acceptsVolunteers, activityMay, volunteerMay } from './activity.states.js';
import { HiddenMark, hiddenMark, moderatedByStaff, moderationFlags } from '../moderation/hidden.js';
import { ActivityConnection, ActivityPermissions, ActivitySchedule, Occurrence, SchedulePreview, VolunteerInterestPermissions } from './activity.types.js';
import { describeSchedule, occurrences, scheduleProblem } from './schedule.js';

/** Whether the viewer has an unanswered offer to help with each activity: one query for a whole page. */
const pendingOffers = defineLoader(async (ctx: Context, ids: readonly string[]) => {
  const rows = await ctx.em.execute<{ activity_id: string }[]>(
    `select distinct activity_id from volunteer_interest where user_id = ? and status = ? and activity_id = any(?::uuid[])`,
    [ctx.viewer.id, VolunteerStatus.PENDING, pgArray(ids)],
  );
  const offered = new Set(rows.map((r) => r.activity_id));
  return ids.map((id) => offered.has(id));
});

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => [Activity], { description: 'The newest listings in the catalogue (published activities, latest registered first), for the front page.' })
  newestActivities(@Ctx() ctx: Context, @Arg('first', () => Int, { defaultValue: 4, description: 'How many, 1–20.' }) first = 4): Promise<Activity[]> {
    return ctx.em.find(Activity, { status: ActivityStatus.PUBLISHED, hiddenAt: null }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: Math.min(Math.max(first, 1), 20) });
  }

  @Query(() => ActivityConnection, { description: 'The public activity catalogue with facet counts; fresh listings first, then by next occurrence.' })
  activities(
    @Ctx() ctx: Context,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Which activities; all published ones when omitted.' }) filter?: ActivityFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many activities, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s pageInfo.endCursor; from the start when omitted.' }) after?: string | null,
  ): Promise<ActivityConnection> {
    return new ActivityService(ctx).list(filter ?? {}, clampFirst(first), after);
  }

  @Query(() => Activity, { description: 'One activity; unpublished ones only for their organisation.' })
  activity(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The activity’s id.' }) id: string): Promise<Activity> {
    return new ActivityService(ctx).get(id);
  }

  @Query(() => SchedulePreview, {
    description: 'The next dates and readable text of a schedule being edited, or why it would be refused. The activity form asks as the user types (debounced), so the schedule rules live only on the server.',
  })
  schedulePreview(
    @Arg('schedule', () => ScheduleInput, { description: 'The schedule as the form holds it now.' }) input: ScheduleInput,
    @Arg('count', () => Int, { defaultValue: 5, description: 'How many dates, 1–10.' }) count: number,
    @Arg('language', () => Language, { defaultValue: Language.nb, description: 'The language of `text`.' }) language: Language,
  ): SchedulePreview {
    const schedule = scheduleFromInput(input);
    const problem = scheduleProblem(schedule);
    if (problem) return { problem, occurrences: [], text: null };
    return { problem: null, occurrences: occurrences(schedule, new Date(), Math.max(1, Math.min(10, count))), text: describeSchedule(schedule, language) };
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Registers an activity as a draft (members of the organisation, or county staff).' })
  activityCreate(@Ctx() ctx: Context, @Arg('input', () => ActivityInput, { description: 'The new activity; organisationId, title, category, municipalityNumber and schedule are required.' }) input: ActivityInput): Promise<Activity> {
    return new ActivityService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Edits an activity (members of its organisation, or county staff).' })
  activityUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The activity to edit.' }) id: string, @Arg('input', () => ActivityInput, { description: 'The fields to change; omitted fields stay as they are (organisationId is ignored).' }) input: ActivityInput): Promise<Activity> {
    return new ActivityService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Publishes, pauses or archives an activity.' })
  activitySetStatus(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The activity.' }) id: string, @Arg('status', () => ActivityStatus, { description: 'The new status; PUBLISHED also counts as confirming it still runs.' }) status: ActivityStatus): Promise<Activity> {
    return new ActivityService(ctx).setStatus(id, status);
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Confirms the activity is still running (fresh for another 180 days).' })
  activityConfirm(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The activity that is still running.' }) id: string): Promise<Activity> {
    return new ActivityService(ctx).confirm(id);
  }

  @Authorized()
  @Mutation(() => VolunteerInterest, { description: '"Jeg vil bidra": offers to help; the organisation is told.' })
  @TextArgs({ message: 'multi-line' })
  activityVolunteer(@Ctx() ctx: Context, @Arg('activityId', () => ID, { description: 'The published activity to help with.' }) activityId: string, @Arg('message', () => String, { defaultValue: '', description: 'A note to the organisation, up to 2000 characters (may be empty).' }) message: string): Promise<VolunteerInterest> {
    return new ActivityService(ctx).volunteer(activityId, message);
  }

  @Authorized()
  @Mutation(() => VolunteerInterest, { description: 'Accepts or declines an offer to help (the organisation).' })
  volunteerInterestAnswer(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The pending offer to answer.' }) id: string, @Arg('accepted', () => Boolean, { description: 'True to accept, false to decline.' }) accepted: boolean): Promise<VolunteerInterest> {
    return new ActivityService(ctx).answerVolunteer(id, accepted);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that runs it.' })
  organisation(@Root() a: Activity, @Ctx() ctx: Context): MaybePromise<OrganisationView> {
    return loadedView(ctx, a.organisation);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality it takes place in.' })
  municipality(@Root() a: Activity, @Ctx() ctx: Context): MaybePromise<View<Municipality>> {
    return thenMaybe(referenceMunicipalities(ctx.em, [a.municipality.number]), ([found]) => {
      if (!found) throw new NotFoundError('municipality');
      return found;
    });
  }

  @FieldResolver(() => ActivitySchedule, { description: 'The recurring schedule, in Oslo time.' })
  schedule(@Root() a: Activity): ActivitySchedule {
    const s = scheduleOf(a);
    return { ...s, frequency: s.frequency as ScheduleFrequency, weekdays: s.weekdays as Weekday[] };
  }

  @FieldResolver(() => String, { description: 'The schedule as readable text, e.g. "Hver tirsdag 18:00–20:00".' })
  scheduleText(@Root() a: Activity, @Arg('language', () => Language, { defaultValue: Language.nb, description: 'The language of the text; nb when omitted.' }) language: Language): string {
    return describeSchedule(scheduleOf(a), language);
  }

  @FieldResolver(() => [Occurrence], { description: 'The next dates (at most 10).' })
  nextOccurrences(@Root() a: Activity, @Arg('count', () => Int, { defaultValue: 5, description: 'How many dates, 1–10.' }) count: number): Occurrence[] {
    return occurrences(scheduleOf(a), new Date(), Math.max(1, Math.min(10, count)));
  }

  @FieldResolver(() => Boolean, { description: 'Not confirmed as running for 180 days: shown with a warning and ranked last.' })
  stale(@Root() a: Activity): boolean {
    return isStale(a);
  }

  @FieldResolver(() => ActivityPermissions, { description: 'What the viewer may do with this activity.' })
  async viewerCan(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityPermissions> {
    const manage = can.activityManage(ctx.viewer, a.organisation.id);
    const offered = ctx.viewer.id ? await pendingOffers(ctx).load(a.id) : false;
    return {
      manage,
      volunteer: can.activityVolunteer(ctx.viewer) && acceptsVolunteers(a) && !offered,
      publish: manage && activityMay(a, 'publish'),
      pause: manage && activityMay(a, 'pause'),
      archive: manage && activityMay(a, 'archive'),
      ...(await moderationFlags(ctx, moderatedByStaff(a))),
    };
  }

  @FieldResolver(() => HiddenMark, { nullable: true, description: 'Why a moderator hid it; null while shown (only its moderators see a hidden activity).' })
  hidden(@Root() a: Activity): HiddenMark | null {
    return hiddenMark(moderatedByStaff(a));
  }

  @FieldResolver(() => VolunteerInterest, { nullable: true, description: "The viewer's own latest offer to help with this activity, if any." })
  viewerVolunteerInterest(@Root() a: Activity, @Ctx() ctx: Context): Promise<VolunteerInterest | null> {
    if (!ctx.viewer.id) return Promise.resolve(null);
    return ctx.em.findOne(VolunteerInterest, { activity: a, user: ctx.viewer.id }, { orderBy: { createdAt: 'desc' } });
  }

  @FieldResolver(() => [VolunteerInterest], { nullable: true, description: 'Offers to help: the organisation only (null otherwise).' })
  volunteerInterests(@Root() a: Activity, @Ctx() ctx: Context): Promise<VolunteerInterest[]> | null {
    return can.activityManage(ctx.viewer, a.organisation.id) ? new ActivityService(ctx).interests(a) : null;
  }
}

@Resolver(() => VolunteerInterest)
export class VolunteerInterestResolver {
  @FieldResolver(() => User, { description: 'The person offering to help.' })
  user(@Root() v: VolunteerInterest, @Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: v.user.id });
  }

  @FieldResolver(() => Activity, { description: 'The activity offered to help with.' })
  activity(@Root() v: VolunteerInterest, @Ctx() ctx: Context): Promise<Activity> {
    return ctx.em.findOneOrFail(Activity, { id: v.activity.id });
  }

  @FieldResolver(() => VolunteerInterestPermissions, { description: 'What the viewer may do with the offer now.' })
  async viewerCan(@Root() v: VolunteerInterest, @Ctx() ctx: Context): Promise<VolunteerInterestPermissions> {
    if (!volunteerMay(v, 'accept')) return { answer: false };
    const activity = await ctx.em.findOneOrFail(Activity, { id: v.activity.id });
    return { answer: can.activityManage(ctx.viewer, activity.organisation.id) };
  }
}
