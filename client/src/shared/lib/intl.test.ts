import { describe, expect, it } from 'vitest';
import { dateTimeFormat, intlLocale, languageName, nynorskWeekday } from './intl';

describe('dates in the three interface languages', () => {
  it('writes bokmål weekday names in nynorsk, keeping capitals and leaving nynorsk ones alone', () => {
    expect(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'].map(nynorskWeekday)).toEqual([
      'måndag',
      'tysdag',
      'onsdag',
      'torsdag',
      'fredag',
      'laurdag',
      'sundag',
    ]);
    expect(['man.', 'tir.', 'lør.', 'søn.'].map(nynorskWeekday)).toEqual(['mån.', 'tys.', 'lau.', 'sun.']);
    expect(nynorskWeekday('Tirsdag')).toBe('Tysdag');
    expect(nynorskWeekday('tysdag')).toBe('tysdag');
  });

  it('formats a nynorsk date with nynorsk weekdays, even where the engine would answer in bokmål', () => {
    const tuesday = new Date('2026-12-08T12:00:00Z');
    const options = { timeZone: 'Europe/Oslo', weekday: 'long', day: 'numeric', month: 'long' } as const;
    expect(dateTimeFormat('nn', options).format(tuesday)).toContain('tysdag');
    expect(dateTimeFormat('nb', options).format(tuesday)).toContain('tirsdag');
    expect(dateTimeFormat('en', options).format(tuesday)).toContain('Tuesday');
    expect(intlLocale('xx')).toBe('nb-NO');
  });

  it('names a language in the interface language, capitalised, and falls back to the code', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('ar', 'nb')).toBe('Arabisk');
    expect(languageName('not a code', 'nb')).toBe('not a code');
  });
});
