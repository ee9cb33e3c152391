import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFromQuery, filtersToQuery, filtersToVariables } from './useOrganisations';

describe('directory filters in the URL', () => {
  it('round-trips through the route query, leaving out empty filters', () => {
    const filters = { search: 'røde kors', kind: 'VOLUNTARY', municipality: '4003', topic: 'volunteering', status: 'PENDING' };
    const query = filtersToQuery(filters);
    expect(query).toEqual({ sok: 'røde kors', type: 'VOLUNTARY', kommune: '4003', tema: 'volunteering', status: 'PENDING' });
    expect(filtersFromQuery(query)).toEqual(filters);
    expect(filtersToQuery(EMPTY_FILTERS)).toEqual({});
  });

  it('ignores unknown kinds and statuses and takes the first of repeated values', () => {
    expect(filtersFromQuery({ type: 'SPACESHIP', status: 'maybe', kommune: ['4003', '4001'], sok: '  skien ' })).toEqual({
      ...EMPTY_FILTERS,
      municipality: '4003',
      search: 'skien',
    });
  });

  it('becomes the GraphQL filter', () => {
    expect(filtersToVariables({ ...EMPTY_FILTERS, kind: 'SCHOOL', status: 'VERIFIED' })).toEqual({
      search: null,
      kinds: ['SCHOOL'],
      municipality: null,
      topic: null,
      verificationStatus: 'VERIFIED',
    });
  });
});
