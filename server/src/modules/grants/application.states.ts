import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../common/audit.js';
import { ConflictError } from '../../common/errors.js';
import { applyMove, statesAllowing, targetOf, type TransitionTable } from '../../common/transitions.js';
import { ApplicationState as S, RoundState, type GrantApplication, type GrantRound } from './grant.entity.js';

/** The moves an application can make. Who makes each, and what else must hold, is said in APPLICATION_MOVES. */
export type ApplicationMove = 'submit' | 'startReview' | 'requestInfo' | 'resubmit' | 'withdraw' | 'publishDecision';

export const APPLICATION_MOVES: Readonly<Record<ApplicationMove, string>> = {
  submit: 'the applicant organisation sends the draft in: complete, eligible and before the deadline (see `missing`)',
  startReview: 'the first reviewer declares no conflict of interest',
  requestInfo: 'a cleared reviewer asks the applicant for more information',
  resubmit: 'the applicant organisation sends it in again with what was asked for (the deadline no longer applies)',
  withdraw: 'the applicant organisation withdraws it',
  publishDecision: 'county staff publish the round’s decisions: every application with a recorded decision at once',
};

/**
 * Every move an application can make: the one place these rules live. An application starts as a DRAFT.
 * DECIDED and WITHDRAWN are final here; what follows an award (acceptance, reports, payments, appeals) is a
 * machine of its own in `follow-up/`, of the same shape, that starts where this one ends in DECIDED.
 */
export const APPLICATION_TRANSITIONS: TransitionTable<S, ApplicationMove> = {
  [S.DRAFT]: { [S.SUBMITTED]: 'submit', [S.WITHDRAWN]: 'withdraw' },
  [S.SUBMITTED]: { [S.IN_REVIEW]: 'startReview', [S.DECIDED]: 'publishDecision', [S.WITHDRAWN]: 'withdraw' },
  [S.IN_REVIEW]: { [S.MORE_INFO_REQUESTED]: 'requestInfo', [S.DECIDED]: 'publishDecision', [S.WITHDRAWN]: 'withdraw' },
  // Decidable while the answer is awaited too: the round must not be stuck on an applicant who never answers.
  [S.MORE_INFO_REQUESTED]: { [S.IN_REVIEW]: 'resubmit', [S.DECIDED]: 'publishDecision', [S.WITHDRAWN]: 'withdraw' },
  [S.DECIDED]: {},
  [S.WITHDRAWN]: {},
};

/** The applicant's own moves: a decision recorded (published or not) takes them away. */
const APPLICANT_MOVES: ReadonlySet<ApplicationMove> = new Set(['submit', 'resubmit', 'withdraw']);

/** Where the organisation may change the content and the attachments: its draft, or while more information is asked for. */
export const EDITABLE_STATES: readonly S[] = [S.DRAFT, S.MORE_INFO_REQUESTED];

/** In assessment: a decision can be recorded (and is then published from these). */
export const DECIDABLE_STATES: readonly S[] = statesAllowing(APPLICATION_TRANSITIONS, 'publishDecision');

/** Sent in and not withdrawn: what the ranking and the dashboard count. */
export const SENT_IN_STATES: readonly S[] = [S.SUBMITTED, S.IN_REVIEW, S.MORE_INFO_REQUESTED, S.DECIDED];

type Facts = Pick<GrantApplication, 'state' | 'decision'>;

/** Whether the table (and, for the applicant's moves, the absence of a recorded decision) allows `move` now. */
export function applicationMay(app: Facts, move: ApplicationMove): boolean {
  if (APPLICANT_MOVES.has(move) && app.decision) return false;
  return targetOf(APPLICATION_TRANSITIONS, app.state, move) !== null;
}

/** The organisation may change the content and attachments (the same freeze as its moves: no recorded decision). */
export function applicationEditable(app: Facts): boolean {
  return EDITABLE_STATES.includes(app.state) && !app.decision;
}

/** A reviewer may record (or change) a decision: the round is closed and the application in assessment. */
export function applicationDecidable(app: Facts, round: Pick<GrantRound, 'state'>): boolean {
  return round.state === RoundState.CLOSED && DECIDABLE_STATES.includes(app.state);
}

/** Sending in: a resubmission after a request for more information, else the first submission. */
export const sendInMove = (app: Facts): ApplicationMove => (applicationMay(app, 'resubmit') ? 'resubmit' : 'submit');

/** Whether the deadline binds sending it in now (not for a resubmission). */
export const deadlineBinds = (app: Facts): boolean => sendInMove(app) === 'submit';

const REFUSAL: Partial<Record<ApplicationMove, string>> = { submit: 'grant/not_editable', resubmit: 'grant/not_editable', withdraw: 'grant/not_withdrawable' };

/**
 * Makes `move` on the application and writes it to the audit log (`state:FROM→TO`); CONFLICT when the table
 * does not allow it from the application's state (someone else moved it meanwhile, or a decision is recorded).
 */
export function moveApplication(tx: EntityManager, app: GrantApplication, move: ApplicationMove, actor: { id: string; name: string } | null, details?: Record<string, unknown>): S {
  const { from, to } = applyMove(APPLICATION_TRANSITIONS, app, move, (state) => new ConflictError(REFUSAL[move] ?? 'grant/invalid_transition', { from: state, move }), applicationMay(app, move));
  audit(tx, { entityType: 'grant_application', entityId: app.id, action: `state:${from}→${to}`, actor, details });
  return to;
}
