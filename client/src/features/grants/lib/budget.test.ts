import { describe, expect, it } from 'vitest';
import { budgetInput, budgetRow, budgetSums, rowProblems } from './budget';
import { formatNok, parseKroner } from './format';

describe('budget rows', () => {
  it('sends complete rows only, with amounts as whole kroner', () => {
    const rows = [
      { ...budgetRow(), description: ' Koordinator ', ownFunding: '50 000', requested: '250000' },
      { ...budgetRow(), description: '', ownFunding: '', requested: '1000' },
      { ...budgetRow(), description: 'Leie', ownFunding: '', requested: '12,5' },
      budgetRow(),
    ];
    expect(budgetInput(rows)).toEqual([{ description: 'Koordinator', ownFunding: 50_000, requested: 250_000 }]);
    expect(rows.map(rowProblems)).toEqual([[], ['description'], ['requested'], []]);
    expect(budgetSums(rows)).toEqual({ ownFunding: 50_000, requested: 251_000 });
  });

  it('reads kroner as people type them', () => {
    expect(parseKroner('12 500')).toBe(12_500);
    expect(parseKroner('12.500 kr')).toBe(12_500);
    expect(parseKroner('-5')).toBeNull();
    expect(parseKroner('abc')).toBeNull();
  });

  it('formats NOK in the interface language', () => {
    expect(formatNok(1_500_000, 'nb').replace(/\s/g, ' ')).toBe('1 500 000 kr');
    expect(formatNok(1_500_000, 'en').replace(/\s/g, ' ')).toBe('NOK 1,500,000');
  });
});
