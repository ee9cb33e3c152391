/** A value now, or later. A field resolver that can answer from what the operation knows returns the value
 * itself: graphql-js completes a list whose items' fields are all plain values without a promise per item,
 * and each promise costs (Node 20's promise hooks are on, see docs/benchmarks.md). */
export type MaybePromise<T> = T | Promise<T>;

/** `f` applied to a value now or later, without a promise when there is none. */
export function thenMaybe<T, U>(value: MaybePromise<T>, f: (v: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
