import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { osloLocalToInstant, toOsloLocal } from './time.js';

describe('Oslo wall-clock time', () => {
  it('formats like date-fns-tz on both sides of every DST change and at random instants', () => {
    const instants = [
      '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', '2026-10-25T00:59:59Z', '2026-10-25T01:00:00Z', '1999-12-31T23:30:00Z', '1960-06-01T12:00:00Z',
    ].map((s) => new Date(s));
    for (let i = 0; i < 5000; i++) instants.push(new Date(Date.UTC(1970, 0, 1) + Math.floor(Math.random() * 130 * 365.25 * 86_400_000)));
    for (const d of instants) expect(toOsloLocal(d)).toBe(formatInTimeZone(d, 'Europe/Oslo', "yyyy-MM-dd'T'HH:mm"));
  });

  it('round-trips local times and refuses the hour skipped in spring', () => {
    expect(toOsloLocal(osloLocalToInstant('t', '2026-07-01T09:30'))).toBe('2026-07-01T09:30');
    expect(() => osloLocalToInstant('t', '2026-03-29T02:30')).toThrow();
  });
});
