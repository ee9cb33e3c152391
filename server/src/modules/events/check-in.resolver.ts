import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { authorize, can } from '../../common/auth/policies.js';
import type { ChangeRecord } from '../../common/change-feed/topics.js';
import { replayThenLive } from '../../common/change-feed/live.js';
import { loadedView } from '../../common/read-model/loaded.js';
import type { MaybePromise } from '../../common/maybe-promise.js';
import type { View } from '../../common/read-model/rows.js';
import type { Viewer } from '../../common/auth/viewer.js';
import type { Context } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { CheckIn, Event, Registration } from './event.entity.js';
import { AttendanceFigures, CheckInService, checkInTopic } from './check-in.service.js';
import { managesEvent } from './event.access.js';
import { EventService, type EventView } from './event.service.js';

@ObjectType({ description: 'A check-in marked by one of the organisers, with the counts after it (for the other organisers’ check-in pages).' })
export class CheckInUpdate {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to get what came since.' }) cursor!: string;
  @Field(() => ID, { description: 'The registration marked.' }) registrationId!: string;
  @Field(() => CheckIn, { description: 'Its mark now.' }) checkIn!: CheckIn;
  @Field(() => Int, { description: 'Confirmed registrants marked as come.' }) attendedCount!: number;
  @Field(() => Int, { description: 'Confirmed registrants marked as not come.' }) noShowCount!: number;
  @Field(() => Int, { description: 'Confirmed registrants.' }) registeredCount!: number;
}

@Resolver(() => Registration)
export class CheckInResolver {
  @Authorized()
  @Mutation(() => Registration, { description: 'Marks a confirmed registrant as come, not come or not marked (organisers, from a day before the start). The other organisers see it live (`eventCheckIns`).' })
  registrationCheckIn(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The registration.' }) id: string,
    @Arg('checkIn', () => CheckIn, { description: 'The mark.' }) checkIn: CheckIn,
  ): Promise<Registration> {
    return new CheckInService(ctx).mark(id, checkIn);
  }

  @Subscription(() => CheckInUpdate, {
    description: "Live check-ins of an event, for its organisers; with `after`, what came since first.",
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const event = await new EventService(ctx).get(args.eventId as string);
      authorize(ctx.viewer, managesEvent(ctx.viewer, event));
      // Ends when the viewer (read anew) no longer runs the event: left the host organisation, or the co-host was
      // removed or left (EventHostService announces that on this topic as an access change).
      const allowed = async (viewer: Viewer) => {
        const now = await ctx.em.fork().findOne(Event, { id: event.id });
        return !!now && managesEvent(viewer, now);
      };
      const topic = checkInTopic(event.id);
      return replayThenLive(ctx, { topic, after: args.after as string | null, allowed, accessTopics: [topic], wanted: (e) => e.type === 'registration.check_in' });
    },
  })
  eventCheckIns(
    @Root() e: ChangeRecord,
    @Arg('eventId', () => ID, { description: 'The event.' }) _eventId: string,
    @Arg('after', () => String, { nullable: true, description: 'The last cursor seen.' }) _after?: string | null,
  ): CheckInUpdate {
    const p = e.payload as { registrationId: string; checkIn: CheckIn; attended: number; noShow: number; registered: number };
    return { cursor: e.id, registrationId: p.registrationId, checkIn: p.checkIn, attendedCount: p.attended, noShowCount: p.noShow, registeredCount: p.registered };
  }

  @Authorized()
  @Query(() => AttendanceFigures, { description: "Attendance at every published event starting between two Oslo dates (inclusive), by organisation kind and municipality: the county's reporting (county staff)." })
  async eventAttendanceFigures(
    @Ctx() ctx: Context,
    @Arg('from', () => String, { description: 'First day, "YYYY-MM-DD".' }) from: string,
    @Arg('to', () => String, { description: 'Last day, "YYYY-MM-DD".' }) to: string,
  ): Promise<AttendanceFigures> {
    authorize(ctx.viewer, can.eventAttendanceFigures(ctx.viewer));
    return new CheckInService(ctx).between(from, to);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the registrant came for: for the registrant and the organisers.' })
  organisation(@Root() r: Registration, @Ctx() ctx: Context): MaybePromise<View<Organisation>> | null {
    return r.organisation ? loadedView(ctx, r.organisation) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'The municipality the registrant works in or comes from.' })
  municipality(@Root() r: Registration, @Ctx() ctx: Context): MaybePromise<View<Municipality>> | null {
    return r.municipality ? loadedView(ctx, r.municipality) : null;
  }
}

@Resolver(() => Event)
export class EventAttendanceResolver {
  @FieldResolver(() => AttendanceFigures, { nullable: true, description: 'Attendance by organisation kind and municipality: organisers only (null otherwise).' })
  attendanceFigures(@Root() e: EventView, @Ctx() ctx: Context): Promise<AttendanceFigures> | null {
    return managesEvent(ctx.viewer, e) ? new CheckInService(ctx).forEvent(e) : null;
  }
}
