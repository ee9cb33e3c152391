import { describe, expect, it } from 'vitest';
import { EMPTY_PARAMS, hasFilters, paramsFromQuery, paramsToFilter, paramsToQuery } from './filters';

describe('search URL parameters', () => {
  it('reads the query and filters, ignoring unknown types and trimming the text', () => {
    expect(paramsFromQuery({ q: '  flyktning ', type: 'RESOURCE', topic: 'arbeid', municipality: '4003', language: 'uk' })).toEqual({
      q: 'flyktning',
      type: 'RESOURCE',
      topic: 'arbeid',
      municipality: '4003',
      language: 'uk',
    });
    expect(paramsFromQuery({ q: ['a', 'b'], type: 'SECRET' })).toEqual({ ...EMPTY_PARAMS, q: 'a' });
    expect(paramsFromQuery({ q: 'x'.repeat(300) }).q).toHaveLength(200);
  });

  it('writes only what is set, and round-trips', () => {
    const params = { ...EMPTY_PARAMS, q: 'norsk', type: 'EVENT' };
    expect(paramsToQuery(params)).toEqual({ q: 'norsk', type: 'EVENT' });
    expect(paramsFromQuery(paramsToQuery(params))).toEqual(params);
  });

  it('turns the filters into the API filter', () => {
    expect(paramsToFilter({ ...EMPTY_PARAMS, q: 'x', type: 'GRANT_ROUND', language: 'nb' })).toEqual({ types: ['GRANT_ROUND'], topic: null, municipality: null, language: 'nb' });
    expect(hasFilters({ ...EMPTY_PARAMS, q: 'x' })).toBe(false);
    expect(hasFilters({ ...EMPTY_PARAMS, municipality: '4003' })).toBe(true);
  });
});
