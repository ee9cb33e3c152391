import { targetOf, type TransitionTable } from '../../common/transitions.js';
import { ConflictDeclaration as D } from './grant.entity.js';

/** A reviewer's answer to the conflict-of-interest question for one application; NONE: not answered yet (no row). */
export type DeclarationState = D | 'NONE';
export type DeclarationMove = 'declareNoConflict' | 'declareConflict';

/**
 * Which declarations may follow which: the one place this rule lives. A reviewer answers once, and one who
 * declared no conflict may still find one later; a declared conflict is final, so it cannot be undone to read
 * the content. (The same answer again changes nothing and is no move.)
 */
export const DECLARATION_TRANSITIONS: TransitionTable<DeclarationState, DeclarationMove> = {
  NONE: { [D.NO_CONFLICT]: 'declareNoConflict', [D.CONFLICT]: 'declareConflict' },
  [D.NO_CONFLICT]: { [D.CONFLICT]: 'declareConflict' },
  [D.CONFLICT]: {},
};

export const moveFor = (declaration: D): DeclarationMove => (declaration === D.CONFLICT ? 'declareConflict' : 'declareNoConflict');

export const declarationMay = (current: DeclarationState, move: DeclarationMove): boolean => targetOf(DECLARATION_TRANSITIONS, current, move) !== null;
