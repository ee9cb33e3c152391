import { randomUUID } from 'node:crypto';
import { fromZonedTime } from 'date-fns-tz';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../../common/auth/policies.js';
import { hashToken, newToken } from '../../common/auth/tokens.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { eventTopic, type NewChange } from '../../common/change-feed/topics.js';
import { writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { assertMayMailOutsiders } from '../organisations/outsider-mail.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { preloadViews } from '../../common/read-model/loaded.js';
import type { MaybePromise } from '../../common/maybe-promise.js';
import { defineLoader } from '../../common/read-model/memo.js';
import { linkedIdsColumns, listViews, pageOfRows, pgArray, viewMapper, Where, type Link, type Row, type View } from '../../common/read-model/rows.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { addOsloLocal, OSLO, osloLocalToInstant, osloReadable } from '../../common/time.js';
import { normaliseEmail } from '../../common/validation.js';
import { sendMail, type Context } from '../../context.js';
import { Language, User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { municipalitiesByNumber, topicsBySlug } from '../reference/reference.service.js';
import { Topic } from '../reference/topic.entity.js';
import { AttendanceMode, Event, EventMode, EventStatus, Follow, Registration, RegistrationStatus } from './event.entity.js';
import { countGuestRegistration } from './guest-limiter.js';
import { attendanceFor, enter, LIVE_STATUSES, move, PENDING_HOURS, REACHABLE_STATUSES, poolOf, poolsOf, recount, registrationRefusal, seatFree, statusesLeadingTo, waitlisted } from './registration.states.js';
import { EventTimeFilter, SeriesFrequency, type EventFilter, type EventInput } from './event.inputs.js';
import type { EventConnection } from './event.types.js';

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
/** An event as lists show it: its columns, its organisation as a reference (common/read-model/rows.ts). */
export type EventView = View<Event>;
export const EVENT_TOPICS: Link = { table: 'event_topic', owner: 'event_id', target: 'topic_slug' };
export const EVENT_MUNICIPALITIES: Link = { table: 'event_municipality', owner: 'event_id', target: 'municipality_number' };
const EVENT_LINKS = { topic_slugs: EVENT_TOPICS, municipality_numbers: EVENT_MUNICIPALITIES };
type EventRow = Record<string, unknown> & { id: string };
type Mail = Parameters<typeof sendMail>[1];

/** Who may see an event (the rule of `event(id)`, and of every field that links to one): published and cancelled
 * events everyone, drafts those who manage them. */
export function eventVisible(viewer: Viewer, event: { status: EventStatus; organisation: { id: string } }): boolean {
  return event.status !== EventStatus.DRAFT || can.eventManage(viewer, event.organisation.id);
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
      else if (mine.length) visible.push(`(e.status = '${EventStatus.DRAFT}' and e.organisation_id = any(${where.array(mine, 'uuid')}))`);
    }
    where.add(`(${visible.join(' or ')})`);
    if (filter.kinds?.length) where.add(`e.kind = any(${where.array(filter.kinds, 'text')})`);
    if (filter.topic) where.linkedTo(EVENT_TOPICS, 'e', filter.topic);
    if (filter.municipality) where.linkedTo(EVENT_MUNICIPALITIES, 'e', filter.municipality);
    if (filter.organisationId) where.add(isUuid(filter.organisationId) ? `e.organisation_id = ${where.values([filter.organisationId])}` : 'false');
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
    await Promise.all([preloadViews(this.ctx, Organisation, events.map((e) => e.organisation.id)), this.viewerRegistrations(events.map((e) => e.id))]);
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
      authorize(this.viewer, can.eventManage(this.viewer, event.organisation.id));
      if (event.status === EventStatus.CANCELLED) throw new ConflictError('event/cancelled');
      const mode = event.mode;
      await this.apply(tx, event, input);
      // Into or out of HYBRID: the room and online places are grouped anew.
      if (event.mode !== mode) recount(event, await tx.execute<{ attendance: AttendanceMode; status: RegistrationStatus; n: number }[]>(`select attendance, status, count(*)::int as n from registration where event_id = ? group by 1, 2`, [event.id]));
      await this.promote(tx, event, changes, mails);
      changes.push(countsChange(event));
      return event;
    });
  }

  /** Publishes a draft; followers of its topics or municipalities are told. */
  async publish(id: string): Promise<Event> {
    return this.write(async (tx, changes) => {
      const event = await this.locked(tx, id);
      authorize(this.viewer, can.eventManage(this.viewer, event.organisation.id));
      if (event.status !== EventStatus.DRAFT) throw new ConflictError('event/not_draft');
      event.status = EventStatus.PUBLISHED;
      await tx.populate(event, ['topics', 'municipalities']);
      const followers = await tx.find(Follow, {
        $or: [{ topic: { $in: event.topics.getIdentifiers() as string[] } }, { municipality: { $in: event.municipalities.getIdentifiers() as string[] } }],
      });
      const userIds = [...new Set(followers.map((f) => f.user.id))].filter((u) => u !== this.viewer.id);
      changes.push(...(await notify(tx, userIds, NotificationType.NEW_EVENT, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() })));
      changes.push(countsChange(event));
      return event;
    });
  }

  /** Cancels the event; everyone registered hears it in the inbox and by e-mail. */
  async cancel(id: string, reason: string | null | undefined): Promise<Event> {
    return this.write(async (tx, changes, mails) => {
      const event = await this.locked(tx, id);
      authorize(this.viewer, can.eventManage(this.viewer, event.organisation.id));
      if (event.status === EventStatus.CANCELLED) throw new ConflictError('event/cancelled');
      if ((reason?.length ?? 0) > 2000) throw UserInputError.field('reason', 'event/reason_length');
      const wasPublished = event.status === EventStatus.PUBLISHED;
      event.status = EventStatus.CANCELLED;
      event.cancelReason = reason?.trim() || null;
      if (wasPublished) {
        const regs = await this.reachableRegistrations(tx, event);
        changes.push(...(await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_CANCELLED, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString(), excerpt: event.cancelReason ?? undefined })));
        for (const r of regs) mails.push(renderMail('eventCancelled', language(r), recipient(r), { event: event.title, when: osloReadable(event.startsAt), reason: event.cancelReason }));
      }
      changes.push(countsChange(event));
      return event;
    });
  }

  /** A draft copy of the event, a week later by default. */
  async duplicate(id: string): Promise<Event> {
    const source = await this.get(id);
    authorize(this.viewer, can.eventManage(this.viewer, source.organisation.id));
    const [copy] = await this.copies(source, SeriesFrequency.WEEKLY, 1, false);
    return copy!;
  }

  /** `count` further events, a week or a month apart in Oslo time, sharing a series id with the source. */
  async createSeries(id: string, frequency: SeriesFrequency, count: number): Promise<Event[]> {
    if (!Number.isInteger(count) || count < 1 || count > 52) throw UserInputError.field('count', 'event/series_count');
    const source = await this.get(id);
    authorize(this.viewer, can.eventManage(this.viewer, source.organisation.id));
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
  async register(eventId: string, guest?: { name: string; email: string; language?: Language }, asked?: AttendanceMode | null): Promise<{ registration: Registration; token?: string }> {
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
      const attendance = attendanceFor(event, asked);
      const status = guest ? RegistrationStatus.PENDING : seatFree(event, poolOf(event, attendance)) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      const registration = tx.create(Registration, {
        event,
        user: user ? tx.getReference(User, user.id) : null,
        guestName,
        guestEmail,
        tokenHash: token ? hashToken(this.ctx.config.sessionSecret, token) : null,
        status,
        attendance,
      });
      enter(event, registration);
      // A pending guest changes no count, so the live seat count has nothing to tell.
      if (status !== RegistrationStatus.PENDING) changes.push(countsChange(event));
      if (guest && token) {
        mails.push(renderMail('eventGuestRegistration', guest.language ?? Language.nb, guestEmail!, { event: event.title, when: osloReadable(event.startsAt), link: `${this.ctx.config.publicUrl}/pamelding?token=${encodeURIComponent(token)}` }));
      }
      return registration;
    });
    return { registration: result, token };
  }

  async guestRegistration(token: string): Promise<Registration> {
    const r = await this.ctx.em.findOne(Registration, { tokenHash: hashToken(this.ctx.config.sessionSecret, token) }, { populate: ['event'] });
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
      const to = seatFree(event, poolOf(event, r.attendance)) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      move(event, r, to);
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
      if (!byToken) authorize(this.viewer, (!!this.viewer.id && r.user?.id === this.viewer.id) || can.eventManage(this.viewer, event.organisation.id));
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

  /** Fills free seats from each waitlist (room and online apart), first come first served. Runs under the event lock. */
  private async promote(tx: EntityManager, event: Event, changes: NewChange[], mails: Mail[]) {
    for (const { pool, attendance } of poolsOf(event)) {
      while (event.status === EventStatus.PUBLISHED && seatFree(event, pool) && waitlisted(event, pool) > 0) {
        const next = await tx.findOne(Registration, { event, status: RegistrationStatus.WAITLISTED, ...(attendance ? { attendance } : {}) }, { orderBy: { seq: 'asc' }, populate: ['user'] });
        if (!next) break;
        move(event, next, RegistrationStatus.CONFIRMED);
        const about = { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() };
        if (next.user) changes.push(...(await notify(tx, [next.user.id], NotificationType.EVENT_PROMOTED, about)));
        mails.push(renderMail('eventPromoted', language(next), recipient(next), { event: event.title, when: osloReadable(event.startsAt), link: `${this.ctx.config.publicUrl}/arrangementer/${event.id}` }));
      }
    }
  }

  async attendees(eventId: string): Promise<Registration[]> {
    const event = await this.get(eventId);
    authorize(this.viewer, can.eventManage(this.viewer, event.organisation.id));
    return this.ctx.em.find(Registration, { event }, { orderBy: { seq: 'asc' }, populate: ['user'] });
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
      authorize(this.viewer, can.eventManage(this.viewer, event.organisation.id));
      await assertMayMailOutsiders(this.ctx, tx, event.organisation.id, 'registrantMessage');
      const regs = await this.reachableRegistrations(tx, event);
      changes.push(...(await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_MESSAGE, { eventId: event.id, title: subject.trim(), excerpt: body.slice(0, 140) })));
      for (const r of regs) mails.push(renderMail('eventMessage', language(r), recipient(r), { event: event.title, subject: subject.trim(), body }));
      return regs.length;
    });
  }

  async attachMaterials(eventId: string, recordingUrl: string | null | undefined, materials: string | null | undefined): Promise<Event> {
    return this.write(async (tx, changes) => {
      const event = await this.locked(tx, eventId);
      authorize(this.viewer, can.eventManage(this.viewer, event.organisation.id));
      if (recordingUrl != null) event.recordingUrl = recordingUrl.trim() ? checkUrl('recordingUrl', recordingUrl) : null;
      if (materials != null) {
        if (materials.length > 20_000) throw UserInputError.field('materials', 'event/materials_length');
        event.materials = materials;
        event.materialsHtml = renderMarkdown(materials);
      }
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
    if (input.startsAt) event.startsAt = osloLocalToInstant('startsAt', input.startsAt);
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
    if (input.registrationOpensAt != null) event.registrationOpensAt = input.registrationOpensAt ? osloLocalToInstant('registrationOpensAt', input.registrationOpensAt) : null;
    if (input.registrationClosesAt != null) event.registrationClosesAt = input.registrationClosesAt ? osloLocalToInstant('registrationClosesAt', input.registrationClosesAt) : null;
    if (event.registrationOpensAt && event.registrationClosesAt && event.registrationClosesAt <= event.registrationOpensAt) throw UserInputError.field('registrationClosesAt', 'event/window_invalid');
    if (event.registrationClosesAt && event.registrationClosesAt > event.endsAt) throw UserInputError.field('registrationClosesAt', 'event/window_after_end');
    if (input.topicSlugs != null) event.topics.set(await topicsBySlug(tx, input.topicSlugs));
    if (input.municipalityNumbers != null) event.municipalities.set(await municipalitiesByNumber(tx, input.municipalityNumbers));
  }
}

function countsChange(event: Event): NewChange {
  return {
    topic: eventTopic(event.id),
    type: 'registration.changed',
    payload: { confirmed: event.confirmedCount, waitlisted: event.waitlistCount, onlineConfirmed: event.onlineConfirmedCount, onlineWaitlisted: event.onlineWaitlistCount, status: event.status },
  };
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
 * The meeting link as `viewer` may see it: organisers always; everyone, for a published event that needs no
 * registration; else only a CONFIRMED registrant. The one rule for the API, the guest's page and the iCal feeds
 * (public feeds pass null, the personal feed the user's registration).
 */
export function meetingUrlFor(
  event: Pick<Event, 'meetingUrl' | 'registrationRequired' | 'status'>,
  viewer: { manages?: boolean; registration?: Pick<Registration, 'status'> | null } | null,
): string | null {
  if (!event.meetingUrl) return null;
  if (viewer?.manages) return event.meetingUrl;
  if (event.status !== EventStatus.PUBLISHED) return null;
  if (!event.registrationRequired) return event.meetingUrl;
  return viewer?.registration?.status === RegistrationStatus.CONFIRMED ? event.meetingUrl : null;
}

function recipient(r: Registration): string {
  return r.user?.email ?? r.guestEmail!;
}

function language(r: Registration): Language {
  return r.user?.preferredLanguage ?? Language.nb;
}

function checkUrl(field: string, url: string): string {
  const trimmed = url.trim();
  if (!/^https:\/\/[^\s]+\.[^\s]+$/i.test(trimmed)) throw UserInputError.field(field, 'validation/url_invalid');
  return trimmed;
}

function osloDate(field: string, date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw UserInputError.field(field, 'validation/date_invalid');
  const d = fromZonedTime(`${date}T00:00`, OSLO);
  if (Number.isNaN(d.getTime())) throw UserInputError.field(field, 'validation/date_invalid');
  return d;
}
