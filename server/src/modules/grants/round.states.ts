import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { ConflictError } from '../../common/errors.js';
import { applyMove, targetOf, type TransitionTable } from '../../common/transitions.js';
import { RoundState as S, type GrantRound } from './grant.entity.js';

/** The moves of a round, all made by county staff. */
export type RoundMove = 'open' | 'close' | 'publishDecisions';

export const ROUND_MOVES: Readonly<Record<RoundMove, string>> = {
  open: 'announced to the whole network; needs guidelines and criteria',
  close: 'no more applications; decisions can be recorded',
  publishDecisions: 'every application with a recorded decision gets it at once; needs a decision for each one in assessment',
};

/** Every move a round can make: the one place these rules live. A round starts as a DRAFT. */
export const ROUND_TRANSITIONS: TransitionTable<S, RoundMove> = {
  [S.DRAFT]: { [S.OPEN]: 'open' },
  [S.OPEN]: { [S.CLOSED]: 'close' },
  [S.CLOSED]: { [S.DECIDED]: 'publishDecisions' },
  [S.DECIDED]: {},
};

export const roundMay = (round: Pick<GrantRound, 'state'>, move: RoundMove): boolean => targetOf(ROUND_TRANSITIONS, round.state, move) !== null;

/** Its settings (budget, guidelines, criteria …) can change until the decisions are published. */
export const roundEditable = (round: Pick<GrantRound, 'state'>): boolean => round.state !== S.DECIDED;

/** Open and before the deadline right now: applications can be started and sent in (the deadline to the second). */
export const acceptingApplications = (round: Pick<GrantRound, 'state' | 'closesAt'>, now = new Date()): boolean => round.state === S.OPEN && now <= round.closesAt;

const REFUSAL: Partial<Record<RoundMove, string>> = { publishDecisions: 'grant/round_not_closed' };

/** Makes `move` on the round and writes it to the audit log; CONFLICT when the table does not allow it now. */
export function moveRound(tx: EntityManager, round: GrantRound, move: RoundMove, actor: { id: string; name: string } | null): S {
  const { from, to } = applyMove(ROUND_TRANSITIONS, round, move, (state) => new ConflictError(REFUSAL[move] ?? 'grant/invalid_transition', { from: state, move }));
  audit(tx, { entityType: 'grant_round', entityId: round.id, action: `state:${from}→${to}`, actor });
  return to;
}
