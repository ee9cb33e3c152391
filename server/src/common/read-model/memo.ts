import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MaybePromise } from '../maybe-promise.js';

/**
 * One kind of value, by key, as one operation reads it: a DataLoader (loads in the same tick share one batch, each
 * key is read once) that also answers what it already holds at once (`known`, `get`), without a promise: a list
 * page's fields then need no promise each (bench/event-list.ts).
 */
export class Loader<K, V> {
  private readonly settled = new Map<K, V>();
  private readonly loader: DataLoader<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>, options?: { batch?: boolean }) {
    this.loader = new DataLoader<K, V>(async (keys) => {
      const values = await batch(keys);
      values.forEach((value, i) => {
        if (!(value instanceof Error)) this.settled.set(keys[i]!, value);
      });
      return values;
    }, options);
  }

  /** The value of `key` if it is known now (primed, or its load has finished); else undefined. */
  known(key: K): V | undefined {
    return this.settled.get(key);
  }

  /** The value of `key`: at once when known, else loaded (with the other keys asked for in the same tick). */
  get(key: K): MaybePromise<V> {
    return this.settled.has(key) ? this.settled.get(key)! : this.loader.load(key);
  }

  load(key: K): Promise<V> {
    return this.loader.load(key);
  }

  /** Loads these keys ahead of their fields (a list's related rows), in one batch. A failure is left to the field
   * that asks for the key (a failed batch is not cached: it reads again, and answers with the error). */
  async preload(keys: Iterable<K>): Promise<void> {
    const missing = [...new Set(keys)].filter((key) => !this.settled.has(key));
    if (missing.length) await this.loader.loadMany(missing);
  }

  /** Records a value read along with something else (a list's related rows, a write's answer). As DataLoader's
   * `prime`: a key already known keeps its value. */
  prime(key: K, value: V): void {
    if (this.settled.has(key)) return;
    this.settled.set(key, value);
    this.loader.prime(key, value);
  }
}

/** What one operation has read: its loaders, by kind (`defineLoader`). Made fresh per operation (context.ts). */
export class Memo {
  private readonly loaders = new Map<object, Loader<unknown, unknown>>();

  /** The operation's loader of `kind`, made by `make` on first use. */
  loader<K, V>(kind: object, make: () => Loader<K, V>): Loader<K, V> {
    let loader = this.loaders.get(kind) as Loader<K, V> | undefined;
    if (!loader) this.loaders.set(kind, (loader = make()) as Loader<unknown, unknown>);
    return loader;
  }
}

export const createMemo = (): Memo => new Memo();

/** What the read model needs of a context: the operation's EntityManager and memo. */
export interface ReadContext {
  em: EntityManager;
  memo: Memo;
}

/**
 * A kind of per-operation loader, defined once (at module level): `batch` reads the values of many keys in one
 * statement, in the keys' order (undefined/null where there is none, as the value type says). Use it as
 * `kind(ctx).get(key)`, `.load`, `.preload`, `.prime`, `.known`.
 */
export function defineLoader<C extends ReadContext, K, V>(batch: (ctx: C, keys: readonly K[]) => Promise<readonly V[]>): (ctx: C) => Loader<K, V> {
  const kind = {};
  return (ctx) => ctx.memo.loader(kind, () => new Loader<K, V>((keys) => batch(ctx, keys)));
}

/**
 * A kind of per-operation loader that reads one key at a time (what it reads has no batch form, or needs a check
 * per key): each key once per operation, its failure too (asking again gives the same error, not a second read).
 */
export function defineKeyedLoader<C extends ReadContext, K, V>(load: (ctx: C, key: K) => Promise<V>): (ctx: C) => Loader<K, V> {
  const kind = {};
  return (ctx) =>
    ctx.memo.loader(
      kind,
      () => new Loader<K, V>(async ([key]) => [await load(ctx, key!).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))], { batch: false }),
    );
}
