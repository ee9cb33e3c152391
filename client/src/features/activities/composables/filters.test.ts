import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromQuery, filtersToQuery, filtersToVariables, hasFilters } from './filters';

describe('catalogue filters in the URL', () => {
  const filters = { search: 'norsk samtale', municipality: ['4003', '4001'], category: ['LANGUAGE_CAFE'], language: ['ar'], targetGroup: ['ALL_NEWCOMERS'], weekday: ['WE', 'TH'], dropIn: 'true' };

  it('round-trips through the route query, several values as a repeated key, leaving out empty filters', () => {
    const query = filtersToQuery(filters);
    expect(query).toEqual({ sok: 'norsk samtale', kommune: ['4003', '4001'], kategori: 'LANGUAGE_CAFE', sprak: 'ar', malgruppe: 'ALL_NEWCOMERS', dag: ['WE', 'TH'], dropin: 'true' });
    expect(filtersFromQuery(query)).toEqual(filters);
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({});
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, weekday: ['MO'] })).toBe(true);
  });

  it('ignores values the server would refuse, and repeated ones', () => {
    expect(filtersFromQuery({ kategori: ['SPACESHIP', 'CULTURE'], dag: 'XX', dropin: 'maybe', sprak: 'Arabic', kommune: ['4003', '3807', '4003', 'x'], sok: '  kafé ' })).toEqual({
      ...EMPTY_FILTERS,
      municipality: ['4003', '3807'],
      category: ['CULTURE'],
      search: 'kafé',
    });
  });

  it('becomes the GraphQL filter, with lists', () => {
    expect(filtersToVariables({ ...EMPTY_FILTERS, language: ['uk', 'ar'], dropIn: 'false' })).toEqual({
      search: null,
      municipalities: null,
      categories: null,
      languages: ['uk', 'ar'],
      targetGroups: null,
      weekdays: null,
      dropIn: false,
    });
    expect(filtersToVariables(filters).dropIn).toBe(true);
  });
});
