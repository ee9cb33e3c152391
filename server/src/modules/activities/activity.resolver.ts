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
import { ActivityFilter, ActivityInput, ScheduleFrequency, Weekday } from './activity.inputs.js';
import { ActivityService, isStale, scheduleOf } from './activity.service.js';
import { ActivityConnection, ActivityPermissions, ActivitySchedule, Occurrence } from './activity.types.js';
import { describeSchedule, occurrences } from './schedule.js';

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
  @Query(() => ActivityConnection, { description: 'The public activity catalogue with facet counts; fresh listings first, then by next occurrence.' })
  activities(
    @Ctx() ctx: Context,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ActivityConnection> {
    return new ActivityService(ctx).list(filter ?? {}, clampFirst(first), after);
  }

  @Query(() => Activity, { description: 'One activity; unpublished ones only for their organisation.' })
  activity(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Activity> {
    return new ActivityService(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Registers an activity as a draft (members of the organisation, or county staff).' })
  activityCreate(@Ctx() ctx: Context, @Arg('input', () => ActivityInput) input: ActivityInput): Promise<Activity> {
    return new ActivityService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Activity)
  activityUpdate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => ActivityInput) input: ActivityInput): Promise<Activity> {
    return new ActivityService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Publishes, pauses or archives an activity.' })
  activitySetStatus(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('status', () => ActivityStatus) status: ActivityStatus): Promise<Activity> {
    return new ActivityService(ctx).setStatus(id, status);
  }

  @Authorized()
  @Mutation(() => Activity, { description: 'Confirms the activity is still running (fresh for another 180 days).' })
  activityConfirm(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Activity> {
    return new ActivityService(ctx).confirm(id);
  }

  @Authorized()
  @Mutation(() => VolunteerInterest, { description: '"Jeg vil bidra": offers to help; the organisation is told.' })
  @TextArgs({ message: 'multi-line' })
  activityVolunteer(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('message', () => String, { defaultValue: '' }) message: string): Promise<VolunteerInterest> {
    return new ActivityService(ctx).volunteer(activityId, message);
  }

  @Authorized()
  @Mutation(() => VolunteerInterest, { description: 'Accepts or declines an offer to help (the organisation).' })
  volunteerInterestAnswer(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('accepted', () => Boolean) accepted: boolean): Promise<VolunteerInterest> {
    return new ActivityService(ctx).answerVolunteer(id, accepted);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() a: Activity, @Ctx() ctx: Context): MaybePromise<OrganisationView> {
    return loadedView(ctx, a.organisation);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() a: Activity, @Ctx() ctx: Context): MaybePromise<View<Municipality>> {
    return thenMaybe(referenceMunicipalities(ctx.em, [a.municipality.number]), ([found]) => {
      if (!found) throw new NotFoundError('municipality');
      return found;
    });
  }

  @FieldResolver(() => ActivitySchedule)
  schedule(@Root() a: Activity): ActivitySchedule {
    const s = scheduleOf(a);
    return { ...s, frequency: s.frequency as ScheduleFrequency, weekdays: s.weekdays as Weekday[] };
  }

  @FieldResolver(() => String, { description: 'The schedule as readable text, e.g. "Hver tirsdag 18:00–20:00".' })
  scheduleText(@Root() a: Activity, @Arg('language', () => Language, { defaultValue: Language.nb }) language: Language): string {
    return describeSchedule(scheduleOf(a), language);
  }

  @FieldResolver(() => [Occurrence], { description: 'The next dates (at most 10).' })
  nextOccurrences(@Root() a: Activity, @Arg('count', () => Int, { defaultValue: 5 }) count: number): Occurrence[] {
    return occurrences(scheduleOf(a), new Date(), Math.max(1, Math.min(10, count)));
  }

  @FieldResolver(() => Boolean, { description: 'Not confirmed as running for 180 days: shown with a warning and ranked last.' })
  stale(@Root() a: Activity): boolean {
    return isStale(a);
  }

  @FieldResolver(() => ActivityPermissions)
  async viewerCan(@Root() a: Activity, @Ctx() ctx: Context): Promise<ActivityPermissions> {
    const manage = can.activityManage(ctx.viewer, a.organisation.id);
    const offered = ctx.viewer.id ? await pendingOffers(ctx).load(a.id) : false;
    return { manage, volunteer: can.activityVolunteer(ctx.viewer) && a.status === ActivityStatus.PUBLISHED && !offered };
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
  @FieldResolver(() => User)
  user(@Root() v: VolunteerInterest, @Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: v.user.id });
  }

  @FieldResolver(() => Activity)
  activity(@Root() v: VolunteerInterest, @Ctx() ctx: Context): Promise<Activity> {
    return ctx.em.findOneOrFail(Activity, { id: v.activity.id });
  }
}
