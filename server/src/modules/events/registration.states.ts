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
type Counts = Pick<Event, 'mode' | 'capacity' | 'onlineCapacity' | 'confirmedCount' | 'waitlistCount' | 'onlineConfirmedCount' | 'onlineWaitlistCount'>;

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

export function seatsLeft(event: Counts, pool: SeatPool): number | null {
  const f = POOL_FIELDS[pool];
  const capacity = event[f.capacity];
  return capacity == null ? null : Math.max(0, capacity - event[f.confirmed]);
}

export function seatFree(event: Counts, pool: SeatPool): boolean {
  return seatsLeft(event, pool) !== 0;
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

/** A new registration's place in the counts. Run under the event lock. */
export function enter(event: Counts, r: Pick<Registration, 'status' | 'attendance'>): void {
  if (!INITIAL_STATUSES.includes(r.status)) throw new Error(`a registration cannot start as ${r.status}`);
  count(event, poolOf(event, r.attendance), r.status, 1);
}

/** Moves a registration to `to` if the table allows it, keeping the event's counts in step. Run under the event lock. */
export function move(event: Counts, r: Pick<Registration, 'status' | 'attendance'>, to: S): void {
  if (!REGISTRATION_TRANSITIONS[r.status][to]) throw new ConflictError(refusal(r.status), { from: r.status, to });
  const pool = poolOf(event, r.attendance);
  count(event, pool, r.status, -1);
  r.status = to;
  count(event, pool, to, 1);
}

/** Sets the counts from the registrations themselves (after the event's mode changed, which regroups the pools). */
export function recount(event: Counts, rows: { attendance: AttendanceMode; status: S; n: number }[]): void {
  for (const pool of ['main', 'online'] as const) {
    event[POOL_FIELDS[pool].confirmed] = 0;
    event[POOL_FIELDS[pool].waitlisted] = 0;
  }
  for (const row of rows) {
    if (!COUNTED.has(row.status)) continue;
    const f = POOL_FIELDS[poolOf(event, row.attendance)];
    event[row.status === S.CONFIRMED ? f.confirmed : f.waitlisted] += row.n;
  }
}

function refusal(from: S): string {
  if (from === S.CANCELLED) return 'registration/already_cancelled';
  if (from === S.EXPIRED) return 'registration/expired';
  return 'registration/transition_invalid';
}

/** Where an event's registration stands now, as the client is told it (`Event.registrationWindow`). */
export enum RegistrationWindow {
  /** Nothing to register for: no registration needed, a draft, or cancelled. */
  NONE = 'NONE',
  NOT_YET_OPEN = 'NOT_YET_OPEN',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

type WindowFacts = Pick<Event, 'status' | 'registrationRequired' | 'registrationOpensAt' | 'registrationClosesAt' | 'startsAt'>;
export type RegistrationRefusal = 'event/cancelled' | 'event/not_found' | 'event/no_registration' | 'event/registration_not_open' | 'event/registration_closed';

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
