import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromQuery, filtersToQuery, filtersToVariables } from './useEvents';

describe('event list filters', () => {
  it('reads the URL, ignoring unknown kinds, modes and malformed dates', () => {
    expect(filtersFromQuery({ type: 'WEBINAR', tema: 'interpreting', kommune: '4003', form: 'ONLINE', fra: '2026-05-01', til: '2026-05-31' })).toEqual({
      kind: 'WEBINAR',
      topic: 'interpreting',
      municipality: '4003',
      mode: 'ONLINE',
      from: '2026-05-01',
      to: '2026-05-31',
    });
    expect(filtersFromQuery({ type: 'PARTY', form: 'HYBRID', fra: '1. mai' })).toEqual(EMPTY_FILTERS);
  });

  it('writes only set filters and keeps the view keys', () => {
    expect(filtersToQuery({ ...EMPTY_FILTERS, kind: 'SEMINAR' }, { visning: 'kalender' })).toEqual({ visning: 'kalender', type: 'SEMINAR' });
  });

  it('asks for upcoming events unless a date range is given', () => {
    expect(filtersToVariables(EMPTY_FILTERS)).toMatchObject({ time: 'UPCOMING', kinds: null, modes: null });
    expect(filtersToVariables({ ...EMPTY_FILTERS, from: '2026-01-01', mode: 'IN_PERSON' })).toMatchObject({ time: null, from: '2026-01-01', modes: ['IN_PERSON'] });
  });
});
