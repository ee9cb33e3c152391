import { describe, expect, it } from 'vitest';
import { movesOf } from '../../common/transitions.js';
import { BoardState, DecisionStatus, MilestoneStatus, RecommendationState, ResponseState, SurveyState } from './settlement.entity.js';
import { BOARD_MOVES, BOARD_TRANSITIONS, DECISION_TRANSITIONS, MILESTONE_TRANSITIONS, RECOMMENDATION_MOVES, RECOMMENDATION_TRANSITIONS, RESPONSE_MOVES, RESPONSE_TRANSITIONS, SURVEY_MOVES, SURVEY_TRANSITIONS, may, step, stepTo } from './settlement.states.js';

describe('the settlement cycle’s state machines', () => {
  it('has a row for every state and a description for every move', () => {
    expect(Object.keys(SURVEY_TRANSITIONS).sort()).toEqual(Object.values(SurveyState).sort());
    expect(Object.keys(RESPONSE_TRANSITIONS).sort()).toEqual(Object.values(ResponseState).sort());
    expect(Object.keys(BOARD_TRANSITIONS).sort()).toEqual(Object.values(BoardState).sort());
    expect(Object.keys(RECOMMENDATION_TRANSITIONS).sort()).toEqual(Object.values(RecommendationState).sort());
    expect(Object.keys(MILESTONE_TRANSITIONS).sort()).toEqual(Object.values(MilestoneStatus).sort());
    expect(Object.keys(DECISION_TRANSITIONS).sort()).toEqual(['NONE', ...Object.values(DecisionStatus)].sort());
    expect(movesOf(SURVEY_TRANSITIONS).sort()).toEqual(Object.keys(SURVEY_MOVES).sort());
    expect(movesOf(RESPONSE_TRANSITIONS).sort()).toEqual(Object.keys(RESPONSE_MOVES).sort());
    expect(movesOf(BOARD_TRANSITIONS).sort()).toEqual(Object.keys(BOARD_MOVES).sort());
    expect(movesOf(RECOMMENDATION_TRANSITIONS).sort()).toEqual(Object.keys(RECOMMENDATION_MOVES).sort());
  });

  it('moves only as the tables say, and refuses the rest with CONFLICT settlement/invalid_transition', () => {
    expect(step(RESPONSE_TRANSITIONS, ResponseState.DRAFT, 'submit')).toBe(ResponseState.SUBMITTED);
    expect(may(RESPONSE_TRANSITIONS, ResponseState.NOT_OPENED, 'submit')).toBe(false);
    expect(() => step(RESPONSE_TRANSITIONS, ResponseState.NOT_OPENED, 'submit')).toThrow('settlement/invalid_transition');
    expect(step(SURVEY_TRANSITIONS, SurveyState.CLOSED, 'reopen')).toBe(SurveyState.OPEN);
    expect(() => step(SURVEY_TRANSITIONS, SurveyState.DRAFT, 'close')).toThrow('settlement/invalid_transition');
    expect(stepTo(MILESTONE_TRANSITIONS, MilestoneStatus.DONE, MilestoneStatus.IN_PROGRESS)).toBe(MilestoneStatus.IN_PROGRESS);
    expect(() => stepTo(MILESTONE_TRANSITIONS, MilestoneStatus.DONE, MilestoneStatus.PLANNED)).toThrow('settlement/invalid_transition');
    expect(() => stepTo(DECISION_TRANSITIONS, DecisionStatus.DECIDED, DecisionStatus.AWAITING_POLITICAL_TREATMENT)).toThrow('settlement/invalid_transition');
    expect(stepTo(DECISION_TRANSITIONS, 'NONE', DecisionStatus.DECIDED)).toBe(DecisionStatus.DECIDED);
  });
});
