import { ConflictError } from '../../common/errors.js';
import { EvaluationStatus as S } from './evaluation.types.js';

/**
 * Every move an event's evaluation can make, and what makes it: the one place these rules live. The organisers
 * write the questions (READY), ask the participants once the event has started (OPEN: they are told in the inbox
 * and by e-mail) and close it; questions can be changed or removed only before anyone is asked.
 */
export const EVALUATION_TRANSITIONS: Readonly<Record<S, Readonly<Partial<Record<S, string>>>>> = {
  [S.NONE]: { [S.READY]: 'the organisers write the questions' },
  [S.READY]: { [S.READY]: 'the organisers change the questions', [S.NONE]: 'the organisers remove them', [S.OPEN]: 'the organisers ask the participants (once the event has started)' },
  [S.OPEN]: { [S.CLOSED]: 'the organisers close it' },
  [S.CLOSED]: { [S.OPEN]: 'the organisers open it again' },
};

export function evaluationMayMove(from: S, to: S): boolean {
  return !!EVALUATION_TRANSITIONS[from][to];
}

export function assertEvaluationMove(from: S, to: S): void {
  if (!evaluationMayMove(from, to)) throw new ConflictError('evaluation/transition_invalid', { from, to });
}
