import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { assertEventEditable, moveEvent, takesMaterials } from './event.states.js';
import { fromZonedTime } from 'date-fns-tz';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../../common/auth/policies.js';
import { hashToken, newToken } from '../../common/auth/tokens.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { eventTopic, frontPageChange, userTopic, type NewChange } from '../../common/change-feed/topics.js';
import { recordChanges, writeAndRecord, type Work } from '../../common/change-feed/write.js';
import type { Mailer } from '../../common/mail/mailer.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { assertMayMailOutsiders } from '../organisations/outsider-mail.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { preloadViews } from '../../common/read-model/loaded.js';
import type { MaybePromise } from '../../common/maybe-promise.js';
import { defineKeyedLoader, defineLoader } from '../../common/read-model/memo.js';
import { linkedIdsColumns, listViews, pageOfRows, pgArray, viewMapper, Where, type Link, type Row, type View } from '../../common/read-model/rows.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { addOsloLocal, OSLO, osloLocalToInstant, osloReadable } from '../../common/time.js';
import { normaliseEmail } from '../../common/validation.js';
import { sendMail, type Context } from '../../context.js';
import { Language, User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Organisation, OrganisationKind, VerificationStatus } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { municipalitiesByNumber, topicsBySlug } from '../reference/reference.service.js';
import { Topic } from '../reference/topic.entity.js';
import { AttendanceMode, Event, EventMode, EventStatus, Follow, Registration, RegistrationStatus } from './event.entity.js';
import { countGuestRegistration } from './guest-limiter.js';
import { ANSWER_RETENTION_DAYS, checkedAnswers, checkedQuestions, type RegistrationAnswerInput } from './questions.js';
import { attendanceFor, enter, LIVE_STATUSES, mainAttendance, move, PENDING_HOURS, REACHABLE_STATUSES, poolOf, poolsOf, recount, registrationRefusal, seatFor, seatFree, statusesLeadingTo, waitlisted } from './registration.states.js';
import { EventTimeFilter, SeriesFrequency, type EventFilter, type EventInput } from './event.inputs.js';
import type { EventConnection } from './event.types.js';
import { assertShown, moderatedByStaff } from '../moderation/hidden.js';

/** The viewer's live registrations by event, one statement for all the events asked about in a tick. Rows into
 * views: em.find here cost a signed-in event list a quarter of its CPU. */
const viewerRegistrations = defineLoader(async (ctx: Context, ids: readonly string[]) => {
  const userId = ctx.viewer.requireUser().id;
  const view = viewMapper(ctx.em, Registration);
  const rows = await ctx.em.execute<(Row & { event_id: string })[]>(
    'select * from registration where event_id = any(?::uuid[]) and user_id = ? and status = any(?::text[])',
    [pgArray(ids), userId, pgArray(LIVE_STATUSES)],
  );
  const byEvent = new Map(rows.map((row) => [row.event_id, view(row)]));
  return ids.map((id) => byEvent.get(id) ?? null);
});
/** Whether the viewer is a member of a verified organisation of a kind (reserved seats), once per kind and operation. */
const viewerQualifiesFor = defineKeyedLoader((ctx: Context, kind: OrganisationKind) => qualifiesForReserved(ctx.em, { reservedSeats: 1, reservedForKind: kind }, ctx.viewer.requireUser().id));
/** An event as lists show it: its columns, its organisation as a reference (common/read-model/rows.ts). */
export type EventView = View<Event>;
export const EVENT_TOPICS: Link = { table: 'event_topic', owner: 'event_id', target: 'topic_slug' };
export const EVENT_MUNICIPALITIES: Link = { table: 'event_municipality', owner: 'event_id', target: 'municipality_number' };
const EVENT_LINKS = { topic_slugs: EVENT_TOPICS, municipality_numbers: EVENT_MUNICIPALITIES };
type EventRow = Record<string, unknown> & { id: string };
/** What a registrant chooses besides the seat: how to take part, the answers, and where they come from. */
export interface RegistrationChoices {
  attendance?: AttendanceMode | null;
  answers?: readonly RegistrationAnswerInput[] | null;
  organisationId?: string | null;
  municipalityNumber?: string | null;
}
type Mail = Parameters<typeof sendMail>[1];

/** What the host rules read of an event: an entity or a view of its row. */
export type HostFacts = { organisation: { id: string }; coHostIds?: readonly string[] | null };

/** The event's hosts: the primary host first, then the co-hosts that accepted. */
export function eventHostIds(event: HostFacts): string[] {
  return [event.organisation.id, ...(event.coHostIds ?? [])];
}

/** Whether the viewer runs the event: a member of any of its hosts, or county staff. */
export function managesEvent(viewer: Viewer, event: HostFacts): boolean {
  return can.eventManage(viewer, eventHostIds(event));
}

/** Who may see an event (the rule of `event(id)`, and of every field that links to one): published and cancelled
 * events everyone, drafts those who manage them. */
export function eventVisible(viewer: Viewer, event: HostFacts & { status: EventStatus }): boolean {
  return event.status !== EventStatus.DRAFT || managesEvent(viewer, event);
}

