import { ConflictError } from '../../common/errors.js';
import { AttendanceMode, EventMode, EventStatus, RegistrationStatus as S, type Event, type Registration } from './event.entity.js';

/**
 * Every move a registration can make, and what makes it: the one place these rules live. A user's registration
 * starts CONFIRMED or WAITLISTED; a guest's starts PENDING and holds no seat until the e-mail is confirmed.
 */
export const REGISTRATION_TRANSITIONS: Readonly<Record<S, Readonly<Partial<Record<S, string>>>>> = {
  [S.PENDING]: {
    [S.CONFIRMED]: 'the guest confirms the e-mail and a seat is free',
    [S.WAITLISTED]: 'the guest confirms the e-mail and the seats are taken',
    [S.CANCELLED]: 'the guest or an organiser cancels',
    [S.EXPIRED]: 'not confirmed within 24 hours (the hourly sweep, or a new registration by the same address)',
  },
  [S.WAITLISTED]: { [S.CONFIRMED]: 'a seat frees up and it is first in line', [S.CANCELLED]: 'the registrant or an organiser cancels' },
  [S.CONFIRMED]: { [S.CANCELLED]: 'the registrant or an organiser cancels' },
  [S.CANCELLED]: {},
  [S.EXPIRED]: {},
};

/** What a new registration may start as. */
export const INITIAL_STATUSES: readonly S[] = [S.PENDING, S.CONFIRMED, S.WAITLISTED];
/** Still in the running (one such registration per person and event, see the unique indexes). */
export const LIVE_STATUSES: readonly S[] = [S.PENDING, S.CONFIRMED, S.WAITLISTED];
/** What the event's seat counts count. */
const COUNTED: ReadonlySet<S> = new Set([S.CONFIRMED, S.WAITLISTED]);
/** Whom organisers' messages and cancellations reach: not pending guests, whose address nobody has confirmed
 * (otherwise anyone could register strangers' addresses and have an organiser mail them). */
export const REACHABLE_STATUSES: readonly S[] = [S.CONFIRMED, S.WAITLISTED];
/** An unconfirmed guest registration lapses after this long. */
export const PENDING_HOURS = 24;

/** The statuses that may move to `to`: bulk updates (the expiry sweep) take their WHERE from here. */
export function statusesLeadingTo(to: S): S[] {
  return (Object.keys(REGISTRATION_TRANSITIONS) as S[]).filter((from) => REGISTRATION_TRANSITIONS[from][to]);
}

/** The seats a registration competes for: a HYBRID event has one set in the room and one online; others one set. */
export type SeatPool = 'main' | 'online';
const POOL_FIELDS = {
  main: { capacity: 'capacity', confirmed: 'confirmedCount', waitlisted: 'waitlistCount' },
  online: { capacity: 'onlineCapacity', confirmed: 'onlineConfirmedCount', waitlisted: 'onlineWaitlistCount' },
} as const;
type Counts = Pick<
  Event,
  'mode' | 'capacity' | 'onlineCapacity' | 'confirmedCount' | 'waitlistCount' | 'onlineConfirmedCount' | 'onlineWaitlistCount' | 'reservedSeats' | 'reservedForKind' | 'reservedUntil' | 'reservedConfirmedCount'
>;

/**
 * Reserved seats: `reservedSeats` of the event's seats (in the room, for a HYBRID event: the 'main' pool) are held
 * for registrants from a verified organisation of `reservedForKind` until `reservedUntil`; then they are everyone's.
 * While held, others compete for the rest; one who qualifies takes a reserved seat first, then a general one.
 * `reservedConfirmedCount` counts the confirmed registrations holding a reserved seat (`Registration.reservedSeat`).
 */
export function reservationActive(event: Pick<Counts, 'reservedSeats' | 'reservedForKind' | 'reservedUntil'>, now = new Date()): boolean {
  return !!event.reservedSeats && !!event.reservedForKind && !!event.reservedUntil && now < event.reservedUntil;
}

