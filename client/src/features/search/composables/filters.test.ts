import { describe, expect, it } from 'vitest';
import { EMPTY_PARAMS, hasFilters, paramsFromQuery, paramsToFilter, paramsToQuery } from './filters';

describe('search URL parameters', () => {
  it('reads the query and filters, ignoring unknown types and malformed values and trimming the text', () => {
    expect(paramsFromQuery({ q: '  flyktning ', type: 'RESOURCE', topic: 'arbeid', municipality: '4003', language: 'uk' })).toEqual({
      q: 'flyktning',
      type: ['RESOURCE'],
      topic: ['arbeid'],
      municipality: ['4003'],
      language: ['uk'],
    });
    expect(paramsFromQuery({ q: ['a', 'b'], type: 'SECRET' })).toEqual({ ...EMPTY_PARAMS, q: 'a' });
    expect(paramsFromQuery({ q: 'x'.repeat(300) }).q).toHaveLength(200);
    expect(paramsFromQuery({ q: 'x', municipality: ['4003', 'Skien', '4001', '4003'], type: ['EVENT', 'SECRET', 'RESOURCE'] })).toEqual({
      ...EMPTY_PARAMS,
      q: 'x',
      municipality: ['4003', '4001'],
      type: ['EVENT', 'RESOURCE'],
    });
  });

  it('writes only what is set, a facet with several values as repeated keys, and round-trips', () => {
    const params = { ...EMPTY_PARAMS, q: 'norsk', type: ['EVENT'] };
    expect(paramsToQuery(params)).toEqual({ q: 'norsk', type: 'EVENT' });
    expect(paramsFromQuery(paramsToQuery(params))).toEqual(params);
    const several = { ...EMPTY_PARAMS, q: 'norsk', type: ['EVENT', 'ACTIVITY'], language: ['ar', 'so'] };
    expect(paramsToQuery(several)).toEqual({ q: 'norsk', type: ['EVENT', 'ACTIVITY'], language: ['ar', 'so'] });
    expect(paramsFromQuery(paramsToQuery(several))).toEqual(several);
  });

  it('turns the filters into the API filter', () => {
    expect(paramsToFilter({ ...EMPTY_PARAMS, q: 'x', type: ['GRANT_ROUND'], language: ['nb', 'en'] })).toEqual({ types: ['GRANT_ROUND'], topics: null, municipalities: null, languages: ['nb', 'en'] });
    expect(hasFilters({ ...EMPTY_PARAMS, q: 'x' })).toBe(false);
    expect(hasFilters({ ...EMPTY_PARAMS, municipality: ['4003'] })).toBe(true);
  });
});
