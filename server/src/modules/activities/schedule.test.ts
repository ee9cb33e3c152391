import { describe, expect, it } from 'vitest';
import { toOsloLocal } from '../../common/time.js';
import { describeSchedule, firstOccurrence, fromRrule, occurrences, toRrule, validateSchedule, withFirstOccurrence, type Schedule } from './schedule.js';

const weekly: Schedule = { frequency: 'WEEKLY', interval: 1, weekdays: ['TU'], setPos: null, startDate: '2027-03-01', until: null, startTime: '18:00', endTime: '20:00' };

describe('activity schedules', () => {
  it('writes and reads RFC 5545 RRULEs', () => {
    expect(toRrule(weekly)).toBe('FREQ=WEEKLY;BYDAY=TU');
    const other = { ...weekly, interval: 2, weekdays: ['MO', 'TH'] as Schedule['weekdays'], until: '2027-06-30' };
    expect(toRrule(other)).toBe('FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=MO,TH;UNTIL=20270630T215959Z');
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

  it('writes UNTIL as the end of the last day in Oslo, in UTC: 21:59:59Z in summer, 22:59:59Z in winter', () => {
    expect(toRrule({ ...weekly, until: '2027-06-29' })).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270629T215959Z');
    expect(toRrule({ ...weekly, until: '2027-12-28' })).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20271228T225959Z');
    // The day after UNTIL gives nothing, even at 00:30 (which is 22:30Z the day before in summer).
    const late = { ...weekly, weekdays: ['TU', 'WE'] as Schedule['weekdays'], startTime: '00:30', endTime: '01:30', until: '2027-06-29' };
    expect(occurrences(late, new Date('2027-06-27T00:00:00Z'), 5).map((o) => o.startsAt.toISOString())).toEqual(['2027-06-28T22:30:00.000Z']);
  });

  it('reads skipped and repeated wall-clock times as RFC 5545 §3.3.5 says, and lasts the schedule’s length in real time', () => {
    const night = { ...weekly, frequency: 'MONTHLY' as const, setPos: -1, weekdays: ['SU'] as Schedule['weekdays'], startDate: '2027-03-01', startTime: '02:30', endTime: '03:30' };
    const [march, , , , , , , october] = occurrences(night, new Date('2027-03-01T00:00:00Z'), 8);
    // 28 March: 02:30 does not exist; read with the offset before the gap (CET), it is 03:30 CEST.
    expect([march!.startsAt.toISOString(), toOsloLocal(march!.startsAt), march!.endsAt.toISOString()]).toEqual(['2027-03-28T01:30:00.000Z', '2027-03-28T03:30', '2027-03-28T02:30:00.000Z']);
    // 31 October: 02:30 occurs twice; the first (CEST).
    expect([october!.startsAt.toISOString(), october!.endsAt.toISOString()]).toEqual(['2027-10-31T00:30:00.000Z', '2027-10-31T01:30:00.000Z']);
    // 01:00–04:00 across the spring change lasts three hours, as an iCalendar event of that length does.
    const across = occurrences({ ...night, startTime: '01:00', endTime: '04:00' }, new Date('2027-03-01T00:00:00Z'), 1)[0]!;
    expect(across.endsAt.getTime() - across.startsAt.getTime()).toBe(3 * 3_600_000);
  });

  it('moves the start date to the first date the rule produces, and keeps every other week’s weeks', () => {
    // 3 March 2027 is a Wednesday: a Tuesday rule first occurs on the 9th.
    expect(firstOccurrence({ ...weekly, startDate: '2027-03-03' })?.date).toBe('2027-03-09');
    const other: Schedule = { ...weekly, interval: 2, weekdays: ['MO'], startDate: '2027-03-03' }; // weeks of 1, 15, 29 March
    const moved = withFirstOccurrence(other);
    expect(moved.startDate).toBe('2027-03-15');
    expect(occurrences(moved, new Date('2027-03-01T00:00:00Z'), 4)).toEqual(occurrences(other, new Date('2027-03-01T00:00:00Z'), 4));
    // An occurrence at 00:30 on the start date itself counts (it is the day before in UTC).
    expect(() => validateSchedule({ ...weekly, startDate: '2027-03-02', until: '2027-03-02', startTime: '00:30', endTime: '01:00' })).not.toThrow();
  });

  it('still finds the next dates more than three years after the start', () => {
    expect(occurrences(weekly, new Date('2035-06-01T00:00:00Z'), 1)[0]?.startsAt.toISOString()).toBe('2035-06-05T16:00:00.000Z');
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

describe('activity schedules, cases from the activity form', () => {
  const from = new Date('2026-11-23T08:00:00Z'); // a Monday morning
  const days = (s: Schedule, count: number, at = from) => occurrences(s, at, count).map((o) => toOsloLocal(o.startsAt).slice(0, 10));

  it('every other week counts weeks from the Monday of the start date, also when it starts midweek', () => {
    // Starts on a Wednesday: that week's Thursday is in, the next week is skipped.
    expect(days({ ...weekly, interval: 2, weekdays: ['TU', 'TH'], startDate: '2026-11-25' }, 4)).toEqual(['2026-11-26', '2026-12-08', '2026-12-10', '2026-12-22']);
  });

  it('the n-th weekday of the month', () => {
    expect(days({ ...weekly, frequency: 'MONTHLY', setPos: 2, weekdays: ['MO'], startDate: '2026-11-23' }, 3)).toEqual(['2026-12-14', '2027-01-11', '2027-02-08']);
  });

  it('stops at the last date and skips a date already begun', () => {
    const wednesdays: Schedule = { ...weekly, weekdays: ['WE'], startDate: '2026-11-23', startTime: '17:00', endTime: '19:00' };
    expect(days({ ...wednesdays, until: '2026-12-02' }, 5)).toEqual(['2026-11-25', '2026-12-02']);
    expect(occurrences(wednesdays, new Date('2026-11-25T16:30:00Z'), 1).map((o) => o.startsAt.toISOString())).toEqual(['2026-12-02T16:00:00.000Z']);
  });
});
