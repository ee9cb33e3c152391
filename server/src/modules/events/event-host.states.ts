import { ConflictError } from '../../common/errors.js';
import { CoHostStatus as S } from './event-host.entity.js';

/** Who may make a move: the event's organisers, or an admin of the invited organisation (county staff may do both). */
export type CoHostActor = 'organiser' | 'invitedAdmin';

/**
 * Every move an invitation to co-host can make, and who makes it: the one place these rules live. An invitation
 * starts INVITED, or ACCEPTED when the one inviting is also an admin of the invited organisation (or county staff).
 */
export const CO_HOST_TRANSITIONS: Readonly<Record<S, Readonly<Partial<Record<S, { by: readonly CoHostActor[]; why: string }>>>>> = {
  [S.INVITED]: {
    [S.ACCEPTED]: { by: ['invitedAdmin'], why: 'an admin of the invited organisation accepts' },
    [S.DECLINED]: { by: ['invitedAdmin'], why: 'an admin of the invited organisation declines' },
    [S.REMOVED]: { by: ['organiser'], why: 'the organisers withdraw the invitation' },
  },
  [S.ACCEPTED]: { [S.REMOVED]: { by: ['organiser', 'invitedAdmin'], why: 'the organisers remove the co-host, or it leaves' } },
  [S.DECLINED]: { [S.INVITED]: { by: ['organiser'], why: 'invited again' } },
  [S.REMOVED]: { [S.INVITED]: { by: ['organiser'], why: 'invited again' } },
};

/** Whether `actors` (what the viewer is to this invitation) may move it from `from` to `to`. */
export function coHostMayMove(from: S, to: S, actors: readonly CoHostActor[]): boolean {
  return CO_HOST_TRANSITIONS[from][to]?.by.some((a) => actors.includes(a)) ?? false;
}

/** Checks a move against the table (CONFLICT when the table has no such move); who may make it is checked apart. */
export function assertCoHostMove(from: S, to: S): void {
  if (!CO_HOST_TRANSITIONS[from][to]) throw new ConflictError(from === to ? 'event_host/already' : 'event_host/transition_invalid', { from, to });
}
