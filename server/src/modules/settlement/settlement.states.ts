import { ConflictError } from '../../common/errors.js';
import { targetOf, type TransitionTable } from '../../common/transitions.js';
import { BoardState, DecisionStatus, MilestoneStatus, RecommendationState, ResponseState, SurveyState } from './settlement.entity.js';

/**
 * Every move the settlement cycle's things can make, as tables (common/transitions.ts): the one place these rules
 * live. The services change a state only through `step`/`stepTo`, and the `viewerCan` flags ask `may`.
 */

/** The year's capacity survey (county staff). */
export type SurveyMove = 'send' | 'close' | 'reopen';
export const SURVEY_MOVES: Readonly<Record<SurveyMove, string>> = {
  send: 'to every municipality of the county, with a deadline ahead; their people are told',
  close: 'no more answers',
  reopen: 'answers again, with a deadline ahead',
};
export const SURVEY_TRANSITIONS: TransitionTable<SurveyState, SurveyMove> = {
  [SurveyState.DRAFT]: { [SurveyState.OPEN]: 'send' },
  [SurveyState.OPEN]: { [SurveyState.CLOSED]: 'close' },
  [SurveyState.CLOSED]: { [SurveyState.OPEN]: 'reopen' },
};

/** One municipality's answer: opened and submitted by its own people (before its deadline), reopened by county staff. */
export type ResponseMove = 'open' | 'submit' | 'reopen';
export const RESPONSE_MOVES: Readonly<Record<ResponseMove, string>> = {
  open: 'a member of the municipality opens the form (or saves it)',
  submit: 'a member submits it, complete, before the deadline',
  reopen: 'county staff open it for corrections',
};
export const RESPONSE_TRANSITIONS: TransitionTable<ResponseState, ResponseMove> = {
  [ResponseState.NOT_OPENED]: { [ResponseState.DRAFT]: 'open' },
  [ResponseState.DRAFT]: { [ResponseState.SUBMITTED]: 'submit' },
  [ResponseState.SUBMITTED]: { [ResponseState.DRAFT]: 'reopen' },
};

/** The allocation board (county staff). */
export type BoardMove = 'lock' | 'unlock';
export const BOARD_MOVES: Readonly<Record<BoardMove, string>> = {
  lock: 'its numbers and comments become the recommendation drafts',
  unlock: 'open again, as long as no recommendation has been sent',
};
export const BOARD_TRANSITIONS: TransitionTable<BoardState, BoardMove> = {
  [BoardState.OPEN]: { [BoardState.LOCKED]: 'lock' },
  [BoardState.LOCKED]: { [BoardState.OPEN]: 'unlock' },
};

/** The county's recommendation for one municipality (county staff). */
export type RecommendationMove = 'send' | 'revise';
export const RECOMMENDATION_MOVES: Readonly<Record<RecommendationMove, string>> = {
  send: 'to IMDi: locked, and the sent version kept',
  revise: 'a new version; the sent one stays in the history',
};
export const RECOMMENDATION_TRANSITIONS: TransitionTable<RecommendationState, RecommendationMove> = {
  [RecommendationState.DRAFT]: { [RecommendationState.SENT]: 'send' },
  [RecommendationState.SENT]: { [RecommendationState.DRAFT]: 'revise' },
};

/** A milestone of the annual wheel (county staff set the status it should have). */
export type MilestoneMove = 'start' | 'finish' | 'unstart' | 'reopen';
export const MILESTONE_TRANSITIONS: TransitionTable<MilestoneStatus, MilestoneMove> = {
  [MilestoneStatus.PLANNED]: { [MilestoneStatus.IN_PROGRESS]: 'start', [MilestoneStatus.DONE]: 'finish' },
  [MilestoneStatus.IN_PROGRESS]: { [MilestoneStatus.DONE]: 'finish', [MilestoneStatus.PLANNED]: 'unstart' },
  [MilestoneStatus.DONE]: { [MilestoneStatus.IN_PROGRESS]: 'reopen' },
};

/** The municipality's decision (NONE: nothing recorded yet). A decided number may be corrected. */
export type DecisionMove = 'await' | 'decide' | 'correct';
export const DECISION_TRANSITIONS: TransitionTable<DecisionStatus | 'NONE', DecisionMove> = {
  NONE: { [DecisionStatus.AWAITING_POLITICAL_TREATMENT]: 'await', [DecisionStatus.DECIDED]: 'decide' },
  [DecisionStatus.AWAITING_POLITICAL_TREATMENT]: { [DecisionStatus.DECIDED]: 'decide' },
  [DecisionStatus.DECIDED]: { [DecisionStatus.DECIDED]: 'correct' },
};

/** Whether `move` is possible from `from`. */
export function may<S extends string, M extends string>(table: TransitionTable<S, M>, from: S, move: M): boolean {
  return targetOf(table, from, move) !== null;
}

/** Where `move` takes a thing in state `from`, or CONFLICT settlement/invalid_transition. */
export function step<S extends string, M extends string>(table: TransitionTable<S, M>, from: S, move: M): S {
  const to = targetOf(table, from, move);
  if (!to) throw new ConflictError('settlement/invalid_transition', { from, move });
  return to;
}

/** `to` if some move of the table leads there from `from` (a status chosen in a form), or CONFLICT settlement/invalid_transition. */
export function stepTo<S extends string, M extends string>(table: TransitionTable<S, M>, from: S, to: S): S {
  if (table[from][to] === undefined) throw new ConflictError('settlement/invalid_transition', { from, to });
  return to;
}
