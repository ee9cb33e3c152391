import { describe, expect, it } from 'vitest';
import { movesOf } from '../../common/transitions.js';
import { APPLICATION_MOVES, APPLICATION_TRANSITIONS, applicationDecidable, applicationEditable, applicationMay, deadlineBinds, type ApplicationMove } from './application.states.js';
import { DECLARATION_TRANSITIONS, declarationMay, type DeclarationMove, type DeclarationState } from './declaration.states.js';
import { ApplicationState as A, ConflictDeclaration as D, Decision, RoundState as R } from './grant.entity.js';
import { acceptingApplications, ROUND_MOVES, ROUND_TRANSITIONS, roundEditable, roundMay, type RoundMove } from './round.states.js';

// Written out by hand (not read from the tables): a change to a table has to change this list too.
const APPLICATION: [A, ApplicationMove, A][] = [
  [A.DRAFT, 'submit', A.SUBMITTED],
  [A.DRAFT, 'withdraw', A.WITHDRAWN],
  [A.SUBMITTED, 'startReview', A.IN_REVIEW],
  [A.SUBMITTED, 'publishDecision', A.DECIDED],
  [A.SUBMITTED, 'withdraw', A.WITHDRAWN],
  [A.IN_REVIEW, 'requestInfo', A.MORE_INFO_REQUESTED],
  [A.IN_REVIEW, 'publishDecision', A.DECIDED],
  [A.IN_REVIEW, 'withdraw', A.WITHDRAWN],
  [A.MORE_INFO_REQUESTED, 'resubmit', A.IN_REVIEW],
  [A.MORE_INFO_REQUESTED, 'publishDecision', A.DECIDED],
  [A.MORE_INFO_REQUESTED, 'withdraw', A.WITHDRAWN],
];
const ROUND: [R, RoundMove, R][] = [
  [R.DRAFT, 'open', R.OPEN],
  [R.OPEN, 'close', R.CLOSED],
  [R.CLOSED, 'publishDecisions', R.DECIDED],
];
const DECLARATION: [DeclarationState, DeclarationMove, D][] = [
  ['NONE', 'declareNoConflict', D.NO_CONFLICT],
  ['NONE', 'declareConflict', D.CONFLICT],
  [D.NO_CONFLICT, 'declareConflict', D.CONFLICT],
];

/** Every (from, to) pair of a machine: allowed exactly when listed, and then by the listed move. */
function checkEveryPair<S extends string, M extends string>(table: Readonly<Record<S, Readonly<Partial<Record<S, M>>>>>, states: readonly S[], targets: readonly string[], allowed: [S, M, string][]) {
  let forbidden = 0;
  for (const from of states) {
    for (const to of targets) {
      const listed = allowed.find(([f, , t]) => f === from && t === to);
      expect((table[from] as Record<string, M | undefined>)[to], `${from} → ${to}`).toBe(listed?.[1]);
      if (!listed) forbidden++;
    }
  }
  expect(forbidden + allowed.length).toBe(states.length * targets.length);
}

describe('the application transition table', () => {
  const states = Object.values(A);
  const moves = Object.keys(APPLICATION_MOVES) as ApplicationMove[];

  it('allows exactly the listed moves between every pair of states', () => {
    checkEveryPair(APPLICATION_TRANSITIONS, states, states, APPLICATION);
    expect(movesOf(APPLICATION_TRANSITIONS).sort()).toEqual([...moves].sort());
  });

  it('answers every move from every state, and a recorded decision takes the applicant’s own moves away', () => {
    for (const state of states) {
      for (const move of moves) {
        const listed = APPLICATION.some(([f, m]) => f === state && m === move);
        expect(applicationMay({ state, decision: null }, move), `${state} ${move}`).toBe(listed);
        const applicants = move === 'submit' || move === 'resubmit' || move === 'withdraw';
        expect(applicationMay({ state, decision: Decision.APPROVED }, move), `${state} ${move} after a decision`).toBe(listed && !applicants);
      }
    }
  });

  it('is editable as a draft or while more information is asked for, until a decision is recorded', () => {
    for (const state of states) {
      const editable = state === A.DRAFT || state === A.MORE_INFO_REQUESTED;
      expect(applicationEditable({ state, decision: null }), state).toBe(editable);
      expect(applicationEditable({ state, decision: Decision.REJECTED }), `${state} decided`).toBe(false);
    }
  });

  it('is decidable in assessment in a closed round only; the deadline binds the first submission only', () => {
    for (const state of states) {
      for (const round of Object.values(R)) {
        const assessed = state === A.SUBMITTED || state === A.IN_REVIEW || state === A.MORE_INFO_REQUESTED;
        expect(applicationDecidable({ state, decision: null }, { state: round }), `${state} in ${round}`).toBe(assessed && round === R.CLOSED);
      }
      expect(deadlineBinds({ state, decision: null }), state).toBe(state !== A.MORE_INFO_REQUESTED);
    }
  });
});

describe('the round transition table', () => {
  const states = Object.values(R);

  it('allows exactly the listed moves between every pair of states, and every move from every state', () => {
    checkEveryPair(ROUND_TRANSITIONS, states, states, ROUND);
    for (const state of states) {
      for (const move of Object.keys(ROUND_MOVES) as RoundMove[]) expect(roundMay({ state }, move), `${state} ${move}`).toBe(ROUND.some(([f, m]) => f === state && m === move));
      expect(roundEditable({ state }), state).toBe(state !== R.DECIDED);
    }
  });

  it('accepts applications while open and before the deadline, to the millisecond', () => {
    const closesAt = new Date('2027-03-01T11:00:00Z');
    expect(acceptingApplications({ state: R.OPEN, closesAt }, closesAt)).toBe(true);
    expect(acceptingApplications({ state: R.OPEN, closesAt }, new Date(closesAt.getTime() + 1))).toBe(false);
    for (const state of [R.DRAFT, R.CLOSED, R.DECIDED]) expect(acceptingApplications({ state, closesAt }, new Date('2027-01-01T00:00:00Z')), state).toBe(false);
  });
});

describe('the conflict-of-interest declaration table', () => {
  const states: DeclarationState[] = ['NONE', D.NO_CONFLICT, D.CONFLICT];

  it('allows exactly the listed answers after every answer; a declared conflict is final', () => {
    checkEveryPair(DECLARATION_TRANSITIONS, states, Object.values(D), DECLARATION);
    for (const state of states) {
      for (const move of ['declareNoConflict', 'declareConflict'] as const) expect(declarationMay(state, move), `${state} ${move}`).toBe(DECLARATION.some(([f, m]) => f === state && m === move));
    }
  });
});
