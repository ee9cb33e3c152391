import { describe, expect, it } from 'vitest';
import { KeyedBatches } from './keyed-batches.js';

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('KeyedBatches', () => {
  it('writes an idle key’s item at once, those that came meanwhile together next (up to the bound), other keys alongside', async () => {
    const log: string[] = [];
    const batches = new KeyedBatches<string, string>(async (items) => {
      log.push(`start ${items.join(',')}`);
      await later(20);
      log.push(`end ${items.join(',')}`);
      return items.map((i) => i.toUpperCase());
    }, 2);
    const answers = Promise.all([batches.add('a', 'a1'), batches.add('a', 'a2'), batches.add('b', 'b1'), batches.add('a', 'a3'), batches.add('a', 'a4'), batches.add('a', 'a5')]);
    expect(await answers).toEqual(['A1', 'A2', 'B1', 'A3', 'A4', 'A5']);
    expect(log).toEqual(['start a1', 'start b1', 'end a1', 'start a2,a3', 'end b1', 'end a2,a3', 'start a4,a5', 'end a4,a5']);
    // Idle again: the next item goes alone, at once.
    log.length = 0;
    expect(await batches.add('a', 'a6')).toBe('A6');
    expect(log).toEqual(['start a6', 'end a6']);
  });

  it('writes a failed batch’s items again one by one, so only the one that cannot be written fails, and goes on', async () => {
    const written: string[][] = [];
    const batches = new KeyedBatches<string, string>(async (items) => {
      written.push(items);
      await later(5);
      if (items.includes('bad')) throw new Error('bad item');
      return items;
    }, 10);
    const first = batches.add('a', 'first');
    const results = await Promise.allSettled([batches.add('a', 'x'), batches.add('a', 'bad'), batches.add('a', 'y')]);
    expect(await first).toBe('first');
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['x', 'bad item', 'y']);
    expect(written).toEqual([['first'], ['x', 'bad', 'y'], ['x'], ['bad'], ['y']]);
    expect(await batches.add('a', 'after')).toBe('after');
  });
});