export class EventService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  /** Visible (`eventVisible`) or NOT_FOUND. */
  async get(id: string, em: EntityManager = this.ctx.em): Promise<Event> {
    const event = isUuid(id) ? await em.findOne(Event, { id }) : null;
    if (!event || !eventVisible(this.viewer, event)) throw new NotFoundError('event');
    return event;
  }

  /** One event for its page, as a read-only view with its topic and municipality ids: one statement. */
  async view(id: string): Promise<EventView> {
    const rows = isUuid(id) ? await this.ctx.em.execute<EventRow[]>(`select e.*, ${linkedIdsColumns(EVENT_LINKS, 'e')} from event e where e.id = ?`, [id]) : [];
    const [event] = listViews(this.ctx, Event, rows, EVENT_LINKS);
    if (!event || !eventVisible(this.viewer, event)) throw new NotFoundError('event');
    await assertShown(this.ctx, moderatedByStaff(event));
    await this.preloadCardFields([event]);
    return event;
  }

  /**
   * A page of events as read-only views (common/read-model/rows.ts), in one statement: the page, the total and each
   * event's topic and municipality ids, which prime their loaders so the cards' fields cost no further query.
   */
  async list(filter: EventFilter, first: number, after?: string | null): Promise<EventConnection> {
    const offset = decodeCursor(after);
    const where = new Where();
    const visible = [`e.status in ('${EventStatus.PUBLISHED}', '${EventStatus.CANCELLED}')`];
    if (filter.includeDrafts) {
      const mine = this.viewer.isStaff ? null : [...this.viewer.organisationIds()];
      if (!mine) visible.push(`e.status = '${EventStatus.DRAFT}'`);
      else if (mine.length) visible.push(`(e.status = '${EventStatus.DRAFT}' and (e.organisation_id = any(${where.array(mine, 'uuid')}) or e.co_host_ids && ${where.array(mine, 'uuid')}))`);
    }
    where.add(`(${visible.join(' or ')})`);
    // Hidden by a moderator (modules/moderation): out of every list.
    where.add('e.hidden_at is null');
    if (filter.kinds?.length) where.add(`e.kind = any(${where.array(filter.kinds, 'text')})`);
    if (filter.topic) where.linkedTo(EVENT_TOPICS, 'e', filter.topic);
    if (filter.municipality) where.linkedTo(EVENT_MUNICIPALITIES, 'e', filter.municipality);
    // Its own events and those it co-hosts.
    if (filter.organisationId) where.add(isUuid(filter.organisationId) ? `(e.organisation_id = ${where.values([filter.organisationId])} or e.co_host_ids @> ${where.array([filter.organisationId], 'uuid')})` : 'false');
    if (filter.modes?.length) {
      const modes = new Set(filter.modes);
      if (modes.has(EventMode.ONLINE) || modes.has(EventMode.IN_PERSON)) modes.add(EventMode.HYBRID);
      where.add(`e.mode = any(${where.array([...modes], 'text')})`);
    }
    if (filter.from) where.add(`e.ends_at >= ${where.values([osloDate('from', filter.from)])}`);
    if (filter.to) where.add(`e.starts_at < ${where.values([new Date(osloDate('to', filter.to).getTime() + 86_400_000)])}`);
    if (filter.time === EventTimeFilter.UPCOMING) where.add(`e.ends_at >= ${where.values([new Date()])}`);
    if (filter.time === EventTimeFilter.PAST) where.add(`e.ends_at < ${where.values([new Date()])}`);
    const direction = filter.time === EventTimeFilter.PAST ? 'desc' : 'asc';
    const { rows, totalCount } = await pageOfRows<EventRow>(this.ctx.em, {
      select: `e.*, ${linkedIdsColumns(EVENT_LINKS, 'e')}`,
      from: 'event e',
      where,
      orderBy: `e.starts_at ${direction}, e.id asc`,
      first,
      offset,
    });
    const nodes = listViews(this.ctx, Event, rows, EVENT_LINKS);
    await this.preloadCardFields(nodes);
    return { nodes, totalCount, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** The organisations and the viewer's registrations of these events, read before their fields ask (two
   * statements, as the fields' own batches would be), so each card's fields are answered without a promise. */
  private async preloadCardFields(events: EventView[]): Promise<void> {
    await Promise.all([preloadViews(this.ctx, Organisation, events.flatMap(eventHostIds)), this.viewerRegistrations(events.map((e) => e.id))]);
  }

  private write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  async create(input: EventInput): Promise<Event> {
    const user = this.viewer.requireUser();
    const org = input.organisationId && isUuid(input.organisationId) ? await this.ctx.em.findOne(Organisation, { id: input.organisationId }) : null;
    if (!org) throw UserInputError.field('organisationId', 'organisation/not_found');
    authorize(this.viewer, can.eventManage(this.viewer, org.id));
    for (const f of ['title', 'kind', 'mode', 'startsAt', 'endsAt'] as const) if (input[f] == null || input[f] === '') throw UserInputError.field(f, `event/${f === 'startsAt' || f === 'endsAt' ? 'time' : f}_required`);
    return this.write(async (tx) => {
      const event = tx.create(Event, { organisation: tx.getReference(Organisation, org.id), title: '', kind: input.kind!, mode: input.mode!, startsAt: new Date(), endsAt: new Date(), status: EventStatus.DRAFT, createdBy: tx.getReference(User, user.id) });
      await this.apply(tx, event, input);
      return event;
    });
  }

  async update(id: string, input: EventInput): Promise<Event> {
    return this.write(async (tx, changes, mails) => {
      const event = await this.locked(tx, id);
      authorize(this.viewer, managesEvent(this.viewer, event));
      assertEventEditable(event);
      const mode = event.mode;
      await this.apply(tx, event, input);
      // Into or out of HYBRID: the room and online places are grouped anew.
      if (event.mode !== mode) {
        // Reserved seats are the room's in a HYBRID event: those online give theirs up (they keep a general seat).
        const main = mainAttendance(event);
        if (main) await tx.nativeUpdate(Registration, { event, reservedSeat: true, attendance: { $ne: main } }, { reservedSeat: false });
        recount(event, await tx.execute<{ attendance: AttendanceMode; status: RegistrationStatus; reserved: boolean; n: number }[]>(`select attendance, status, reserved_seat as reserved, count(*)::int as n from registration where event_id = ? group by 1, 2, 3`, [event.id]));
      }
      await this.promote(tx, event, changes, mails);
      changes.push(countsChange(event));
      return event;
    });
  }

  /** Publishes a draft; followers of its topics or municipalities are told. */
  async publish(id: string): Promise<Event> {
    return this.write(async (tx, changes) => {
      const event = await this.locked(tx, id);
      authorize(this.viewer, managesEvent(this.viewer, event));
      moveEvent(event, 'publish');
      await tx.populate(event, ['topics', 'municipalities']);
      const followers = await tx.find(Follow, {
        $or: [{ topic: { $in: event.topics.getIdentifiers() as string[] } }, { municipality: { $in: event.municipalities.getIdentifiers() as string[] } }],
      });
      const userIds = [...new Set(followers.map((f) => f.user.id))].filter((u) => u !== this.viewer.id);
      changes.push(...(await notify(tx, userIds, NotificationType.NEW_EVENT, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() })));
      changes.push(countsChange(event), frontPageChange('event', event.id));
      return event;
    });
  }

  /** Cancels the event; everyone registered hears it in the inbox and by e-mail. */
  async cancel(id: string, reason: string | null | undefined): Promise<Event> {
    return this.write(async (tx, changes, mails) => {
      const event = await this.locked(tx, id);
      authorize(this.viewer, managesEvent(this.viewer, event));
      if ((reason?.length ?? 0) > 2000) throw UserInputError.field('reason', 'event/reason_length');
      const wasPublished = event.status === EventStatus.PUBLISHED;
      moveEvent(event, 'cancel');
      event.cancelReason = reason?.trim() || null;
      if (wasPublished) {
        const regs = await this.reachableRegistrations(tx, event);
        changes.push(...(await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_CANCELLED, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString(), excerpt: event.cancelReason ?? undefined })));
        for (const r of regs) mails.push(renderMail('eventCancelled', language(r), recipient(r), { event: event.title, when: osloReadable(event.startsAt), reason: event.cancelReason }));
        changes.push(frontPageChange('event', event.id));
      }
      changes.push(countsChange(event));
      return event;
    });
  }

  /** A draft copy of the event, a week later by default. */
  async duplicate(id: string): Promise<Event> {
    const source = await this.get(id);
    authorize(this.viewer, managesEvent(this.viewer, source));
    const [copy] = await this.copies(source, SeriesFrequency.WEEKLY, 1, false);
    return copy!;
  }

  /** `count` further events, a week or a month apart in Oslo time, sharing a series id with the source. */
  async createSeries(id: string, frequency: SeriesFrequency, count: number): Promise<Event[]> {
    if (!Number.isInteger(count) || count < 1 || count > 52) throw UserInputError.field('count', 'event/series_count');
    const source = await this.get(id);
    authorize(this.viewer, managesEvent(this.viewer, source));
    return this.copies(source, frequency, count, true);
  }

  private async copies(source: Event, frequency: SeriesFrequency, count: number, series: boolean): Promise<Event[]> {
    await this.ctx.em.populate(source, ['topics', 'municipalities']);
    return this.write(async (tx) => {
      const seriesId = series ? (source.seriesId ?? randomUUID()) : null;
      if (series && !source.seriesId) (await tx.findOneOrFail(Event, { id: source.id })).seriesId = seriesId;
      const made: Event[] = [];
      for (let i = 1; i <= count; i++) {
        const shift = (d: Date | null | undefined) => (d ? addOsloLocal(d, frequency, i) : null);
        const copy = tx.create(Event, {
          organisation: tx.getReference(Organisation, source.organisation.id),
          title: source.title,
          description: source.description,
          descriptionHtml: source.descriptionHtml,
          kind: source.kind,
          mode: source.mode,
          venueName: source.venueName,
          venueAddress: source.venueAddress,
          meetingUrl: source.meetingUrl,
          audience: [...source.audience],
          language: source.language,
          capacity: source.capacity,
          onlineCapacity: source.onlineCapacity,
          registrationRequired: source.registrationRequired,
          externalRegistrationUrl: source.externalRegistrationUrl,
          questions: source.questions.map((q) => ({ ...q, options: [...q.options] })),
          remindersEnabled: source.remindersEnabled,
          reservedSeats: source.reservedSeats,
          reservedForKind: source.reservedForKind,
          reservedUntil: shift(source.reservedUntil),
          startsAt: shift(source.startsAt)!,
          endsAt: shift(source.endsAt)!,
          registrationOpensAt: shift(source.registrationOpensAt),
          registrationClosesAt: shift(source.registrationClosesAt),
          status: EventStatus.DRAFT,
          seriesId,
          createdBy: this.viewer.id ? tx.getReference(User, this.viewer.id) : null,
        });
        copy.topics.set(source.topics.getItems().map((t) => tx.getReference(Topic, t.slug)));
        copy.municipalities.set(source.municipalities.getItems().map((m) => tx.getReference(Municipality, m.number)));
        made.push(copy);
      }
      return made;
    });
  }

  /**
   * A registration, decided under a lock on the event row: registrations for one event queue up, so the
   * seat count can never be overtaken — with 50 at once for 10 seats exactly 10 get CONFIRMED and the rest
   * WAITLISTED, in the order they got the lock. A guest's registration is PENDING (no seat, not counted) until
   * the e-mailed link confirms it (`confirmGuest`); guests are rate-limited per IP and per event.
   */
  async register(eventId: string, guest?: { name: string; email: string; language?: Language }, choices: RegistrationChoices = {}): Promise<{ registration: Registration; token?: string }> {
    const { attendance: asked, answers } = choices;
    const user = guest ? null : this.viewer.requireUser();
    const guestEmail = guest ? normaliseEmail('email', guest.email) : null;
    const guestName = guest?.name.trim() ?? null;
    if (guest && (!guestName || guestName.length > 120)) throw UserInputError.field('name', 'validation/name_length');
    if (guest) await countGuestRegistration(this.ctx.em, this.ctx.http?.req.ip ?? 'websocket', eventId);
    const token = guest ? newToken() : undefined;
    const result = await this.write(async (tx, changes, mails) => {
      const event = await this.locked(tx, eventId);
      const refusal = registrationRefusal(event);
      if (refusal === 'event/not_found') throw new NotFoundError('event');
      if (refusal) throw new ConflictError(refusal);
      // A lapsed registration by the same address must not stand in the way of a new one.
      if (guestEmail) await expireUnconfirmedGuests(tx, { eventId: event.id, email: guestEmail });
      const already = await tx.count(Registration, {
        event,
        status: { $in: [...LIVE_STATUSES] },
        ...(user ? { user: user.id } : { guestEmail }),
      });
      if (already) throw new ConflictError('event/already_registered');
      const checkedAnswersGiven = checkedAnswers(event.questions, answers);
      const attendance = attendanceFor(event, asked);
      const qualifies = !!user && (await qualifiesForReserved(tx, event, user.id));
      const { organisation, municipality } = await this.registrantFrom(tx, choices, !!guest);
      const seat = guest ? null : seatFor(event, poolOf(event, attendance), qualifies);
      const status = guest ? RegistrationStatus.PENDING : seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      const registration = tx.create(Registration, {
        event,
        user: user ? tx.getReference(User, user.id) : null,
        guestName,
        guestEmail,
        guestLanguage: guest?.language ?? null,
        tokenHash: token ? hashToken(this.ctx.config.sessionSecret, token) : null,
        status,
        attendance,
        answers: checkedAnswersGiven.length ? checkedAnswersGiven : null,
        qualifiesForReserved: qualifies,
        organisation,
        municipality,
      });
      enter(event, registration, seat);
      // A pending guest changes no count, so the live seat count has nothing to tell.
      if (status !== RegistrationStatus.PENDING) changes.push(countsChange(event));
      if (guest && token) {
        mails.push(renderMail('eventGuestRegistration', guest.language ?? Language.nb, guestEmail!, { event: event.title, when: osloReadable(event.startsAt), link: `${this.ctx.config.publicUrl}/pamelding?token=${encodeURIComponent(token)}` }));
      }
      return registration;
    });
    return { registration: result, token };
  }

  /** A guest's registration from the link's token: the random one of the first mail, or one a later mail made (`guestManageToken`). */
  /**
   * Where the registrant comes from, for the attendance figures: a user's organisation must be one of theirs (the
   * only one when none is named), the municipality any (the organisation's own when it serves just one).
   */
  private async registrantFrom(tx: EntityManager, choices: RegistrationChoices, guest: boolean): Promise<{ organisation: Organisation | null; municipality: Municipality | null }> {
    // A guest registration says nothing of the organisations of whoever sent it.
    const mine = this.viewer.signedIn && !guest ? [...this.viewer.organisationIds()] : [];
    const organisationId = choices.organisationId ?? (mine.length === 1 ? mine[0]! : null);
    if (choices.organisationId && !mine.includes(choices.organisationId)) throw UserInputError.field('organisationId', 'registration/organisation_invalid');
    const organisation = organisationId ? await tx.findOneOrFail(Organisation, { id: organisationId }, { populate: ['municipalities'] }) : null;
    let municipality: Municipality | null = null;
    if (choices.municipalityNumber) [municipality] = (await municipalitiesByNumber(tx, [choices.municipalityNumber], 'municipalityNumber')) as [Municipality];
    else if (organisation?.municipalities.length === 1) municipality = organisation.municipalities.getItems()[0]!;
    return { organisation, municipality };
  }

  async guestRegistration(token: string): Promise<Registration> {
    const secret = this.ctx.config.sessionSecret;
    const derived = /^([0-9a-f-]{36})_([A-Za-z0-9_-]{43})$/.exec(token);
    const r = derived
      ? sameToken(derived[0], guestManageToken(secret, derived[1]!)) ? await this.ctx.em.findOne(Registration, { id: derived[1]!, user: null }, { populate: ['event'] }) : null
      : await this.ctx.em.findOne(Registration, { tokenHash: hashToken(secret, token) }, { populate: ['event'] });
    if (!r) throw UserInputError.field('token', 'registration/token_invalid');
    return r;
  }

  /**
   * The guest confirms the e-mail: only now do they take a seat, or a place at the end of the waitlist when the
   * seats are taken, under the event lock as `register` (so confirmations and registrations never overbook).
   * Confirming again answers the registration as it is.
   */
  async confirmGuest(token: string): Promise<Registration> {
    const found = await this.guestRegistration(token);
    return this.write(async (tx, changes) => {
      const event = await this.locked(tx, found.event.id);
      const r = await tx.findOneOrFail(Registration, { id: found.id }, { refresh: true });
      if (r.status === RegistrationStatus.CONFIRMED || r.status === RegistrationStatus.WAITLISTED) {
        r.guestEmailConfirmed = true;
        return r;
      }
      if (r.status === RegistrationStatus.PENDING) {
        if (pendingLapsed(r)) throw new ConflictError('registration/expired');
        if (event.status === EventStatus.CANCELLED) throw new ConflictError('event/cancelled');
      }
      const seat = seatFor(event, poolOf(event, r.attendance), false);
      move(event, r, seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, seat);
      r.guestEmailConfirmed = true;
      // The place in line is taken now, not at the first click: a later confirmation queues behind those already waiting.
      const [next] = await tx.execute<{ seq: string }[]>(`select nextval(pg_get_serial_sequence('registration', 'seq'))::text as seq`);
      r.seq = next!.seq;
      changes.push(countsChange(event));
      return r;
    });
  }

  async cancelByToken(token: string): Promise<Registration> {
    const r = await this.guestRegistration(token);
    return this.cancelRegistration(r.id, true);
  }

  /** Cancels a place (the registrant, or the organiser); the first on the waitlist moves up and is told. */
  async cancelRegistration(id: string, byToken = false): Promise<Registration> {
    return this.write(async (tx, changes, mails) => {
      const found = isUuid(id) ? await tx.findOne(Registration, { id }) : null;
      if (!found) throw new NotFoundError('registration');
      const event = await this.locked(tx, found.event.id);
      const r = await tx.findOneOrFail(Registration, { id }, { refresh: true });
      if (!byToken) authorize(this.viewer, (!!this.viewer.id && r.user?.id === this.viewer.id) || managesEvent(this.viewer, event));
      const counted = r.status !== RegistrationStatus.PENDING;
      move(event, r, RegistrationStatus.CANCELLED);
      r.cancelledAt = new Date();
      if (counted) {
        await this.promote(tx, event, changes, mails);
        changes.push(countsChange(event));
      }
      return r;
    });
  }

  private promote(tx: EntityManager, event: Event, changes: NewChange[], mails: Mail[]) {
    return promoteWaitlist(tx, event, changes, mails, this.ctx.config.publicUrl);
  }

  async attendees(eventId: string): Promise<Registration[]> {
    const event = await this.get(eventId);
    authorize(this.viewer, managesEvent(this.viewer, event));
    return this.ctx.em.find(Registration, { event }, { orderBy: { seq: 'asc' }, populate: ['user'] });
  }

  /** Whether the viewer may take the event's reserved seats (read once per operation and organisation kind). */
  viewerQualifies(event: Pick<Event, 'reservedSeats' | 'reservedForKind'>): MaybePromise<boolean> {
    if (!this.viewer.id || !event.reservedSeats || !event.reservedForKind) return false;
    return viewerQualifiesFor(this.ctx).get(event.reservedForKind);
  }

  /** Batched per operation: a list page asks once for all its events, not once per event. */
  viewerRegistration(event: Pick<Event, 'id'>): MaybePromise<View<Registration> | null> {
    if (!this.viewer.id) return null;
    return viewerRegistrations(this.ctx).get(event.id);
  }

  /** Reads the viewer's registrations for these events ahead of their fields (`preloadCardFields`). */
  private async viewerRegistrations(eventIds: string[]): Promise<void> {
    if (this.viewer.id) await viewerRegistrations(this.ctx).preload(eventIds);
  }

  /** E-mails (and, for users, puts in the inbox) a message from the organiser to everyone registered. */
  async messageRegistrants(eventId: string, subject: string, body: string): Promise<number> {
    if (!subject.trim() || subject.length > 200) throw UserInputError.field('subject', 'event/subject_length');
    if (!body.trim() || body.length > 10_000) throw UserInputError.field('body', 'event/body_length');
    return this.write(async (tx, changes, mails) => {
      const event = await this.get(eventId, tx);
      authorize(this.viewer, managesEvent(this.viewer, event));
      await assertMayMailOutsiders(this.ctx, tx, event.organisation.id, 'registrantMessage');
      const regs = await this.reachableRegistrations(tx, event);
      changes.push(...(await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_MESSAGE, { eventId: event.id, title: subject.trim(), excerpt: body.slice(0, 140) })));
      for (const r of regs) mails.push(renderMail('eventMessage', language(r), recipient(r), { event: event.title, subject: subject.trim(), body }));
      return regs.length;
    });
  }

  /**
   * Attaches the recording link and materials. The first time there is something (a recording or materials), the
   * confirmed registrants are told: in the inbox (users) and by e-mail (users who have not turned the type off,
   * and guests). The mail links to the event page, never to the organiser's link itself. Later edits tell nobody.
   */
  async attachMaterials(eventId: string, recordingUrl: string | null | undefined, materials: string | null | undefined): Promise<Event> {
    return this.write(async (tx, changes, mails) => {
      const event = await this.locked(tx, eventId);
      authorize(this.viewer, managesEvent(this.viewer, event));
      if (!takesMaterials(event)) throw new ConflictError('event/not_published');
      if (recordingUrl != null) event.recordingUrl = recordingUrl.trim() ? checkUrl('recordingUrl', recordingUrl) : null;
      if (materials != null) {
        if (materials.length > 20_000) throw UserInputError.field('materials', 'event/materials_length');
        event.materials = materials;
        event.materialsHtml = renderMarkdown(materials);
      }
      if (!event.materialsNotifiedAt && (event.recordingUrl || event.materials.trim())) {
        event.materialsNotifiedAt = new Date();
        const regs = await tx.find(Registration, { event, status: RegistrationStatus.CONFIRMED }, { populate: ['user'] });
        const told = await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_MATERIALS, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() });
        changes.push(...told);
        const inbox = new Set(told.map((c) => c.topic));
        const link = `${this.ctx.config.publicUrl}/arrangementer/${event.id}`;
        for (const r of regs) {
          if (r.user && !inbox.has(userTopic(r.user.id))) continue;
          mails.push(renderMail('eventMaterials', language(r), recipient(r), { event: event.title, when: osloReadable(event.startsAt), link }));
        }
      }
      changes.push({ topic: eventTopic(event.id), type: 'event.updated', payload: {} });
      return event;
    });
  }

  /** Deletes the answers to the event's questions now (the organisers; otherwise done 90 days after the event). */
  async deleteAnswers(eventId: string): Promise<Event> {
    return this.write(async (tx, changes) => {
      const event = await this.locked(tx, eventId);
      authorize(this.viewer, managesEvent(this.viewer, event));
      await tx.execute('update registration set answers = null where event_id = ? and answers is not null', [event.id]);
      event.answersDeletedAt = new Date();
      changes.push({ topic: eventTopic(event.id), type: 'event.updated', payload: {} });
      return event;
    });
  }

  async setFollows(topicSlugs: string[], municipalityNumbers: string[]): Promise<Follow[]> {
    const user = this.viewer.requireUser();
    const topics = await topicsBySlug(this.ctx.em, topicSlugs);
    const municipalities = await municipalitiesByNumber(this.ctx.em, municipalityNumbers);
    return this.ctx.em.transactional(async (tx) => {
      await tx.nativeDelete(Follow, { user: user.id });
      const ref = tx.getReference(User, user.id);
      const follows = [...topics.map((topic) => tx.create(Follow, { user: ref, topic })), ...municipalities.map((municipality) => tx.create(Follow, { user: ref, municipality }))];
      await tx.flush();
      return follows;
    });
  }

  /** Those an organiser's message or a cancellation is sent to. */
  private reachableRegistrations(tx: EntityManager, event: Event) {
    return tx.find(Registration, { event, status: { $in: [...REACHABLE_STATUSES] } }, { populate: ['user'] });
  }

  /** The event row, locked for this transaction. */
  private async locked(tx: EntityManager, id: string): Promise<Event> {
    const event = isUuid(id) ? await tx.findOne(Event, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!event || !eventVisible(this.viewer, event)) throw new NotFoundError('event');
    return event;
  }

  /** Applies and checks the given fields: times in Oslo, end after start, window inside sensible bounds. */
  private async apply(tx: EntityManager, event: Event, input: EventInput) {
    if (input.title != null) event.title = input.title.trim();
    if (event.title.length < 3) throw UserInputError.field('title', 'event/title_length');
    if (input.description != null) {
      event.description = input.description;
      event.descriptionHtml = renderMarkdown(input.description);
    }
    if (input.kind) event.kind = input.kind;
    if (input.mode) event.mode = input.mode;
    const startedAt = event.startsAt?.getTime();
    if (input.startsAt) event.startsAt = osloLocalToInstant('startsAt', input.startsAt);
    // A moved event is reminded of at its new time.
    if (event.startsAt.getTime() !== startedAt) event.reminderDaySentAt = event.reminderHourSentAt = null;
    if (input.endsAt) event.endsAt = osloLocalToInstant('endsAt', input.endsAt);
    if (event.endsAt <= event.startsAt) throw UserInputError.field('endsAt', 'event/ends_before_start');
    if (input.venueName != null) event.venueName = input.venueName.trim() || null;
    if (input.venueAddress != null) event.venueAddress = input.venueAddress.trim() || null;
    if (input.meetingUrl != null) event.meetingUrl = input.meetingUrl.trim() ? checkUrl('meetingUrl', input.meetingUrl) : null;
    if (event.mode !== EventMode.ONLINE && !event.venueAddress && !event.venueName) throw UserInputError.field('venueAddress', 'event/venue_required');
    if (input.audience != null) event.audience = [...new Set(input.audience.map((a) => a.trim()).filter(Boolean))];
    if (input.language != null) event.language = input.language.trim().toLowerCase();
    if (input.capacity != null) event.capacity = input.capacity === 0 ? null : input.capacity;
    if (input.onlineCapacity != null) event.onlineCapacity = input.onlineCapacity === 0 ? null : input.onlineCapacity;
    if (input.registrationRequired != null) event.registrationRequired = input.registrationRequired;
    if (input.externalRegistrationUrl != null) event.externalRegistrationUrl = input.externalRegistrationUrl.trim() ? checkUrl('externalRegistrationUrl', input.externalRegistrationUrl) : null;
    if (input.registrationOpensAt != null) event.registrationOpensAt = input.registrationOpensAt ? osloLocalToInstant('registrationOpensAt', input.registrationOpensAt) : null;
    if (input.registrationClosesAt != null) event.registrationClosesAt = input.registrationClosesAt ? osloLocalToInstant('registrationClosesAt', input.registrationClosesAt) : null;
    if (event.registrationOpensAt && event.registrationClosesAt && event.registrationClosesAt <= event.registrationOpensAt) throw UserInputError.field('registrationClosesAt', 'event/window_invalid');
    if (event.registrationClosesAt && event.registrationClosesAt > event.endsAt) throw UserInputError.field('registrationClosesAt', 'event/window_after_end');
    if (input.reservedSeats != null) event.reservedSeats = input.reservedSeats || null;
    if (input.reservedForKind !== undefined) event.reservedForKind = input.reservedForKind;
    if (input.reservedUntil != null) event.reservedUntil = input.reservedUntil ? osloLocalToInstant('reservedUntil', input.reservedUntil) : null;
    if (event.reservedSeats) {
      if (!event.capacity || event.reservedSeats > event.capacity) throw UserInputError.field('reservedSeats', 'event/reserved_invalid');
      if (!event.reservedForKind) throw UserInputError.field('reservedForKind', 'event/reserved_kind_required');
      if (!event.reservedUntil) throw UserInputError.field('reservedUntil', 'event/reserved_until_required');
      if (event.reservedUntil > event.startsAt) throw UserInputError.field('reservedUntil', 'event/reserved_until_after_start');
      // A new or later date holds the seats again: the release job looks at it anew.
      if (event.reservationReleasedAt && event.reservedUntil > event.reservationReleasedAt) event.reservationReleasedAt = null;
    }
    if (input.remindersEnabled != null) event.remindersEnabled = input.remindersEnabled;
    if (input.questions != null) event.questions = checkedQuestions(input.questions, event.questions);
    if (input.topicSlugs != null) event.topics.set(await topicsBySlug(tx, input.topicSlugs));
    if (input.municipalityNumbers != null) event.municipalities.set(await municipalitiesByNumber(tx, input.municipalityNumbers));
  }
}

