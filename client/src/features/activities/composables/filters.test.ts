import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromQuery, filtersToQuery, filtersToVariables, hasFilters } from './filters';

describe('catalogue filters in the URL', () => {
  const filters = { search: 'norsk samtale', municipality: '4003', category: 'LANGUAGE_CAFE', language: 'ar', targetGroup: 'ALL_NEWCOMERS', weekday: 'WE', dropIn: 'true' };

  it('round-trips through the route query, leaving out empty filters', () => {
    const query = filtersToQuery(filters);
    expect(query).toEqual({ sok: 'norsk samtale', kommune: '4003', kategori: 'LANGUAGE_CAFE', sprak: 'ar', malgruppe: 'ALL_NEWCOMERS', dag: 'WE', dropin: 'true' });
    expect(filtersFromQuery(query)).toEqual(filters);
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({});
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('ignores values the server would refuse and takes the first of repeated values', () => {
    expect(filtersFromQuery({ kategori: 'SPACESHIP', dag: 'XX', dropin: 'maybe', sprak: 'Arabic', kommune: ['4003', '3807'], sok: '  kafé ' })).toEqual({
      ...EMPTY_FILTERS,
      municipality: '4003',
      search: 'kafé',
    });
  });

  it('becomes the GraphQL filter', () => {
    expect(filtersToVariables({ ...EMPTY_FILTERS, language: 'uk', dropIn: 'false' })).toEqual({
      search: null,
      municipality: null,
      category: null,
      language: 'uk',
      targetGroup: null,
      weekday: null,
      dropIn: false,
    });
    expect(filtersToVariables(filters).dropIn).toBe(true);
  });
});
