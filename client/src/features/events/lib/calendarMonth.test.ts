import { describe, expect, it } from 'vitest';
import { addMonths, buildMonthGrid, monthRange, parseMonth, shiftDate } from './calendarMonth';

describe('buildMonthGrid', () => {
  it('covers the month in whole Monday-first weeks', () => {
    // May 2026 starts on a Friday and has 31 days: 4 lead days, 5 weeks.
    const weeks = buildMonthGrid({ year: 2026, month: 5 });
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]![0]).toMatchObject({ date: '2026-04-27', inMonth: false, weekday: 0 });
    expect(weeks[0]![4]).toMatchObject({ date: '2026-05-01', day: 1, inMonth: true, weekday: 4 });
    expect(weeks[4]![6]).toMatchObject({ date: '2026-05-31', inMonth: true });
  });

  it('handles a February that fits four weeks exactly', () => {
    // February 2027 starts on a Monday and has 28 days.
    const weeks = buildMonthGrid({ year: 2027, month: 2 });
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]!.date).toBe('2027-02-01');
  });

  it('puts events on the Oslo day they start', () => {
    const a = { id: 'a', startsAtLocal: '2026-05-12T12:00' };
    const b = { id: 'b', startsAtLocal: '2026-05-12T18:00' };
    const c = { id: 'c', startsAtLocal: '2026-06-01T09:00' };
    const days = buildMonthGrid({ year: 2026, month: 5 }, [a, b, c]).flat();
    expect(days.find((d) => d.date === '2026-05-12')!.events).toEqual([a, b]);
    expect(days.find((d) => d.date === '2026-05-31')!.events).toEqual([]);
  });
});

describe('month helpers', () => {
  it('parses, shifts and ranges months', () => {
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('x')).toBeNull();
    expect(parseMonth('2026-02')).toEqual({ year: 2026, month: 2 });
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(monthRange({ year: 2028, month: 2 })).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shiftDate('2026-05-31', 1)).toBe('2026-06-01');
    expect(shiftDate('2026-03-01', -7)).toBe('2026-02-22');
  });
});