function countsChange(event: Event): NewChange {
  return {
    topic: eventTopic(event.id),
    type: 'registration.changed',
    payload: {
      confirmed: event.confirmedCount,
      waitlisted: event.waitlistCount,
      onlineConfirmed: event.onlineConfirmedCount,
      onlineWaitlisted: event.onlineWaitlistCount,
      reservedConfirmed: event.reservedConfirmedCount,
      status: event.status,
    },
  };
}

/**
 * A guest's manage link token that a later mail (a reminder) can make again without storing it: the registration id
 * and an HMAC of it under SESSION_SECRET, so only the server can make one. The first mail's random token stays valid.
 */
export function guestManageToken(secret: string, registrationId: string): string {
  return `${registrationId}_${createHmac('sha256', secret).update(`guest-registration:${registrationId}`).digest('base64url')}`;
}

function sameToken(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * Fills free seats from each waitlist (room and online apart), first come first served; a seat still reserved goes
 * to the first waiting who qualifies for it. Those promoted are told (inbox and e-mail). Run under the event lock.
 */
export async function promoteWaitlist(tx: EntityManager, event: Event, changes: NewChange[], mails: Mail[], publicUrl: string): Promise<void> {
  for (const { pool, attendance } of poolsOf(event)) {
    while (event.status === EventStatus.PUBLISHED && waitlisted(event, pool) > 0 && seatFree(event, pool, true)) {
      const onlyQualified = !seatFree(event, pool, false);
      const next = await tx.findOne(
        Registration,
        { event, status: RegistrationStatus.WAITLISTED, ...(attendance ? { attendance } : {}), ...(onlyQualified ? { qualifiesForReserved: true } : {}) },
        { orderBy: { seq: 'asc' }, populate: ['user'] },
      );
      if (!next) break;
      move(event, next, RegistrationStatus.CONFIRMED, seatFor(event, pool, next.qualifiesForReserved));
      const about = { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() };
      if (next.user) changes.push(...(await notify(tx, [next.user.id], NotificationType.EVENT_PROMOTED, about)));
      mails.push(renderMail('eventPromoted', language(next), recipient(next), { event: event.title, when: osloReadable(event.startsAt), link: `${publicUrl}/arrangementer/${event.id}` }));
    }
  }
}

/**
 * Releases reserved seats whose date has passed (the frequent job, in every process): each such event, under its
 * row lock, moves its waitlist up into the seats nobody claimed (those promoted are told) and is marked released,
 * once. Mails are queued in the same transaction. Returns how many events it released.
 */
export async function releaseReservedSeats(em: EntityManager, services: { mailer: Mailer; publicUrl: string }, now = new Date()): Promise<number> {
  const due = await em.find(Event, { reservedUntil: { $lte: now }, reservationReleasedAt: null, reservedSeats: { $gt: 0 }, status: EventStatus.PUBLISHED }, { fields: ['id'] });
  let released = 0;
  for (const { id } of due) {
    await em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const event = await tx.findOneOrFail(Event, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (event.reservationReleasedAt || !event.reservedUntil || event.reservedUntil > now) return;
      event.reservationReleasedAt = now;
      const changes: NewChange[] = [];
      const mails: Mail[] = [];
      await promoteWaitlist(tx, event, changes, mails, services.publicUrl);
      changes.push(countsChange(event));
      for (const m of mails) await services.mailer.send(m, tx);
      await tx.flush();
      await recordChanges(tx, changes);
      released++;
    });
  }
  return released;
}

