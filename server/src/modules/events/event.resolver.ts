import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { eventEditable, eventMay, takesEvaluation, takesMaterials } from './event.states.js';
import { TextArgs } from '../../common/text.js';
import { AfterArgs, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import { eventTopic, type ChangeRecord } from '../../common/change-feed/topics.js';
import { NotFoundError } from '../../common/errors.js';
import { loadedView } from '../../common/read-model/loaded.js';
import { defineKeyedLoader } from '../../common/read-model/memo.js';
import { linkedIds, type View } from '../../common/read-model/rows.js';
import { clampFirst } from '../../common/pagination.js';
import { toOsloLocal } from '../../common/time.js';
import type { Context } from '../../context.js';
import { thenMaybe, type MaybePromise } from '../../common/maybe-promise.js';
import { Language, User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { OrganisationView } from '../organisations/organisation.service.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { AttendanceMode, Event, EventMode, EventStatus, Follow, Registration, RegistrationStatus } from './event.entity.js';
import { EventFilter, EventInput, SeriesFrequency } from './event.inputs.js';
import { managesEvent } from './event.access.js';
import { EVENT_MUNICIPALITIES, EVENT_TOPICS, EventService, type EventView } from './event.service.js';
import { FollowService } from './follow.service.js';
import { MaterialsService } from './materials.service.js';
import { QuestionsService } from './questions.service.js';
import { meetingUrlFor, RegistrationService } from './registration.service.js';
import { attendanceModes, PENDING_HOURS, poolOf, registrationWindow, RegistrationWindow, reservationActive, reservedLeft, seatFree, seatsLeft } from './registration.states.js';
import { referenceMunicipalities, referenceTopics } from '../reference/reference.service.js';
import { AttendanceOption, EventConnection, EventPermissions, EventUpdate, GuestRegistrationView, ReservedSeats } from './event.types.js';
import { answersDeletedBy, RegistrationAnswer, RegistrationAnswerInput } from './questions.js';
import { checkInOpen } from './check-in.states.js';
import { EvaluationService } from './evaluation.service.js';
import { evaluationMayMove } from './evaluation.states.js';
import { EvaluationStatus } from './evaluation.types.js';

@ArgsType()
class EventUpdatesArgs extends AfterArgs {
  @Field(() => ID, { description: 'The event.' })
  eventId!: string;
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events, soonest first (latest first for PAST).' })
  events(
    @Ctx() ctx: Context,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Which events; all published and cancelled ones when omitted.' }) filter?: EventFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many events, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s pageInfo.endCursor; from the start when omitted.' }) after?: string | null,
  ): Promise<EventConnection> {
    return new EventService(ctx).list(filter ?? {}, clampFirst(first), after);
  }

  @Query(() => Event, { description: 'One event; drafts only for those who manage them.' })
  event(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The event’s id.' }) id: string): Promise<EventView> {
    return new EventService(ctx).view(id);
  }

  @Query(() => GuestRegistrationView, { description: "A guest's registration, from the token in the e-mailed link." })
  async guestRegistration(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the guest’s e-mailed link.' }) token: string): Promise<GuestRegistrationView> {
    const registration = await new RegistrationService(ctx).guestRegistration(token);
    return { registration, event: registration.event, meetingUrl: meetingUrlFor(registration.event, { registration }) };
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Creates a draft event hosted by an organisation (its members, or county staff).' })
  eventCreate(@Ctx() ctx: Context, @Arg('input', () => EventInput, { description: 'The new event; organisationId, title, kind, mode, startsAt and endsAt are required.' }) input: EventInput): Promise<Event> {
    return new EventService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Edits an event; more seats move people up from the waitlist.' })
  eventUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The event to edit.' }) id: string, @Arg('input', () => EventInput, { description: 'The fields to change; omitted fields stay as they are (organisationId is ignored).' }) input: EventInput): Promise<Event> {
    return new EventService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Publishes a draft; followers of its topics and municipalities are notified.' })
  eventPublish(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The draft to publish.' }) id: string): Promise<Event> {
    return new EventService(ctx).publish(id);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Cancels an event; registrants are told in the inbox and by e-mail.' })
  @TextArgs({ reason: 'multi-line' })
  eventCancel(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The event to cancel.' }) id: string, @Arg('reason', () => String, { nullable: true, description: 'Why, told to registrants; up to 2000 characters.' }) reason?: string | null): Promise<Event> {
    return new EventService(ctx).cancel(id, reason);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'A draft copy, one week later.' })
  eventDuplicate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The event to copy.' }) id: string): Promise<Event> {
    return new EventService(ctx).duplicate(id);
  }

  @Authorized()
  @Mutation(() => [Event], { description: 'Makes `count` more drafts a week or month apart (same Oslo time of day).' })
  eventCreateSeries(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The event to repeat; the copies share its seriesId.' }) id: string,
    @Arg('frequency', () => SeriesFrequency, { description: 'A week or a month apart.' }) frequency: SeriesFrequency,
    @Arg('count', () => Int, { description: 'How many more events, 1–52.' }) count: number,
  ): Promise<Event[]> {
    return new EventService(ctx).createSeries(id, frequency, count);
  }

  @Authorized()
  @Mutation(() => Registration, { description: 'Registers the viewer: CONFIRMED while seats are left, else WAITLISTED (per attendance mode in a HYBRID event).' })
  async eventRegister(
    @Ctx() ctx: Context,
    @Arg('eventId', () => ID, { description: 'The event to register for.' }) eventId: string,
    @Arg('attendance', () => AttendanceMode, { nullable: true, description: 'HYBRID events: in the room (default) or online. Ignored for others.' }) attendance?: AttendanceMode | null,
    @Arg('answers', () => [RegistrationAnswerInput], { nullable: true, description: "Answers to the event's questions (required ones must be answered)." }) answers?: RegistrationAnswerInput[] | null,
    @Arg('organisationId', () => ID, { nullable: true, description: "The organisation the viewer comes for (one of theirs; default: their only one), for the attendance figures." }) organisationId?: string | null,
    @Arg('municipalityNumber', () => ID, { nullable: true, description: 'The municipality the viewer works in or comes from (default: their organisation’s, when it serves one), for the attendance figures.' }) municipalityNumber?: string | null,
  ): Promise<Registration> {
    return (await new RegistrationService(ctx).register(eventId, undefined, { attendance, answers, organisationId, municipalityNumber })).registration;
  }

  @Mutation(() => Registration, {
    description: 'Registers a guest by name and e-mail: PENDING (no seat) until the e-mailed link confirms it within 24 hours. At most 10 an hour per IP address and 50 per event (RATE_LIMITED).',
  })
  @TextArgs({ name: 'single-line' })
  async eventRegisterGuest(
    @Ctx() ctx: Context,
    @Arg('eventId', () => ID, { description: 'The event to register for.' }) eventId: string,
    @Arg('name', () => String, { description: 'The guest’s name, 1–120 characters on one line.' }) name: string,
    @Arg('email', () => String, { description: 'The guest’s e-mail address; the confirmation link goes here.' }) email: string,
    @Arg('language', () => Language, { nullable: true, description: 'Language of the confirmation e-mail (default nb).' }) language?: Language | null,
    @Arg('attendance', () => AttendanceMode, { nullable: true, description: 'HYBRID events: in the room (default) or online.' }) attendance?: AttendanceMode | null,
    @Arg('answers', () => [RegistrationAnswerInput], { nullable: true, description: "Answers to the event's questions (required ones must be answered)." }) answers?: RegistrationAnswerInput[] | null,
    @Arg('municipalityNumber', () => ID, { nullable: true, description: 'The municipality the guest works in or comes from, for the attendance figures.' }) municipalityNumber?: string | null,
  ): Promise<Registration> {
    return (await new RegistrationService(ctx).register(eventId, { name, email, language: language ?? Language.nb }, { attendance, answers, municipalityNumber })).registration;
  }

  @Mutation(() => Registration, { description: "Confirms a guest's e-mail from the link: the guest now takes a seat, or a place on the waitlist when it is full." })
  guestRegistrationConfirm(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the guest’s e-mailed link.' }) token: string): Promise<Registration> {
    return new RegistrationService(ctx).confirmGuest(token);
  }

  @Mutation(() => Registration, { description: "Cancels a guest's registration from the link." })
  guestRegistrationCancel(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the guest’s e-mailed link.' }) token: string): Promise<Registration> {
    return new RegistrationService(ctx).cancelByToken(token);
  }

  @Authorized()
  @Mutation(() => Registration, { description: 'Cancels a registration (its owner or the organiser); the waitlist moves up.' })
  registrationCancel(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The registration to cancel.' }) id: string): Promise<Registration> {
    return new RegistrationService(ctx).cancelRegistration(id);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Sends a message to everyone registered; returns how many.' })
  @TextArgs({ subject: 'single-line', body: 'multi-line' })
  eventMessageRegistrants(@Ctx() ctx: Context, @Arg('eventId', () => ID, { description: 'The event whose confirmed and waitlisted registrants get it (in the inbox and by e-mail).' }) eventId: string, @Arg('subject', () => String, { description: 'The subject, up to 200 characters on one line.' }) subject: string, @Arg('body', () => String, { description: 'The message, plain text up to 10 000 characters.' }) body: string): Promise<number> {
    return new RegistrationService(ctx).messageRegistrants(eventId, subject, body);
  }

  @Authorized()
  @Mutation(() => Event, { description: 'Attaches the recording link and materials after the event.' })
  @TextArgs({ recordingUrl: 'single-line', materials: 'multi-line' })
  eventAttachMaterials(
    @Ctx() ctx: Context,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('recordingUrl', () => String, { nullable: true, description: 'Link to the recording (https); empty string removes it, omitted keeps it.' }) recordingUrl?: string | null,
    @Arg('materials', () => String, { nullable: true, description: 'Markdown.' }) materials?: string | null,
  ): Promise<Event> {
    return new MaterialsService(ctx).attachMaterials(eventId, recordingUrl, materials);
  }

  @Authorized()
  @Mutation(() => Event, { description: "Deletes every answer to the event's registration questions now (organisers); otherwise they go 90 days after the event." })
  eventAnswersDelete(@Ctx() ctx: Context, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string): Promise<Event> {
    return new QuestionsService(ctx).deleteAnswers(eventId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Sets the topics and municipalities the viewer follows: new events there reach the inbox.' })
  async followSet(@Ctx() ctx: Context, @Arg('topicSlugs', () => [ID], { description: 'Every topic to follow (slugs); replaces the current list.' }) topicSlugs: string[], @Arg('municipalityNumbers', () => [ID], { description: 'Every municipality to follow (numbers); replaces the current list.' }) municipalityNumbers: string[]): Promise<boolean> {
    await new FollowService(ctx).setFollows(topicSlugs, municipalityNumbers);
    return true;
  }

  @Subscription(() => EventUpdate, {
    description: "Live seat counts and status of an event; with `after`, what came since first.",
    subscribe: subscribeWith(EventUpdatesArgs, async ({ eventId, after }, ctx) => {
      const event = await new EventService(ctx).get(eventId);
      // A draft is its organisers' only, also after the start: ends when the viewer (read anew) may no longer see it.
      const visible = () => new EventService(ctx).get(event.id, ctx.em.fork()).then(() => true, (e: unknown) => (e instanceof NotFoundError ? false : Promise.reject(e)));
      return replayThenLive(ctx, { topic: eventTopic(event.id), after, allowed: visible });
    }),
  })
  eventUpdates(@Root() e: ChangeRecord<`event/${string}`>, @Args(() => EventUpdatesArgs) _args: EventUpdatesArgs): EventUpdate {
    if (e.type !== 'registration.changed') return { cursor: e.id, type: e.type, confirmedCount: null, waitlistCount: null, onlineConfirmedCount: null, onlineWaitlistCount: null, reservedConfirmedCount: null, status: null };
    const p = e.payload;
    return {
      cursor: e.id,
      type: e.type,
      confirmedCount: p.confirmed,
      waitlistCount: p.waitlisted,
      onlineConfirmedCount: p.onlineConfirmed,
      onlineWaitlistCount: p.onlineWaitlisted,
      reservedConfirmedCount: p.reservedConfirmed,
      status: EventStatus[p.status],
    };
  }

  @FieldResolver(() => Organisation, { description: 'The hosting organisation.' })
  organisation(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<OrganisationView> {
    return loadedView(ctx, e.organisation);
  }

  @FieldResolver(() => [Topic], { description: 'The event’s topics, in display order.' })
  topics(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<View<Topic>[]> {
    return thenMaybe(linkedIds(ctx, EVENT_TOPICS, e.id), (slugs) => referenceTopics(ctx.em, slugs));
  }

  @FieldResolver(() => [Municipality], { description: 'The municipalities the event is for.' })
  municipalities(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<View<Municipality>[]> {
    return thenMaybe(linkedIds(ctx, EVENT_MUNICIPALITIES, e.id), (numbers) => referenceMunicipalities(ctx.em, numbers));
  }

  @FieldResolver(() => String, { description: 'Start as Oslo wall-clock time, "YYYY-MM-DDTHH:mm".' })
  startsAtLocal(@Root() e: EventView): string {
    return toOsloLocal(e.startsAt);
  }

  @FieldResolver(() => String, { description: 'End as Oslo wall-clock time, "YYYY-MM-DDTHH:mm".' })
  endsAtLocal(@Root() e: EventView): string {
    return toOsloLocal(e.endsAt);
  }

  @FieldResolver(() => Date, { description: "When the answers to its questions are deleted at the latest: 90 days after the event ends (the registration form says so)." })
  answersDeleteAt(@Root() e: EventView): Date {
    return answersDeletedBy(e.endsAt);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seats left (in the room, for a HYBRID event); null when unlimited.' })
  seatsLeft(@Root() e: EventView): number | null {
    return seatsLeft(e, 'main');
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Online seats left in a HYBRID event; null when unlimited or not HYBRID.' })
  onlineSeatsLeft(@Root() e: EventView): number | null {
    return e.mode === EventMode.HYBRID ? seatsLeft(e, 'online') : null;
  }

  @FieldResolver(() => [AttendanceOption], {
    description: 'The ways to take part (two for a HYBRID event), each with whether registering now means the waitlist for the viewer (who may qualify for reserved seats). Empty without registration.',
  })
  attendanceOptions(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<AttendanceOption[]> {
    if (!e.registrationRequired || e.externalRegistrationUrl) return [];
    const options = (qualifies: boolean) =>
      attendanceModes(e).map((attendance) => {
        const pool = poolOf(e, attendance);
        return { attendance, seatsLeft: seatsLeft(e, pool), waitlist: !seatFree(e, pool, qualifies) };
      });
    // Only while seats are reserved does it matter who asks.
    return reservationActive(e) && ctx.viewer.signedIn ? thenMaybe(new RegistrationService(ctx).viewerQualifies(e), options) : options(false);
  }

  @FieldResolver(() => ReservedSeats, { nullable: true, description: 'Seats held for an organisation kind, while they are (null otherwise).' })
  reservation(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<ReservedSeats> | null {
    if (!reservationActive(e) || e.externalRegistrationUrl) return null;
    const answer = (viewerQualifies: boolean) => ({ seats: e.reservedSeats!, kind: e.reservedForKind!, until: e.reservedUntil!, seatsLeft: reservedLeft(e), viewerQualifies });
    return ctx.viewer.signedIn ? thenMaybe(new RegistrationService(ctx).viewerQualifies(e), answer) : answer(false);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The meeting link: for everyone when the event needs no registration, else for confirmed participants; always for organisers.' })
  meetingUrl(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<string | null> {
    if (!e.meetingUrl) return null;
    const manages = managesEvent(ctx.viewer, e);
    if (manages || !e.registrationRequired || !ctx.viewer.signedIn) return meetingUrlFor(e, { manages });
    return thenMaybe(new RegistrationService(ctx).viewerRegistration(e), (registration) => meetingUrlFor(e, { registration }));
  }

  @FieldResolver(() => Registration, { nullable: true, description: "The viewer's live registration, if any." })
  viewerRegistration(@Root() e: EventView, @Ctx() ctx: Context): MaybePromise<View<Registration> | null> {
    // Anonymous visitors (most of a public list's readers) have none: answered without a promise.
    return ctx.viewer.signedIn ? new RegistrationService(ctx).viewerRegistration(e) : null;
  }

  @FieldResolver(() => [Registration], { nullable: true, description: 'Everyone registered, in order of arrival: organisers only (null otherwise).' })
  attendees(@Root() e: EventView, @Ctx() ctx: Context): Promise<Registration[]> | null {
    return managesEvent(ctx.viewer, e) ? new RegistrationService(ctx).attendees(e.id) : null;
  }

  @FieldResolver(() => RegistrationWindow, { description: 'Where registration stands now, by the same rule the server registers by.' })
  registrationWindow(@Root() e: EventView): RegistrationWindow {
    return registrationWindow(e);
  }

  @FieldResolver(() => EventPermissions, { description: 'What the viewer may do with this event.' })
  async viewerCan(@Root() e: EventView, @Ctx() ctx: Context): Promise<EventPermissions> {
    const now = new Date();
    const open = registrationWindow(e, now) === RegistrationWindow.OPEN;
    const registered = !!(await new RegistrationService(ctx).viewerRegistration(e));
    const manage = managesEvent(ctx.viewer, e);
    const from = e.evaluationStatus;
    return {
      manage,
      publish: manage && eventMay(e, 'publish'),
      edit: manage && eventEditable(e),
      cancel: manage && eventMay(e, 'cancel'),
      addMaterials: manage && takesMaterials(e),
      register: ctx.viewer.signedIn && open && !registered,
      checkIn: manage && checkInOpen(e, now),
      evaluate: await new EvaluationService(ctx).viewerMayRespond(e),
      editEvaluation: manage && evaluationMayMove(from, EvaluationStatus.READY),
      openEvaluation: manage && evaluationMayMove(from, EvaluationStatus.OPEN) && takesEvaluation(e) && e.startsAt <= now,
      closeEvaluation: manage && evaluationMayMove(from, EvaluationStatus.CLOSED),
      viewEvaluation: manage && takesEvaluation(e),
    };
  }
}

@ObjectType({ description: 'What the viewer follows: new events there reach the inbox.' })
export class Follows {
  @Field(() => [Topic], { description: 'Topics followed.' }) topics!: Topic[];
  @Field(() => [Municipality], { description: 'Municipalities followed.' }) municipalities!: Municipality[];
}

/** The viewer's own registrations and follows, as fields of their User. */
@Resolver(() => User)
export class ViewerEventsResolver {
  @FieldResolver(() => [Registration], { nullable: true, description: "The user's live registrations, soonest event first: for the user only." })
  eventRegistrations(@Root() user: User, @Ctx() ctx: Context, @Arg('upcoming', () => Boolean, { defaultValue: true, description: 'True: only events not yet ended, soonest first. False: all, latest first. At most 100.' }) upcoming: boolean): Promise<Registration[]> | null {
    if (ctx.viewer.id !== user.id) return null;
    return ctx.em.find(
      Registration,
      { user: user.id, status: { $ne: RegistrationStatus.CANCELLED }, ...(upcoming ? { event: { endsAt: { $gte: new Date() } } } : {}) },
      { populate: ['event'], orderBy: { event: { startsAt: upcoming ? 'asc' : 'desc' } }, limit: 100 },
    );
  }

  @FieldResolver(() => Follows, { nullable: true, description: 'For the user only.' })
  async follows(@Root() user: User, @Ctx() ctx: Context): Promise<Follows | null> {
    if (ctx.viewer.id !== user.id) return null;
    const rows = await ctx.em.find(Follow, { user: user.id }, { populate: ['topic', 'municipality'] });
    return { topics: rows.flatMap((f) => (f.topic ? [f.topic] : [])), municipalities: rows.flatMap((f) => (f.municipality ? [f.municipality] : [])) };
  }
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The registered user (null for guests). Visible to the user and organisers.' })
  user(@Root() r: Registration, @Ctx() ctx: Context): Promise<User | null> {
    return r.user ? ctx.em.findOne(User, { id: r.user.id }) : Promise.resolve(null);
  }

  @FieldResolver(() => String, { nullable: true, description: "A guest's e-mail: organisers only." })
  async guestEmail(@Root() r: Registration, @Ctx() ctx: Context): Promise<string | null> {
    return (await organises(r, ctx)) ? (r.guestEmail ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The registrant's e-mail, the account's or the guest's: organisers only (as in the attendee CSV)." })
  async email(@Root() r: Registration, @Ctx() ctx: Context): Promise<string | null> {
    if (!(await organises(r, ctx))) return null;
    if (!r.user) return r.guestEmail ?? null;
    return (await ctx.em.findOne(User, { id: r.user.id }))?.email ?? null;
  }

  @FieldResolver(() => [RegistrationAnswer], { nullable: true, description: "Answers to the event's questions: for the registrant and the organisers (null for others, and once deleted)." })
  async answers(@Root() r: Registration, @Ctx() ctx: Context): Promise<RegistrationAnswer[] | null> {
    if (!r.answers) return null;
    const own = !!ctx.viewer.id && r.user?.id === ctx.viewer.id;
    return own || (await organises(r, ctx)) ? r.answers : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When a PENDING guest registration lapses unless confirmed.' })
  expiresAt(@Root() r: Registration): Date | null {
    return r.status === RegistrationStatus.PENDING ? new Date(r.createdAt.getTime() + PENDING_HOURS * 3_600_000) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next), when waitlisted.' })
  async waitlistPosition(@Root() r: Registration, @Ctx() ctx: Context): Promise<number | null> {
    if (r.status !== RegistrationStatus.WAITLISTED) return null;
    return 1 + (await ctx.em.count(Registration, { event: r.event.id, status: RegistrationStatus.WAITLISTED, seq: { $lt: r.seq } }));
  }

  @FieldResolver(() => Event, { description: 'The event registered for.' })
  event(@Root() r: Registration, @Ctx() ctx: Context): Promise<Event> {
    return ctx.em.findOneOrFail(Event, { id: r.event.id });
  }
}

/** The events of registrations, read once per event and operation. */
const registrationEvents = defineKeyedLoader((ctx: Context, eventId: string) => ctx.em.findOneOrFail(Event, { id: eventId }));

/** Whether the viewer manages the registration's event. */
async function organises(r: Pick<Registration, 'event'>, ctx: Context): Promise<boolean> {
  const event = await registrationEvents(ctx).load(r.event.id);
  return managesEvent(ctx.viewer, event);
}
