import { createHmac, timingSafeEqual } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../common/auth/policies.js';
import { hashToken, newToken } from '../../common/auth/tokens.js';
import { recordChanges } from '../../common/change-feed/write.js';
import { userTopic, type NewChange } from '../../common/change-feed/topics.js';
import type { Mailer } from '../../common/mail/mailer.js';
import { renderMail } from '../../common/mail/templates.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import type { MaybePromise } from '../../common/maybe-promise.js';
import { relatedRowsColumn } from '../../common/read-model/loaded.js';
import { defineKeyedLoader, defineLoader } from '../../common/read-model/memo.js';
import { pgArray, viewMapper, type Row, type View } from '../../common/read-model/rows.js';
import { isUuid } from '../../common/sql.js';
import { osloReadable } from '../../common/time.js';
import { normaliseEmail } from '../../common/validation.js';
import type { Context, sendMail } from '../../context.js';
import { Language, User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { assertMayMailOutsiders } from '../organisations/outsider-mail.js';
import { Organisation, OrganisationKind, VerificationStatus } from '../organisations/organisation.entity.js';
import type { Municipality } from '../reference/municipality.entity.js';
import { municipalitiesByNumber } from '../reference/reference.service.js';
import { EventAccess, managesEvent } from './event.access.js';
import { countsChange } from './event.changes.js';
import { AttendanceMode, Event, EventMode, EventStatus, Registration, RegistrationStatus } from './event.entity.js';
import { countGuestRegistration } from './guest-limiter.js';
import { checkedAnswers, type RegistrationAnswerInput } from './questions.js';
import { attendanceFor, enter, LIVE_STATUSES, move, PENDING_HOURS, REACHABLE_STATUSES, poolOf, poolsOf, registrationRefusal, seatFor, seatFree, statusesLeadingTo, waitlisted } from './registration.states.js';

/** The viewer's live registrations by event, one statement for all the events asked about in a tick. Rows into
 * views: em.find here cost a signed-in event list a quarter of its CPU. */
const viewerRegistrations = defineLoader(async (ctx: Context, ids: readonly string[]) => {
  const userId = ctx.viewer.requireId();
  const view = viewMapper(ctx.em, Registration);
  const rows = await ctx.em.execute<(Row & { event_id: string })[]>(
    'select * from registration where event_id = any(?::uuid[]) and user_id = ? and status = any(?::text[])',
    [pgArray(ids), userId, pgArray(LIVE_STATUSES)],
  );
  const byEvent = new Map(rows.map((row) => [row.event_id, view(row)]));
  return ids.map((id) => byEvent.get(id) ?? null);
});
/**
 * A column for a statement reading events (as `alias`): the viewer's live registration of each (at most one: the
 * unique index registration_active_user), with its parameters, which come ahead of the statement's others; none for
 * an anonymous viewer. `primeViewerRegistrations` records what it read.
 */
export function viewerRegistrationColumn(ctx: Context, alias: string): { sql: string; params: unknown[] } {
  if (!ctx.viewer.id) return { sql: `'[]'::json as registration_rows`, params: [] };
  const condition = `x.event_id = ${alias}.id and x.user_id = ?::uuid and x.status = any(?::text[])`;
  return { sql: relatedRowsColumn(ctx.em, Registration, condition, 'registration_rows'), params: [ctx.viewer.id, pgArray(LIVE_STATUSES)] };
}

/** Records the viewer's registrations read with `viewerRegistrationColumn`, so the events' fields answer at once. */
export function primeViewerRegistrations(ctx: Context, rows: readonly { id: string; registration_rows?: unknown }[]): void {
  if (!ctx.viewer.id) return;
  const [loader, view] = [viewerRegistrations(ctx), viewMapper(ctx.em, Registration)];
  for (const row of rows) {
    const [registration] = row.registration_rows as Row[];
    loader.prime(row.id, registration ? view(registration) : null);
  }
}

/** Whether the viewer is a member of a verified organisation of a kind (reserved seats), once per kind and operation. */
const viewerQualifiesFor = defineKeyedLoader((ctx: Context, kind: OrganisationKind) => qualifiesForReserved(ctx.em, { reservedSeats: 1, reservedForKind: kind }, ctx.viewer.requireId()));
/** What a registrant chooses besides the seat: how to take part, the answers, and where they come from. */
export interface RegistrationChoices {
  attendance?: AttendanceMode | null;
  answers?: readonly RegistrationAnswerInput[] | null;
  organisationId?: string | null;
  municipalityNumber?: string | null;
}
export type Mail = Parameters<typeof sendMail>[1];

/**
 * Registrations: a user's or a guest's (confirmed by the e-mailed link), cancelling, the waitlist moving up, the
 * seats reserved for an organisation kind, and the organisers' message to everyone registered. Every seat is
 * decided under the event's row lock; the moves follow registration.states.ts.
 */
export class RegistrationService extends EventAccess {
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

  /** A guest's registration from the link's token: the random one of the first mail, or one a later mail made (`guestManageToken`). */
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

  /** E-mails (and, for users, puts in the inbox) a message from the organiser to everyone registered. */
  async messageRegistrants(eventId: string, subject: string, body: string): Promise<number> {
    if (!subject.trim() || subject.length > 200) throw UserInputError.field('subject', 'event/subject_length');
    if (!body.trim() || body.length > 10_000) throw UserInputError.field('body', 'event/body_length');
    return this.write(async (tx, changes, mails) => {
      const event = await this.get(eventId, tx);
      authorize(this.viewer, managesEvent(this.viewer, event));
      await assertMayMailOutsiders(this.ctx, tx, event.organisation.id, 'registrantMessage');
      const regs = await reachableRegistrations(tx, event);
      changes.push(...(await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_MESSAGE, { eventId: event.id, title: subject.trim(), excerpt: body.slice(0, 140) })));
      for (const r of regs) mails.push(renderMail('eventMessage', language(r), recipient(r), { event: event.title, subject: subject.trim(), body }));
      return regs.length;
    });
  }
}

