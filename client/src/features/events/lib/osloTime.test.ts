import { describe, expect, it } from 'vitest';
import { formatOsloDate, formatOsloTime, instantToOsloLocal, joinLocal, osloDateKey, osloRange, splitLocal } from './osloTime';

describe('Oslo time formatting', () => {
  it('formats a summer instant in Oslo (UTC+2), whatever the machine zone', () => {
    const r = osloRange('2026-05-12T10:00:00.000Z', '2026-05-12T11:30:00.000Z', 'nb');
    expect(r).toEqual({ sameDay: true, startDate: 'tirsdag 12. mai 2026', startTime: '12.00', endDate: 'tirsdag 12. mai 2026', endTime: '13.30' });
  });

  it('uses UTC+1 in winter and the Oslo date across midnight UTC', () => {
    expect(formatOsloTime('2026-12-01T23:30:00Z', 'nb')).toBe('00.30');
    expect(osloDateKey('2026-12-01T23:30:00Z')).toBe('2026-12-02');
  });

  it('speaks nynorsk and English', () => {
    expect(formatOsloDate('2026-05-12T10:00:00Z', 'en')).toMatch(/Tuesday,? 12 May 2026/);
    expect(formatOsloTime('2026-05-12T10:00:00Z', 'en')).toBe('12:00');
    expect(formatOsloDate('2026-05-12T10:00:00Z', 'nn')).toMatch(/12\. mai 2026/);
  });

  it('tells multi-day ranges apart', () => {
    expect(osloRange('2026-05-12T10:00:00Z', '2026-05-13T10:00:00Z', 'nb').sameDay).toBe(false);
  });

  it('splits and joins wall-clock values for the form', () => {
    expect(splitLocal('2026-05-12T12:00')).toEqual({ date: '2026-05-12', time: '12:00' });
    expect(splitLocal(null)).toEqual({ date: '', time: '' });
    expect(joinLocal('2026-05-12', '09:15')).toBe('2026-05-12T09:15');
    expect(joinLocal('', '09:15')).toBe('');
    expect(instantToOsloLocal('2026-05-12T07:15:00Z')).toBe('2026-05-12T09:15');
  });
});
