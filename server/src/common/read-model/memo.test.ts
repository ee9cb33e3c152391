import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createMemo, defineKeyedLoader, defineLoader, type ReadContext } from './memo.js';

const context = (): ReadContext => ({ em: {} as EntityManager, memo: createMemo() });

describe('typed per-operation loaders', () => {
  it('reads the keys asked for in one tick in one batch, each once, and answers known ones without a promise', async () => {
    const batches: string[][] = [];
    const lengths = defineLoader(async (_ctx: ReadContext, keys: readonly string[]) => (batches.push([...keys]), keys.map((k) => k.length)));
    const ctx = context();
    const [a, b, again] = await Promise.all([lengths(ctx).load('a'), lengths(ctx).load('bb'), lengths(ctx).load('a')]);
    expect([a, b, again]).toEqual([1, 2, 1]);
    expect(batches).toEqual([['a', 'bb']]);
    expect(lengths(ctx).get('bb')).toBe(2); // a value, not a promise
    expect(lengths(ctx).get('ccc')).toBeInstanceOf(Promise);
    // Another operation has its own loader.
    await lengths(context()).load('a');
    expect(batches).toHaveLength(3);
  });

  it('takes primed values as known, and keeps the first value of a key', async () => {
    const never = defineLoader(async (): Promise<readonly string[]> => Promise.reject(new Error('not read')));
    const ctx = context();
    never(ctx).prime('k', 'primed');
    never(ctx).prime('k', 'later');
    expect(never(ctx).known('k')).toBe('primed');
    expect(never(ctx).get('k')).toBe('primed');
    await never(ctx).preload(['k']);
  });

  it('reads a keyed loader once per key, its failure too', async () => {
    let reads = 0;
    const checked = defineKeyedLoader(async (_ctx: ReadContext, id: string) => {
      reads++;
      if (id === 'hidden') throw new Error('forbidden');
      return { id };
    });
    const ctx = context();
    await expect(checked(ctx).load('hidden')).rejects.toThrow('forbidden');
    await expect(checked(ctx).load('hidden')).rejects.toThrow('forbidden');
    expect(await checked(ctx).load('open')).toEqual({ id: 'open' });
    expect(reads).toBe(2);
  });
});
