import { describe, expect, it } from 'vitest';
import { mergeOrganisations } from './useResourceFormOptions';

describe('mergeOrganisations', () => {
  it('lists the viewer’s own organisations first and the rest (for county staff) without repeats, Norwegian order', () => {
    const own = [{ id: '2', name: 'Telemark fylkeskommune' }];
    const all = [
      { id: '3', name: 'Ørnes frivilligsentral' },
      { id: '2', name: 'Telemark fylkeskommune' },
      { id: '1', name: 'Akkerhaugen idrettslag' },
      { id: '4', name: 'Zeta forening' },
    ];
    const merged = mergeOrganisations(own, all);
    expect(merged.own.map((o) => o.id)).toEqual(['2']);
    expect(merged.others.map((o) => o.name)).toEqual(['Akkerhaugen idrettslag', 'Zeta forening', 'Ørnes frivilligsentral']);
  });

  it('has no others for ordinary members', () => {
    expect(mergeOrganisations([{ id: '1', name: 'Skien Røde Kors' }], []).others).toEqual([]);
  });
});
