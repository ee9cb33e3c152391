import { ConflictError } from '../../common/errors.js';
import { CheckIn, EventStatus, RegistrationStatus, type Event, type Registration } from './event.entity.js';

export { CheckIn };

/**
 * Every move a check-in can make, and why: the one place these rules live. Any mark can be corrected (several
 * organisers check in at once, on phones); marking what is already marked changes nothing.
 */
export const CHECK_IN_TRANSITIONS: Readonly<Record<CheckIn, Readonly<Partial<Record<CheckIn, string>>>>> = {
  [CheckIn.NOT_MARKED]: { [CheckIn.ATTENDED]: 'arrives', [CheckIn.NO_SHOW]: 'did not come' },
  [CheckIn.ATTENDED]: { [CheckIn.NO_SHOW]: 'marked by mistake', [CheckIn.NOT_MARKED]: 'undone' },
  [CheckIn.NO_SHOW]: { [CheckIn.ATTENDED]: 'came late', [CheckIn.NOT_MARKED]: 'undone' },
};

/** Check-in opens this long before the start (people arrive early; the list is printed the day before). */
export const CHECK_IN_OPENS_BEFORE_MS = 24 * 3_600_000;

/** Whether the event's check-in is open: published, from a day before the start on (no-shows are marked afterwards). */
export function checkInOpen(event: Pick<Event, 'status' | 'startsAt'>, now = new Date()): boolean {
  return event.status === EventStatus.PUBLISHED && now.getTime() >= event.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS;
}

/** Checks a mark against the rules: only confirmed registrations, while check-in is open, along the table. */
export function assertCheckIn(event: Pick<Event, 'status' | 'startsAt'>, r: Pick<Registration, 'status' | 'checkIn'>, to: CheckIn, now = new Date()): void {
  if (!checkInOpen(event, now)) throw new ConflictError('registration/check_in_closed');
  if (r.status !== RegistrationStatus.CONFIRMED) throw new ConflictError('registration/check_in_not_confirmed');
  if (r.checkIn !== to && !CHECK_IN_TRANSITIONS[r.checkIn][to]) throw new ConflictError('registration/transition_invalid', { from: r.checkIn, to });
}
