import { describe, expect, it } from 'vitest';
import { everOccurs, osloDate, osloToInstant, previewOccurrences, scheduleComplete, type ScheduleDraft } from './schedule';

const weekly = (patch: Partial<ScheduleDraft> = {}): ScheduleDraft => ({
  frequency: 'WEEKLY',
  interval: 1,
  weekdays: ['WE'],
  setPos: null,
  startDate: '2026-11-23',
  until: null,
  startTime: '17:00',
  endTime: '19:00',
  ...patch,
});
const iso = (list: { startsAt: Date }[]) => list.map((o) => o.startsAt.toISOString());

describe('Oslo wall clock', () => {
  it('converts with the winter and summer offsets', () => {
    expect(osloToInstant('2026-12-02', '17:00').toISOString()).toBe('2026-12-02T16:00:00.000Z');
    expect(osloToInstant('2027-06-02', '17:00').toISOString()).toBe('2027-06-02T15:00:00.000Z');
    expect(osloDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // As RFC 5545 §3.3.5 and the server read them: skipped by the spring change, the offset before the gap
    // (03:30 CEST); repeated by the autumn change, the first (CEST).
    expect(osloToInstant('2027-03-28', '02:30').toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(osloToInstant('2027-10-31', '02:30').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(osloToInstant('2027-10-31', '03:00').toISOString()).toBe('2027-10-31T02:00:00.000Z');
  });

  it('agrees with the server on the nights the offset changes (server/src/modules/activities/schedule.test.ts)', () => {
    const night = weekly({ frequency: 'MONTHLY', setPos: -1, weekdays: ['SU'], startDate: '2027-03-01', startTime: '02:30', endTime: '03:30' });
    const dates = previewOccurrences(night, new Date('2027-03-01T00:00:00Z'), 8);
    expect([dates[0]!.startsAt.toISOString(), dates[0]!.endsAt.toISOString()]).toEqual(['2027-03-28T01:30:00.000Z', '2027-03-28T02:30:00.000Z']);
    expect([dates[7]!.startsAt.toISOString(), dates[7]!.endsAt.toISOString()]).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
    const across = previewOccurrences({ ...night, startTime: '01:00', endTime: '04:00' }, new Date('2027-03-01T00:00:00Z'), 1)[0]!;
    expect(across.endsAt.getTime() - across.startsAt.getTime()).toBe(3 * 3_600_000);
    // The day after UNTIL gives nothing, even at 00:30 in summer.
    const late = weekly({ weekdays: ['TU', 'WE'], startDate: '2027-06-01', startTime: '00:30', endTime: '01:30', until: '2027-06-29' });
    expect(iso(previewOccurrences(late, new Date('2027-06-27T00:00:00Z'), 5))).toEqual(['2027-06-28T22:30:00.000Z']);
    // Still dates more than three years after the start.
    expect(iso(previewOccurrences(weekly({ weekdays: ['TU'], startDate: '2027-03-01', startTime: '18:00', endTime: '20:00' }), new Date('2035-06-01T00:00:00Z'), 1))).toEqual(['2035-06-05T16:00:00.000Z']);
    expect(everOccurs(weekly({ weekdays: ['TU'], startDate: '2027-03-02', until: '2027-03-02', startTime: '00:30', endTime: '01:00' }))).toBe(true);
  });
});

describe('previewOccurrences', () => {
  const from = new Date('2026-11-23T08:00:00Z'); // Monday morning

  it('weekly on Wednesdays, with start and end in Oslo time', () => {
    const dates = previewOccurrences(weekly(), from, 3);
    expect(iso(dates)).toEqual(['2026-11-25T16:00:00.000Z', '2026-12-02T16:00:00.000Z', '2026-12-09T16:00:00.000Z']);
    expect(dates[0]!.endsAt.toISOString()).toBe('2026-11-25T18:00:00.000Z');
  });

  it('every other week counts weeks from the Monday of the start date', () => {
    // Starts on a Wednesday: that week's Thursday is in, the next week is skipped.
    const dates = previewOccurrences(weekly({ interval: 2, weekdays: ['TU', 'TH'], startDate: '2026-11-25' }), from, 4);
    expect(iso(dates).map((d) => d.slice(0, 10))).toEqual(['2026-11-26', '2026-12-08', '2026-12-10', '2026-12-22']);
  });

  it('the last Friday of each month', () => {
    const dates = previewOccurrences(weekly({ frequency: 'MONTHLY', setPos: -1, weekdays: ['FR'], startTime: '18:00', endTime: '20:00' }), from, 4);
    expect(iso(dates).map((d) => d.slice(0, 10))).toEqual(['2026-11-27', '2026-12-25', '2027-01-29', '2027-02-26']);
  });

  it('the second Monday of each month', () => {
    const dates = previewOccurrences(weekly({ frequency: 'MONTHLY', setPos: 2, weekdays: ['MO'] }), from, 3);
    expect(iso(dates).map((d) => d.slice(0, 10))).toEqual(['2026-12-14', '2027-01-11', '2027-02-08']);
  });

  it('keeps the wall-clock time across the spring DST change', () => {
    const dates = previewOccurrences(weekly({ startDate: '2027-03-15' }), new Date('2027-03-15T00:00:00Z'), 3);
    // 17:00 CET is 16:00 UTC; after the last Sunday of March, 17:00 CEST is 15:00 UTC.
    expect(iso(dates)).toEqual(['2027-03-17T16:00:00.000Z', '2027-03-24T16:00:00.000Z', '2027-03-31T15:00:00.000Z']);
  });

  it('stops at the last date and skips dates already begun', () => {
    expect(iso(previewOccurrences(weekly({ until: '2026-12-02' }), from, 5))).toHaveLength(2);
    expect(iso(previewOccurrences(weekly(), new Date('2026-11-25T16:30:00Z'), 1))).toEqual(['2026-12-02T16:00:00.000Z']);
  });

  it('gives nothing for an incomplete schedule, and tells a schedule that never occurs', () => {
    expect(previewOccurrences(weekly({ weekdays: [] }), from, 5)).toEqual([]);
    expect(scheduleComplete(weekly({ startTime: '' }))).toBe(false);
    expect(scheduleComplete(weekly({ frequency: 'MONTHLY', setPos: 7 }))).toBe(false);
    // Monday to Tuesday, on Wednesdays: no date at all.
    expect(everOccurs(weekly({ startDate: '2026-11-23', until: '2026-11-24' }))).toBe(false);
    expect(everOccurs(weekly({ startDate: '2026-11-23', until: '2026-11-25' }))).toBe(true);
  });
});