/** Whether the user may take a seat reserved for the event's organisation kind: a member of a verified organisation
 * of that kind. Asked only while the event reserves seats. */
async function qualifiesForReserved(tx: EntityManager, event: Pick<Event, 'reservedSeats' | 'reservedForKind'>, userId: string): Promise<boolean> {
  if (!event.reservedSeats || !event.reservedForKind) return false;
  const [row] = await tx.execute<{ yes: boolean }[]>(
    `select exists (select 1 from membership m join organisation o on o.id = m.organisation_id where m.user_id = ? and o.kind = ? and o.verification_status = ?) as yes`,
    [userId, event.reservedForKind, VerificationStatus.VERIFIED],
  );
  return !!row?.yes;
}

/** A PENDING guest registration older than PENDING_HOURS no longer counts for anything. */
function pendingLapsed(r: Pick<Registration, 'status' | 'createdAt'>, now = Date.now()): boolean {
  return r.status === RegistrationStatus.PENDING && now - r.createdAt.getTime() > PENDING_HOURS * 3_600_000;
}

/**
 * Marks unconfirmed guest registrations older than PENDING_HOURS as EXPIRED (all of them: the hourly sweep; or one
 * address at one event, before it registers again). They held no seat, so no count changes. Returns how many.
 */
export async function expireUnconfirmedGuests(em: EntityManager, only?: { eventId: string; email: string }): Promise<number> {
  const from = statusesLeadingTo(RegistrationStatus.EXPIRED);
  const rows = await em.execute<{ id: string }[]>(
    `update registration set status = ?, cancelled_at = now()
      where status = any(?::text[]) and created_at < now() - make_interval(hours => ?) ${only ? 'and event_id = ? and lower(guest_email) = lower(?)' : ''}
      returning id`,
    [RegistrationStatus.EXPIRED, pgArray(from), PENDING_HOURS, ...(only ? [only.eventId, only.email] : [])],
  );
  return rows.length;
}

