import type { EntityManager } from '@mikro-orm/postgresql';
import { audit } from '../../../common/audit.js';
import { ConflictError } from '../../../common/errors.js';
import { applyMove, type TransitionTable } from '../../../common/transitions.js';

export type Actor = { id: string; name: string } | null;

/**
 * The one way a follow-up machine changes state: `move` must be in the table from the thing's state (and `allowed`,
 * the machine's extra condition such as a deadline, must hold), else CONFLICT with the machine's refusal code.
 * Every step goes to the audit log as `state:FROM→TO` on the thing, with `details` (the award it belongs to …).
 */
export function mover<S extends string, M extends string>(table: TransitionTable<S, M>, entityType: string, refusal: (move: M) => string) {
  return (tx: EntityManager, thing: { id: string; state: S }, move: M, actor: Actor, opts: { allowed?: boolean; details?: Record<string, unknown> } = {}): S => {
    const { from, to } = applyMove(table, thing, move, (state) => new ConflictError(refusal(move), { from: state, move }), opts.allowed ?? true);
    audit(tx, { entityType, entityId: thing.id, action: `state:${from}→${to}`, actor, details: opts.details });
    return to;
  };
}
