import { randomUUID } from 'node:crypto';
import { assertEventEditable, moveEvent } from './event.states.js';
import { fromZonedTime } from 'date-fns-tz';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../../common/auth/policies.js';
import { frontPageChange } from '../../common/change-feed/topics.js';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { relatedRowsColumn, rememberRelated } from '../../common/read-model/loaded.js';
import { linkedIdsColumns, listViews, pageOfRows, viewColumns, Where, type Link, type View } from '../../common/read-model/rows.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { addOsloLocal, OSLO, osloLocalToInstant, osloReadable } from '../../common/time.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { municipalitiesByNumber, topicsBySlug } from '../reference/reference.service.js';
import { Topic } from '../reference/topic.entity.js';
import { AttendanceMode, Event, EventMode, EventStatus, Follow, Registration, RegistrationStatus } from './event.entity.js';
import { EventAccess, eventVisible, managesEvent } from './event.access.js';
import { countsChange } from './event.changes.js';
import { checkedQuestions } from './questions.js';
import { mainAttendance, recount } from './registration.states.js';
import { language, primeViewerRegistrations, promoteWaitlist, reachableRegistrations, recipient, tellMeetingLink, viewerRegistrationColumn } from './registration.service.js';
import { EventTimeFilter, SeriesFrequency, type EventFilter, type EventInput } from './event.inputs.js';
import type { EventConnection } from './event.types.js';
import { assertShown, moderatedByStaff } from '../moderation/hidden.js';

/** An event as lists show it: its columns, its organisation as a reference (common/read-model/rows.ts). */
export type EventView = View<Event>;
export const EVENT_TOPICS: Link = { table: 'event_topic', owner: 'event_id', target: 'topic_slug' };
export const EVENT_MUNICIPALITIES: Link = { table: 'event_municipality', owner: 'event_id', target: 'municipality_number' };
const EVENT_LINKS = { topic_slugs: EVENT_TOPICS, municipality_numbers: EVENT_MUNICIPALITIES };
type EventRow = Record<string, unknown> & { id: string };

/**
 * Events themselves: reading one and listing them, creating, editing, publishing, cancelling, copying (a draft a
 * week later, or a series). Registrations are registration.service.ts's; the moves follow event.states.ts.
 */
export class EventService extends EventAccess {
  /** One event for its page, as a read-only view with its topic and municipality ids: one statement. */
  async view(id: string): Promise<EventView> {
    const card = this.cardColumns();
    const rows = isUuid(id) ? await this.ctx.em.execute<EventRow[]>(`select ${card.sql} from event e where e.id = ?`, [...card.params, id]) : [];
    const [event] = listViews(this.ctx, Event, rows, EVENT_LINKS);
    if (!event || !eventVisible(this.viewer, event)) throw new NotFoundError('event');
    await assertShown(this.ctx, moderatedByStaff(event));
    this.primeCardFields(rows);
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
    const card = this.cardColumns();
    const { rows, totalCount } = await pageOfRows<EventRow>(this.ctx.em, {
      select: card.sql,
      selectParams: card.params,
      from: 'event e',
      where,
      orderBy: `e.starts_at ${direction}, e.id asc`,
      first,
      offset,
    });
    const nodes = listViews(this.ctx, Event, rows, EVENT_LINKS);
    this.primeCardFields(rows);
    return { nodes, totalCount, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** What an event's card and page show, as columns of the statement that reads the event (`e`): its own, its topic
   * and municipality ids, its hosts' rows and the viewer's registration, so each card's fields answer without a
   * promise and with no statement of their own. */
  private cardColumns(): { sql: string; params: unknown[] } {
    const em = this.ctx.em;
    const registration = viewerRegistrationColumn(this.ctx, 'e');
    const hosts = relatedRowsColumn(em, Organisation, 'x.id = e.organisation_id or x.id = any(e.co_host_ids)', 'host_rows');
    return { sql: `${viewColumns(em, Event, 'e')}, ${linkedIdsColumns(EVENT_LINKS, 'e')}, ${hosts}, ${registration.sql}`, params: registration.params };
  }

  /** Records the hosts and registrations `cardColumns` read. */
  private primeCardFields(rows: EventRow[]): void {
    rememberRelated(this.ctx, Organisation, rows, 'host_rows');
    primeViewerRegistrations(this.ctx, rows);
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
      const event = await this.managed(tx, id);
      assertEventEditable(event);
      const mode = event.mode;
      const link = event.meetingUrl ?? null;
      await this.apply(tx, event, input);
      // Into or out of HYBRID: the room and online places are grouped anew.
      if (event.mode !== mode) {
        // Reserved seats are the room's in a HYBRID event: those online give theirs up (they keep a general seat).
        const main = mainAttendance(event);
        if (main) await tx.nativeUpdate(Registration, { event, reservedSeat: true, attendance: { $ne: main } }, { reservedSeat: false });
        recount(event, await tx.execute<{ attendance: AttendanceMode; status: RegistrationStatus; reserved: boolean; n: number }[]>(`select attendance, status, reserved_seat as reserved, count(*)::int as n from registration where event_id = ? group by 1, 2, 3`, [event.id]));
      }
      await promoteWaitlist(tx, event, changes, mails, this.ctx.config.publicUrl);
      // "The link to the webinar comes later": those with a seat who get the link hear of it, once per change.
      if (event.meetingUrl && event.meetingUrl !== link) await tellMeetingLink(tx, event, changes, mails, this.ctx.config, link !== null);
      changes.push(countsChange(event));
      return event;
    });
  }

  /** Publishes a draft; followers of its topics or municipalities are told. */
  async publish(id: string): Promise<Event> {
    return this.write(async (tx, changes) => {
      const event = await this.managed(tx, id);
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
      const event = await this.managed(tx, id);
      if ((reason?.length ?? 0) > 2000) throw UserInputError.field('reason', 'event/reason_length');
      const wasPublished = event.status === EventStatus.PUBLISHED;
      moveEvent(event, 'cancel');
      event.cancelReason = reason?.trim() || null;
      if (wasPublished) {
        const regs = await reachableRegistrations(tx, event);
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

export function checkUrl(field: string, url: string): string {
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
