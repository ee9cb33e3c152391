import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromQuery, filtersToQuery, filtersToVariables, hasFilters } from './filters';

describe('library filters', () => {
  it('reads known values from the URL and ignores the rest', () => {
    expect(filtersFromQuery({ type: 'GUIDE', tema: 'sprak', sprak: 'uk', tilgang: 'MEMBERS' })).toEqual({ kind: 'GUIDE', topic: 'sprak', language: 'uk', access: 'MEMBERS' });
    expect(filtersFromQuery({ type: 'POEM', tema: 'Ikke gyldig!', sprak: 'ukrainsk', tilgang: 'SECRET' })).toEqual(EMPTY_FILTERS);
    expect(filtersFromQuery({ type: ['REPORT', 'GUIDE'] }).kind).toBe('REPORT');
  });

  it('writes only the chosen filters, in a fixed order', () => {
    expect(filtersToQuery({ kind: 'GUIDE', topic: '', language: 'nb', access: 'MEMBERS' })).toEqual({ type: 'GUIDE', sprak: 'nb', tilgang: 'MEMBERS' });
    expect(Object.keys(filtersToQuery({ access: 'PUBLIC', language: 'en', topic: 'helse', kind: 'REPORT' }))).toEqual(['type', 'tema', 'sprak', 'tilgang']);
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({});
  });

  it('sends the access filter only for signed-in users', () => {
    const filters = { kind: 'GUIDE', topic: 'helse', language: '', access: 'MEMBERS' };
    expect(filtersToVariables(filters, true)).toEqual({ kinds: ['GUIDE'], topic: 'helse', language: null, access: 'MEMBERS' });
    expect(filtersToVariables(filters, false).access).toBeNull();
    expect(filtersToVariables(EMPTY_FILTERS, true)).toEqual({ kinds: null, topic: null, language: null, access: null });
  });

  it('knows when any filter is chosen', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, language: 'ar' })).toBe(true);
  });
});
