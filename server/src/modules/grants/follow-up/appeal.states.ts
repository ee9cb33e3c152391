import { targetOf, type TransitionTable } from '../../../common/transitions.js';
import { AppealState as S } from './follow-up.entity.js';
import { mover } from './moves.js';

/** The moves of an appeal (klage), made by county staff. An appeal starts FILED. */
export type AppealMove = 'uphold' | 'forward';

export const APPEAL_MOVES: Readonly<Record<AppealMove, string>> = {
  uphold: 'county staff find the appeal right and change the decision themselves (forvaltningsloven § 33 second paragraph)',
  forward: 'not upheld: county staff send it on to the appeal body, with their note',
};

export const APPEAL_TRANSITIONS: TransitionTable<S, AppealMove> = {
  [S.FILED]: { [S.UPHELD]: 'uphold', [S.FORWARDED]: 'forward' },
  [S.UPHELD]: {},
  [S.FORWARDED]: {},
};

export const appealMay = (appeal: { state: S }, move: AppealMove): boolean => targetOf(APPEAL_TRANSITIONS, appeal.state, move) !== null;

export const moveAppeal = mover(APPEAL_TRANSITIONS, 'grant_appeal', () => 'grant/appeal_decided');
