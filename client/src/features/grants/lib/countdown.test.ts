import { beforeAll, describe, expect, it } from 'vitest';
import { createAppI18n, loadLocaleMessages, type Locale } from '@/app/i18n';
import { countdownParts, formatCountdown, listFormatter } from './countdown';

const deadline = '2027-01-15T11:00:00.000Z'; // 12.00 in Oslo

const instances = new Map<Locale, ReturnType<typeof createAppI18n>>();
beforeAll(async () => {
  for (const locale of ['nb', 'nn', 'en'] as const) {
    const i18n = createAppI18n(locale);
    await loadLocaleMessages(locale, i18n);
    instances.set(locale, i18n);
  }
});

function text(now: string, locale: Locale = 'nb') {
  const i18n = instances.get(locale)!;
  const t = (key: string, count: number, named?: Record<string, unknown>) => i18n.global.t(key, named ?? {}, count);
  const intl = locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn-NO' : 'nb-NO';
  return formatCountdown(countdownParts(deadline, new Date(now)), t, listFormatter(intl));
}

describe('countdownParts', () => {
  it('splits the time left into days, hours, minutes and seconds', () => {
    expect(countdownParts(deadline, new Date('2027-01-12T08:29:30.000Z'))).toEqual({ passed: false, days: 3, hours: 2, minutes: 30, seconds: 30 });
  });

  it('is passed at and after the deadline', () => {
    expect(countdownParts(deadline, new Date(deadline)).passed).toBe(true);
    expect(countdownParts(deadline, new Date('2027-02-01T00:00:00Z'))).toEqual({ passed: true, days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});

describe('formatCountdown', () => {
  it('says days, hours and minutes with plurals', () => {
    expect(text('2027-01-12T08:29:30.000Z')).toBe('3 dager, 2 timer og 30 minutter');
    expect(text('2027-01-14T09:59:00.000Z')).toBe('1 dag, 1 time og 1 minutt');
    expect(text('2027-01-12T08:29:30.000Z', 'en')).toBe('3 days, 2 hours and 30 minutes');
    expect(text('2027-01-12T08:29:30.000Z', 'nn')).toBe('3 dagar, 2 timar og 30 minutt');
  });

  it('leaves out leading zero units but keeps zero hours between days and minutes', () => {
    expect(text('2027-01-15T08:55:00.000Z')).toBe('2 timer og 5 minutter');
    expect(text('2027-01-15T10:15:00.000Z')).toBe('45 minutter');
    expect(text('2027-01-13T10:55:00.000Z')).toBe('2 dager, 0 timer og 5 minutter');
  });

  it('says less than a minute, and that the deadline has passed', () => {
    expect(text('2027-01-15T10:59:30.000Z')).toBe('mindre enn ett minutt');
    expect(text('2027-01-15T11:00:01.000Z')).toBe('Søknadsfristen har gått ut.');
  });
});
