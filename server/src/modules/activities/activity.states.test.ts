import { describe, expect, it } from 'vitest';
import { ActivityStatus as S, VolunteerStatus as V } from './activity.entity.js';
import { ACTIVITY_TRANSITIONS, activityMay, answerOffer, moveActivity, VOLUNTEER_TRANSITIONS, volunteerMay, type ActivityMove } from './activity.states.js';

// Written out by hand (not read from the tables): a change to a table has to change this list too.
const LISTING: [S, ActivityMove, S][] = [
  [S.DRAFT, 'publish', S.PUBLISHED],
  [S.DRAFT, 'archive', S.ARCHIVED],
  [S.PUBLISHED, 'pause', S.PAUSED],
  [S.PUBLISHED, 'archive', S.ARCHIVED],
  [S.PAUSED, 'publish', S.PUBLISHED],
  [S.PAUSED, 'archive', S.ARCHIVED],
  [S.ARCHIVED, 'publish', S.PUBLISHED],
];

describe('the activity status table', () => {
  it('moves between exactly the listed statuses, and refuses every other pair (the same status included)', () => {
    for (const from of Object.values(S)) {
      for (const to of Object.values(S)) {
        const listed = LISTING.find(([f, , t]) => f === from && t === to);
        expect(ACTIVITY_TRANSITIONS[from][to], `${from} → ${to}`).toBe(listed?.[1]);
        const activity = { status: from };
        if (listed) {
          moveActivity(activity, to);
          expect(activity.status).toBe(to);
        } else {
          expect(() => moveActivity(activity, to), `${from} → ${to}`).toThrow('activity/transition_invalid');
          expect(activity.status).toBe(from);
        }
      }
      for (const move of ['publish', 'pause', 'archive'] as const) expect(activityMay({ status: from }, move), `${from} ${move}`).toBe(LISTING.some(([f, m]) => f === from && m === move));
    }
  });
});

describe('the offer-to-help table', () => {
  it('is answered once, either way', () => {
    expect(VOLUNTEER_TRANSITIONS).toEqual({ PENDING: { ACCEPTED: 'accept', DECLINED: 'decline' }, ACCEPTED: {}, DECLINED: {} });
    for (const from of Object.values(V)) {
      for (const move of ['accept', 'decline'] as const) {
        expect(volunteerMay({ status: from }, move), `${from} ${move}`).toBe(from === V.PENDING);
        const offer = { status: from };
        if (from === V.PENDING) {
          answerOffer(offer, move);
          expect(offer.status).toBe(move === 'accept' ? V.ACCEPTED : V.DECLINED);
        } else {
          expect(() => answerOffer(offer, move)).toThrow('activity/already_answered');
          expect(offer.status).toBe(from);
        }
      }
    }
  });
});
