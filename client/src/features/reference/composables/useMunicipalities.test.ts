import { describe, expect, it } from 'vitest';
import { groupByCounty } from './useMunicipalities';

const m = (number: string, name: string, countyNumber: string, countyName: string) => ({
  __typename: 'Municipality' as const,
  number,
  name,
  countyNumber,
  countyName,
});

describe('groupByCounty', () => {
  it('groups by county number and sorts names the Norwegian way', () => {
    const counties = groupByCounty([
      m('4003', 'Skien', '40', 'Telemark'),
      m('3911', 'Færder', '39', 'Vestfold'),
      m('3905', 'Tønsberg', '39', 'Vestfold'),
      m('3901', 'Horten', '39', 'Vestfold'),
      m('3909', 'Larvik', '39', 'Vestfold'),
    ]);
    expect(counties.map((c) => [c.number, c.name, c.municipalities.map((x) => x.name)])).toEqual([
      ['39', 'Vestfold', ['Færder', 'Horten', 'Larvik', 'Tønsberg']],
      ['40', 'Telemark', ['Skien']],
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(groupByCounty([])).toEqual([]);
  });
});
