import { ConflictError } from '../../common/errors.js';
import { targetOf, type TransitionTable } from '../../common/transitions.js';
import { ActivityStatus as S, VolunteerStatus as V, type Activity, type VolunteerInterest } from './activity.entity.js';

/** The moves of a listing, all made by its organisation (or county staff). */
export type ActivityMove = 'publish' | 'pause' | 'archive';

/**
 * Every move an activity listing can make: the one place these rules live. It starts as a DRAFT; only a
 * PUBLISHED one is in the catalogue and the feeds. Publishing again brings a paused or archived one back.
 */
export const ACTIVITY_TRANSITIONS: TransitionTable<S, ActivityMove> = {
  [S.DRAFT]: { [S.PUBLISHED]: 'publish', [S.ARCHIVED]: 'archive' },
  [S.PUBLISHED]: { [S.PAUSED]: 'pause', [S.ARCHIVED]: 'archive' },
  [S.PAUSED]: { [S.PUBLISHED]: 'publish', [S.ARCHIVED]: 'archive' },
  [S.ARCHIVED]: { [S.PUBLISHED]: 'publish' },
};

export const activityMay = (activity: Pick<Activity, 'status'>, move: ActivityMove): boolean => targetOf(ACTIVITY_TRANSITIONS, activity.status, move) !== null;

/** Moves the listing to `to`; CONFLICT activity/transition_invalid when the table has no such move from its status. */
export function moveActivity(activity: Pick<Activity, 'status'>, to: S): void {
  if (!ACTIVITY_TRANSITIONS[activity.status][to]) throw new ConflictError('activity/transition_invalid', { from: activity.status, to });
  activity.status = to;
}

/** Only a published listing takes offers to help. */
export const acceptsVolunteers = (activity: Pick<Activity, 'status'>): boolean => activity.status === S.PUBLISHED;

/** The organisation's answer to an offer to help. */
export type VolunteerMove = 'accept' | 'decline';

/** An offer to help is answered once: accepted or declined, for good. */
export const VOLUNTEER_TRANSITIONS: TransitionTable<V, VolunteerMove> = {
  [V.PENDING]: { [V.ACCEPTED]: 'accept', [V.DECLINED]: 'decline' },
  [V.ACCEPTED]: {},
  [V.DECLINED]: {},
};

export const volunteerMay = (interest: Pick<VolunteerInterest, 'status'>, move: VolunteerMove): boolean => targetOf(VOLUNTEER_TRANSITIONS, interest.status, move) !== null;

/** Answers the offer; CONFLICT activity/already_answered when it was answered before. */
export function answerOffer(interest: Pick<VolunteerInterest, 'status'>, move: VolunteerMove): void {
  const to = targetOf(VOLUNTEER_TRANSITIONS, interest.status, move);
  if (!to) throw new ConflictError('activity/already_answered');
  interest.status = to;
}