/**
 * Deletes the answers of events that ended ANSWER_RETENTION_DAYS ago (the hourly job), in one statement; returns
 * how many events had answers deleted.
 */
export async function deleteExpiredAnswers(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `with due as (
       select e.id from event e
        where e.ends_at < now() - make_interval(days => ?)
          and exists (select 1 from registration r where r.event_id = e.id and r.answers is not null)),
     emptied as (update registration r set answers = null from due where r.event_id = due.id and r.answers is not null returning r.event_id)
     update event e set answers_deleted_at = now() from due where e.id = due.id and (select count(*) from emptied) >= 0 returning e.id`,
    [ANSWER_RETENTION_DAYS],
  );
  return rows.length;
}

/**
 * The meeting link as `viewer` may see it: organisers always; everyone, for a published event that needs no
 * registration; else only a CONFIRMED registrant who takes part online (in a HYBRID event, not those in the room).
 * Registration elsewhere (`externalRegistrationUrl`) leaves the link to the organisers, who know who registered.
 * The one rule for the API, the guest's page, reminders and the iCal feeds (public feeds pass null, the personal
 * feed the user's registration).
 */
export function meetingUrlFor(
  event: Pick<Event, 'meetingUrl' | 'registrationRequired' | 'status' | 'mode'> & { externalRegistrationUrl?: string | null },
  viewer: { manages?: boolean; registration?: Pick<Registration, 'status' | 'attendance'> | null } | null,
): string | null {
  if (!event.meetingUrl) return null;
  if (viewer?.manages) return event.meetingUrl;
  if (event.status !== EventStatus.PUBLISHED || event.externalRegistrationUrl) return null;
  if (!event.registrationRequired) return event.meetingUrl;
  const r = viewer?.registration;
  if (r?.status !== RegistrationStatus.CONFIRMED) return null;
  return event.mode === EventMode.HYBRID && r.attendance !== AttendanceMode.ONLINE ? null : event.meetingUrl;
}

function recipient(r: Registration): string {
  return r.user?.email ?? r.guestEmail!;
}

function language(r: Registration): Language {
  return r.user?.preferredLanguage ?? r.guestLanguage ?? Language.nb;
}

function checkUrl(field: string, url: string): string {
  const trimmed = url.trim();
  if (!/^https:\/\/[^\s]+\.[^\s]+$/i.test(trimmed)) throw UserInputError.field(field, 'validation/url_invalid');
  return trimmed;
}

/** Midnight in Oslo of a "YYYY-MM-DD" date, or BAD_USER_INPUT on `field`. */
export function osloDate(field: string, date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw UserInputError.field(field, 'validation/date_invalid');
  const d = fromZonedTime(`${date}T00:00`, OSLO);
  if (Number.isNaN(d.getTime())) throw UserInputError.field(field, 'validation/date_invalid');
  return d;
}
