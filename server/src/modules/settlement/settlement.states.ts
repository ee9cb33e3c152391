import { ConflictError } from '../../common/errors.js';
import { BoardState, DecisionStatus, MilestoneStatus, RecommendationState, ResponseState, SurveyState } from './settlement.entity.js';

/**
 * Every move the settlement cycle's things can make, and what makes it: the one place these rules live. The
 * services move things only through `move`, and the `viewerCan` flags ask `canMove`.
 */
type Transitions<S extends string> = Readonly<Record<S, Readonly<Partial<Record<S, string>>>>>;

/** The year's capacity survey. */
export const SURVEY_TRANSITIONS: Transitions<SurveyState> = {
  [SurveyState.DRAFT]: { [SurveyState.OPEN]: 'county staff send it to every municipality of the county (with a deadline)' },
  [SurveyState.OPEN]: { [SurveyState.CLOSED]: 'county staff close it' },
  [SurveyState.CLOSED]: { [SurveyState.OPEN]: 'county staff open it again (with a deadline still ahead)' },
};

/** One municipality's answer. Only members of the municipality move it forward, and only before its deadline. */
export const RESPONSE_TRANSITIONS: Transitions<ResponseState> = {
  [ResponseState.NOT_OPENED]: { [ResponseState.DRAFT]: 'a member of the municipality opens the form (or saves it)' },
  [ResponseState.DRAFT]: { [ResponseState.SUBMITTED]: 'a member submits it, complete, before the deadline' },
  [ResponseState.SUBMITTED]: { [ResponseState.DRAFT]: 'county staff reopen it for corrections' },
};

/** The allocation board. */
export const BOARD_TRANSITIONS: Transitions<BoardState> = {
  [BoardState.OPEN]: { [BoardState.LOCKED]: 'county staff lock it: its numbers and comments become the recommendation drafts' },
  [BoardState.LOCKED]: { [BoardState.OPEN]: 'county staff open it again, as long as no recommendation has been sent' },
};

/** The county's recommendation for one municipality. */
export const RECOMMENDATION_TRANSITIONS: Transitions<RecommendationState> = {
  [RecommendationState.DRAFT]: { [RecommendationState.SENT]: 'county staff send it to IMDi: locked, and the sent version kept' },
  [RecommendationState.SENT]: { [RecommendationState.DRAFT]: 'county staff revise it: a new version, the sent one stays in the history' },
};

/** A milestone of the annual wheel. */
export const MILESTONE_TRANSITIONS: Transitions<MilestoneStatus> = {
  [MilestoneStatus.PLANNED]: { [MilestoneStatus.IN_PROGRESS]: 'it starts', [MilestoneStatus.DONE]: 'it is done' },
  [MilestoneStatus.IN_PROGRESS]: { [MilestoneStatus.DONE]: 'it is done', [MilestoneStatus.PLANNED]: 'it was started by mistake' },
  [MilestoneStatus.DONE]: { [MilestoneStatus.IN_PROGRESS]: 'it turned out not to be done' },
};

/** The municipality's decision (NONE: nothing recorded yet). A decided number may be corrected (DECIDED → DECIDED). */
export const DECISION_TRANSITIONS: Transitions<DecisionStatus | 'NONE'> = {
  NONE: { [DecisionStatus.AWAITING_POLITICAL_TREATMENT]: 'the case goes to the municipal council', [DecisionStatus.DECIDED]: 'the council has decided' },
  [DecisionStatus.AWAITING_POLITICAL_TREATMENT]: { [DecisionStatus.DECIDED]: 'the council has decided' },
  [DecisionStatus.DECIDED]: { [DecisionStatus.DECIDED]: 'a correction of the recorded decision' },
};

export function canMove<S extends string>(table: Transitions<S>, from: S, to: S): boolean {
  return table[from]?.[to] !== undefined;
}

/** Moves `target[key]` from its current value to `to`, or CONFLICT settlement/invalid_transition; returns where it was. */
export function move<S extends string, K extends string>(table: Transitions<S>, target: Record<K, S>, key: K, to: NoInfer<S>): S {
  const from = target[key];
  if (!canMove(table, from, to)) throw new ConflictError('settlement/invalid_transition', { from, to });
  target[key] = to;
  return from;
}
