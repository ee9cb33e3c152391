import { targetOf, type TransitionTable } from '../../../common/transitions.js';
import { RepaymentState as S } from './follow-up.entity.js';
import { mover } from './moves.js';

/** The moves of a repayment claim, all made by county staff. A claim starts CLAIMED. */
export type RepaymentMove = 'recordRepaid' | 'waive';

export const REPAYMENT_MOVES: Readonly<Record<RepaymentMove, string>> = {
  recordRepaid: 'county staff record that the organisation has paid the amount back',
  waive: 'county staff let the claim go, with a reason',
};

export const REPAYMENT_TRANSITIONS: TransitionTable<S, RepaymentMove> = {
  [S.CLAIMED]: { [S.REPAID]: 'recordRepaid', [S.WAIVED]: 'waive' },
  [S.REPAID]: {},
  [S.WAIVED]: {},
};

export const repaymentMay = (claim: { state: S }, move: RepaymentMove): boolean => targetOf(REPAYMENT_TRANSITIONS, claim.state, move) !== null;

export const moveRepayment = mover(REPAYMENT_TRANSITIONS, 'grant_repayment_claim', () => 'grant/repayment_settled');
