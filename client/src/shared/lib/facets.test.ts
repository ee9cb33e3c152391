import { describe, expect, it } from 'vitest';
import { facetOptions } from './facets';

describe('facetOptions', () => {
  const label = (v: string) => v.toUpperCase();

  it('lists the values with hits by label, and a chosen value without hits with count 0', () => {
    const values = [
      { value: 'øst', count: 2 },
      { value: 'ås', count: 1 },
      { value: 'berg', count: 0 },
    ];
    expect(facetOptions(values, ['vik'], label, 'nb')).toEqual([
      { value: 'vik', count: 0, label: 'VIK' },
      { value: 'øst', count: 2, label: 'ØST' },
      { value: 'ås', count: 1, label: 'ÅS' },
    ]);
  });

  it('keeps a fixed order when given one, and adds nothing chosen twice', () => {
    const values = [
      { value: 'b', count: 5 },
      { value: 'a', count: 1 },
    ];
    expect(facetOptions(values, ['a'], label, 'en', ['a', 'b', 'c']).map((o) => o.value)).toEqual(['a', 'b']);
    expect(facetOptions(undefined, [], label, 'en')).toEqual([]);
  });
});
