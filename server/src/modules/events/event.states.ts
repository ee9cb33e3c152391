import { ConflictError } from '../../common/errors.js';
import { targetOf, type TransitionTable } from '../../common/transitions.js';
import { EventStatus as S, type Event } from './event.entity.js';

/** The moves of an event, made by its organisers. */
export type EventMove = 'publish' | 'cancel';

/**
 * Every move an event can make: the one place these rules live. It starts as a DRAFT only its organisers see;
 * publishing shows it to everyone; a cancelled event stays listed as cancelled, for good.
 */
export const EVENT_TRANSITIONS: TransitionTable<S, EventMove> = {
  [S.DRAFT]: { [S.PUBLISHED]: 'publish', [S.CANCELLED]: 'cancel' },
  [S.PUBLISHED]: { [S.CANCELLED]: 'cancel' },
  [S.CANCELLED]: {},
};

export const eventMay = (event: Pick<Event, 'status'>, move: EventMove): boolean => targetOf(EVENT_TRANSITIONS, event.status, move) !== null;

/** Makes the move; CONFLICT event/not_draft (publish) or event/cancelled (cancel) when the table has none from here. */
export function moveEvent(event: Pick<Event, 'status'>, move: EventMove): void {
  const to = targetOf(EVENT_TRANSITIONS, event.status, move);
  if (!to) throw new ConflictError(move === 'publish' ? 'event/not_draft' : 'event/cancelled');
  event.status = to;
}

/** Details, co-hosts and registrations change until the event is cancelled (a final state). */
export const eventEditable = (event: Pick<Event, 'status'>): boolean => Object.keys(EVENT_TRANSITIONS[event.status]).length > 0;

/** Throws CONFLICT event/cancelled for a cancelled event. */
export function assertEventEditable(event: Pick<Event, 'status'>): void {
  if (!eventEditable(event)) throw new ConflictError('event/cancelled');
}

/** An event people could attend: a published one. Recordings, materials and an evaluation are for such an event. */
const attendable = (event: Pick<Event, 'status'>): boolean => event.status === S.PUBLISHED;

/** Recordings and materials are for an event people could attend (`attendable`). */
export const takesMaterials = attendable;

/** An evaluation (its questions, asking the participants, the results) is for an event people could attend
 * (`attendable`): its organisers see and run it there (viewerCan.viewEvaluation). */
export const takesEvaluation = attendable;
