import { describe, expect, it } from 'vitest';
import { toOsloLocal } from '../../common/time.js';
import { describeSchedule, fromRrule, occurrences, toRrule, validateSchedule, type Schedule } from './schedule.js';

const weekly: Schedule = { frequency: 'WEEKLY', interval: 1, weekdays: ['TU'], setPos: null, startDate: '2027-03-01', until: null, startTime: '18:00', endTime: '20:00' };

describe('activity schedules', () => {
  it('writes and reads RFC 5545 RRULEs', () => {
    expect(toRrule(weekly)).toBe('FREQ=WEEKLY;BYDAY=TU');
    const other = { ...weekly, interval: 2, weekdays: ['MO', 'TH'] as Schedule['weekdays'], until: '2027-06-30' };
    expect(toRrule(other)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270630T225959Z');
    expect(fromRrule(toRrule(other), other)).toEqual(other);
    const monthly: Schedule = { ...weekly, frequency: 'MONTHLY', setPos: -1, weekdays: ['FR'] };
    expect(toRrule(monthly)).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(fromRrule(toRrule(monthly), monthly)).toEqual(monthly);
  });

  it('computes the next occurrences in Oslo time across the change to summer time', () => {
    const next = occurrences(weekly, new Date('2027-03-20T00:00:00Z'), 3);
    expect(next.map((o) => toOsloLocal(o.startsAt))).toEqual(['2027-03-23T18:00', '2027-03-30T18:00', '2027-04-06T18:00']);
    expect(next[0]!.startsAt.toISOString()).toBe('2027-03-23T17:00:00.000Z'); // CET
    expect(next[1]!.startsAt.toISOString()).toBe('2027-03-30T16:00:00.000Z'); // CEST
  });

  it('handles every other week and the last Friday of the month', () => {
    const other = occurrences({ ...weekly, interval: 2, weekdays: ['MO'] }, new Date('2027-03-01T00:00:00Z'), 3);
    expect(other.map((o) => toOsloLocal(o.startsAt).slice(0, 10))).toEqual(['2027-03-01', '2027-03-15', '2027-03-29']);
    const last = occurrences({ ...weekly, frequency: 'MONTHLY', setPos: -1, weekdays: ['FR'] }, new Date('2027-03-01T00:00:00Z'), 2);
    expect(last.map((o) => toOsloLocal(o.startsAt).slice(0, 10))).toEqual(['2027-03-26', '2027-04-30']);
  });

  it('refuses a schedule that never occurs, and one that ends before it starts', () => {
    expect(() => validateSchedule({ ...weekly, startDate: '2027-03-03', until: '2027-03-08' })).toThrow('activity/never_occurs');
    expect(() => validateSchedule({ ...weekly, endTime: '17:00' })).toThrow('activity/ends_before_start');
    expect(() => validateSchedule({ ...weekly, weekdays: [] })).toThrow('activity/weekdays_required');
    expect(() => validateSchedule(weekly)).not.toThrow();
  });

  it('describes schedules in bokmål, nynorsk and English', () => {
    expect(describeSchedule(weekly, 'nb')).toBe('Hver tirsdag 18:00–20:00');
    expect(describeSchedule({ ...weekly, interval: 2, weekdays: ['MO'] }, 'nn')).toBe('Annakvar måndag 18:00–20:00');
    expect(describeSchedule({ ...weekly, frequency: 'MONTHLY', setPos: 1, weekdays: ['MO'] }, 'nb')).toBe('Første mandag i måneden 18:00–20:00');
    expect(describeSchedule({ ...weekly, weekdays: ['MO', 'WE', 'FR'] }, 'en')).toBe('Every Monday, Wednesday and Friday 18:00–20:00');
  });
});
