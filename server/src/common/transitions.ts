/**
 * A state machine as data. Each machine has one table, in its module's `<thing>.states.ts`: for every state,
 * the states it may move to and the named move that takes it there (`{ DRAFT: { SUBMITTED: 'submit' } }`).
 * Services change a state only through the table, and `viewerCan` flags ask the same table, so what the
 * client offers is exactly what the server allows. A state with `{}` is final.
 */
export type TransitionTable<S extends string, M extends string> = Readonly<Record<S, Readonly<Partial<Record<S, M>>>>>;

/** Where `move` takes a thing in state `from`; null when the table has no such move from there. */
export function targetOf<S extends string, M extends string>(table: TransitionTable<S, M>, from: S, move: M): S | null {
  const row = table[from];
  return (Object.keys(row) as S[]).find((to) => row[to] === move) ?? null;
}

/** The states from which `move` is possible (bulk updates take their WHERE from here). */
export function statesAllowing<S extends string, M extends string>(table: TransitionTable<S, M>, move: M): S[] {
  return (Object.keys(table) as S[]).filter((from) => targetOf(table, from, move) !== null);
}

/** The states that may move to `to`. */
export function statesLeadingTo<S extends string, M extends string>(table: TransitionTable<S, M>, to: S): S[] {
  return (Object.keys(table) as S[]).filter((from) => table[from][to] !== undefined);
}

/** Every move of the machine, once each. */
export function movesOf<S extends string, M extends string>(table: TransitionTable<S, M>): M[] {
  return [...new Set((Object.values(table) as Partial<Record<S, M>>[]).flatMap((row) => Object.values(row) as M[]))];
}

/**
 * Makes `move` on `thing` if the table allows it from its state (and `allowed`, a module's extra condition, holds);
 * otherwise throws what `refuse` makes. Returns the step taken, for the audit log.
 */
export function applyMove<S extends string, M extends string>(table: TransitionTable<S, M>, thing: { state: S }, move: M, refuse: (from: S) => Error, allowed = true): { from: S; to: S } {
  const from = thing.state;
  const to = allowed ? targetOf(table, from, move) : null;
  if (!to) throw refuse(from);
  thing.state = to;
  return { from, to };
}