/** Reserved seats not yet taken (0 once released). */
export function reservedLeft(event: Counts, now = new Date()): number {
  return reservationActive(event, now) ? Math.max(0, event.reservedSeats! - event.reservedConfirmedCount) : 0;
}

/** What kind of seat a registrant would get in the pool now: a reserved one, a general one, or none (the waitlist). */
export type Seat = 'reserved' | 'general' | null;
export function seatFor(event: Counts, pool: SeatPool, qualifies: boolean, now = new Date()): Seat {
  if (pool === 'main' && qualifies && reservedLeft(event, now) > 0) return 'reserved';
  return seatsLeft(event, pool, now) !== 0 ? 'general' : null;
}

export function poolOf(event: Pick<Event, 'mode'>, attendance: AttendanceMode): SeatPool {
  return event.mode === EventMode.HYBRID && attendance === AttendanceMode.ONLINE ? 'online' : 'main';
}

/** The event's pools, with the attendance that fills each (null: any). */
export function poolsOf(event: Pick<Event, 'mode'>): { pool: SeatPool; attendance: AttendanceMode | null }[] {
  return event.mode === EventMode.HYBRID
    ? [
        { pool: 'main', attendance: AttendanceMode.IN_ROOM },
        { pool: 'online', attendance: AttendanceMode.ONLINE },
      ]
    : [{ pool: 'main', attendance: null }];
}

/** How one can take part: both ways in a HYBRID event, else the event's own. */
export function attendanceModes(event: Pick<Event, 'mode'>): AttendanceMode[] {
  if (event.mode === EventMode.HYBRID) return [AttendanceMode.IN_ROOM, AttendanceMode.ONLINE];
  return [event.mode === EventMode.ONLINE ? AttendanceMode.ONLINE : AttendanceMode.IN_ROOM];
}

/** The attendance a registration gets: the registrant's choice in a HYBRID event (in the room if none), else the event's own. */
export function attendanceFor(event: Pick<Event, 'mode'>, asked?: AttendanceMode | null): AttendanceMode {
  return event.mode === EventMode.HYBRID ? (asked ?? AttendanceMode.IN_ROOM) : attendanceModes(event)[0]!;
}

/** Seats anyone may take (while seats are reserved, not those); null when unlimited. */
export function seatsLeft(event: Counts, pool: SeatPool, now = new Date()): number | null {
  const f = POOL_FIELDS[pool];
  const capacity = event[f.capacity];
  if (capacity == null) return null;
  if (pool === 'main' && reservationActive(event, now)) return Math.max(0, capacity - event.reservedSeats! - (event.confirmedCount - event.reservedConfirmedCount));
  return Math.max(0, capacity - event[f.confirmed]);
}

/** Whether registering now (one who qualifies for reserved seats, or not) gives a seat rather than the waitlist. */
export function seatFree(event: Counts, pool: SeatPool, qualifies = false, now = new Date()): boolean {
  return seatFor(event, pool, qualifies, now) !== null;
}

export function waitlisted(event: Counts, pool: SeatPool): number {
  return event[POOL_FIELDS[pool].waitlisted];
}

function count(event: Counts, pool: SeatPool, status: S, by: 1 | -1) {
  if (!COUNTED.has(status)) return;
  const f = POOL_FIELDS[pool];
  if (status === S.CONFIRMED) event[f.confirmed] += by;
  else event[f.waitlisted] += by;
}

type Seated = Pick<Registration, 'status' | 'attendance' | 'reservedSeat'>;

/** A new registration's place in the counts (a CONFIRMED one with the seat `seatFor` gave it). Run under the event lock. */
export function enter(event: Counts, r: Seated, seat: Seat = null): void {
  if (!INITIAL_STATUSES.includes(r.status)) throw new Error(`a registration cannot start as ${r.status}`);
  r.reservedSeat = r.status === S.CONFIRMED && seat === 'reserved';
  count(event, poolOf(event, r.attendance), r.status, 1);
  if (r.reservedSeat) event.reservedConfirmedCount += 1;
}

