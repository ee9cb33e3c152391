import { targetOf, type TransitionTable } from '../../../common/transitions.js';
import { beforeDeadline } from './deadlines.js';
import { AwardState as S, type GrantAward } from './follow-up.entity.js';
import { mover } from './moves.js';

/** The moves of an award (tilsagn). An award starts OFFERED when the decisions are published. */
export type AwardMove = 'accept' | 'decline' | 'lapse';

export const AWARD_MOVES: Readonly<Record<AwardMove, string>> = {
  accept: 'the organisation accepts the award and its conditions, before the acceptance deadline; its reports are set up and the payments due at acceptance requested',
  decline: 'the organisation declines, before the deadline; the amount goes back to the round’s budget and the planned payments are cancelled',
  lapse: 'the hourly job, once the deadline has passed unanswered: as a decline',
};

/** Every move an award can make: the one place these rules live. */
export const AWARD_TRANSITIONS: TransitionTable<S, AwardMove> = {
  [S.OFFERED]: { [S.ACCEPTED]: 'accept', [S.DECLINED]: 'decline', [S.LAPSED]: 'lapse' },
  [S.ACCEPTED]: {},
  [S.DECLINED]: {},
  [S.LAPSED]: {},
};

/** States whose amount no longer counts as granted: it went back to the round. */
export const RETURNED_STATES: readonly S[] = [S.DECLINED, S.LAPSED];

type Facts = Pick<GrantAward, 'state' | 'acceptDeadline'>;

/** The table, and the deadline to the second: the organisation answers until it, the job lapses after it. */
export function awardMay(award: Facts, move: AwardMove, now = new Date()): boolean {
  if (targetOf(AWARD_TRANSITIONS, award.state, move) === null) return false;
  return move === 'lapse' ? !beforeDeadline(award.acceptDeadline, now) : beforeDeadline(award.acceptDeadline, now);
}

const REFUSAL: Record<AwardMove, string> = { accept: 'grant/award_not_open', decline: 'grant/award_not_open', lapse: 'grant/invalid_transition' };

/** Makes the move (CONFLICT grant/award_not_open when answered already or past the deadline) and audits it. */
export const moveAward = mover(AWARD_TRANSITIONS, 'grant_award', (move) => REFUSAL[move]);
