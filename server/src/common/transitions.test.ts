import { describe, expect, it } from 'vitest';
import { applyMove, movesOf, statesAllowing, statesLeadingTo, targetOf, type TransitionTable } from './transitions.js';

type S = 'A' | 'B' | 'C';
const TABLE: TransitionTable<S, 'go' | 'stop'> = { A: { B: 'go', C: 'stop' }, B: { C: 'stop' }, C: {} };

describe('transition tables', () => {
  it('find where a move leads, from where, and to where', () => {
    expect(targetOf(TABLE, 'A', 'go')).toBe('B');
    expect(targetOf(TABLE, 'B', 'go')).toBeNull();
    expect(targetOf(TABLE, 'C', 'stop')).toBeNull();
    expect(statesAllowing(TABLE, 'stop')).toEqual(['A', 'B']);
    expect(statesLeadingTo(TABLE, 'C')).toEqual(['A', 'B']);
    expect(movesOf(TABLE)).toEqual(['go', 'stop']);
  });

  it('move only as the table says, and refuse the rest without changing anything', () => {
    const thing = { state: 'A' as S };
    expect(applyMove(TABLE, thing, 'go', () => new Error('no'))).toEqual({ from: 'A', to: 'B' });
    expect(thing.state).toBe('B');
    expect(() => applyMove(TABLE, thing, 'go', (from) => new Error(`not from ${from}`))).toThrow('not from B');
    expect(thing.state).toBe('B');
    // A module's extra condition refuses a move the table has.
    expect(() => applyMove(TABLE, thing, 'stop', () => new Error('frozen'), false)).toThrow('frozen');
    expect(thing.state).toBe('B');
  });
});