/** Moves a registration to `to` if the table allows it, keeping the event's counts in step; a move to CONFIRMED takes
 * the seat `seatFor` gave it, a move away from CONFIRMED gives its seat (reserved or not) back. Run under the event lock. */
export function move(event: Counts, r: Seated, to: S, seat: Seat = null): void {
  if (!REGISTRATION_TRANSITIONS[r.status][to]) throw new ConflictError(refusal(r.status), { from: r.status, to });
  const pool = poolOf(event, r.attendance);
  count(event, pool, r.status, -1);
  if (r.reservedSeat) event.reservedConfirmedCount -= 1;
  r.status = to;
  r.reservedSeat = to === S.CONFIRMED && seat === 'reserved';
  count(event, pool, to, 1);
  if (r.reservedSeat) event.reservedConfirmedCount += 1;
}

/** Sets the counts from the registrations themselves (after the event's mode changed, which regroups the pools;
 * reserved seats are in the 'main' pool only, so the caller clears them elsewhere first). */
export function recount(event: Counts, rows: { attendance: AttendanceMode; status: S; reserved: boolean; n: number }[]): void {
  for (const pool of ['main', 'online'] as const) {
    event[POOL_FIELDS[pool].confirmed] = 0;
    event[POOL_FIELDS[pool].waitlisted] = 0;
  }
  event.reservedConfirmedCount = 0;
  for (const row of rows) {
    if (!COUNTED.has(row.status)) continue;
    const f = POOL_FIELDS[poolOf(event, row.attendance)];
    event[row.status === S.CONFIRMED ? f.confirmed : f.waitlisted] += row.n;
    if (row.status === S.CONFIRMED && row.reserved) event.reservedConfirmedCount += row.n;
  }
}

/** The attendance whose registrations fill the 'main' pool (null: all of them). */
export function mainAttendance(event: Pick<Event, 'mode'>): AttendanceMode | null {
  return event.mode === EventMode.HYBRID ? AttendanceMode.IN_ROOM : null;
}

function refusal(from: S): string {
  if (from === S.CANCELLED) return 'registration/already_cancelled';
  if (from === S.EXPIRED) return 'registration/expired';
  return 'registration/transition_invalid';
}

/** Where an event's registration stands now, as the client is told it (`Event.registrationWindow`). */
export enum RegistrationWindow {
  /** Nothing to register for here: no registration needed, registration elsewhere, a draft, or cancelled. */
  NONE = 'NONE',
  NOT_YET_OPEN = 'NOT_YET_OPEN',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

type WindowFacts = Pick<Event, 'status' | 'registrationRequired' | 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'> & { externalRegistrationUrl?: string | null };
export type RegistrationRefusal = 'event/cancelled' | 'event/not_found' | 'event/no_registration' | 'event/registration_external' | 'event/registration_not_open' | 'event/registration_closed';

/**
 * Why registering for the event is refused at `now` (null: registration is open). The one place of the rule "registration
 * is open": published, registration required, after the window opens and until it closes (by default when the event starts).
 * `register` refuses with it, and `viewerCan.register` and `registrationWindow` are read from it.
 */
export function registrationRefusal(event: WindowFacts, now = new Date()): RegistrationRefusal | null {
  if (event.status === EventStatus.CANCELLED) return 'event/cancelled';
  // A draft is not there for registrants.
  if (event.status !== EventStatus.PUBLISHED) return 'event/not_found';
  if (!event.registrationRequired) return 'event/no_registration';
  // Registration elsewhere: the event takes none of its own.
  if (event.externalRegistrationUrl) return 'event/registration_external';
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'event/registration_not_open';
  if (now > (event.registrationClosesAt ?? event.startsAt)) return 'event/registration_closed';
  return null;
}

export function registrationWindow(event: WindowFacts, now = new Date()): RegistrationWindow {
  const refusal = registrationRefusal(event, now);
  if (refusal === null) return RegistrationWindow.OPEN;
  if (refusal === 'event/registration_not_open') return RegistrationWindow.NOT_YET_OPEN;
  if (refusal === 'event/registration_closed') return RegistrationWindow.CLOSED;
  return RegistrationWindow.NONE;
}
