import { describe, expect, it } from 'vitest';
import { osloToday } from './schedule';

describe('osloToday', () => {
  it('is the date in Oslo, which may be a day ahead of UTC', () => {
    expect(osloToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(osloToday(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
  });
});