/** Those an organiser's message or a cancellation is sent to. */
export function reachableRegistrations(tx: EntityManager, event: Event) {
    return tx.find(Registration, { event, status: { $in: [...REACHABLE_STATUSES] } }, { populate: ['user'] });
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

/**
 * Tells those who get the meeting link (`meetingUrlFor`, among those with a seat: online participants of a HYBRID
 * event, everyone else's) that it was added (`changed` false) or changed: in the inbox, and by e-mail with the link
 * and their registration's page (users who have not turned the type off, and guests). Run under the event lock
 * when the organisers change the link, so each change is told once.
 */
export async function tellMeetingLink(tx: EntityManager, event: Event, changes: NewChange[], mails: Mail[], config: { publicUrl: string; sessionSecret: string }, changed: boolean): Promise<void> {
  const regs = (await tx.find(Registration, { event, status: RegistrationStatus.CONFIRMED }, { populate: ['user'], orderBy: { seq: 'asc' } })).filter((r) => meetingUrlFor(event, { registration: r }));
  const told = await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_MEETING_LINK, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() });
  changes.push(...told);
  const inbox = new Set(told.map((c) => c.topic));
  for (const r of regs) {
    if (r.user && !inbox.has(userTopic(r.user.id))) continue;
    const pageLink = r.user ? `${config.publicUrl}/arrangementer/${event.id}` : `${config.publicUrl}/pamelding?token=${encodeURIComponent(guestManageToken(config.sessionSecret, r.id))}`;
    mails.push(renderMail('eventMeetingLink', language(r), recipient(r), { event: event.title, when: osloReadable(event.startsAt), meetingLink: meetingUrlFor(event, { registration: r })!, pageLink, changed }));
  }
}

export function recipient(r: Registration): string {
  return r.user?.email ?? r.guestEmail!;
}

export function language(r: Registration): Language {
  return r.user?.preferredLanguage ?? r.guestLanguage ?? Language.nb;
}
