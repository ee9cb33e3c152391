import { eventTopic, type NewChange } from '../../common/change-feed/topics.js';
import type { Event } from './event.entity.js';

/** The event's live seat counts and status, for its topic (`eventUpdates`). */
export function countsChange(event: Event): NewChange {
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

/** Something of the event changed (materials, answers deleted, the evaluation): its page reads it anew. */
export function eventUpdated(event: { id: string }): NewChange {
  return { topic: eventTopic(event.id), type: 'event.updated', payload: {} };
}
