/** A month as the calendar table shows it: whole weeks, Monday first. */
export interface CalendarDay<T> {
  /** "YYYY-MM-DD" */
  date: string;
  day: number;
  inMonth: boolean;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  events: T[];
}

export interface MonthRef {
  year: number;
  /** 1–12 */
  month: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function dateKey(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-05" → { year: 2026, month: 5 }; null when malformed. */
export function parseMonth(value: string | null | undefined): MonthRef | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

export function formatMonth({ year, month }: MonthRef): string {
  return `${year}-${pad(month)}`;
}

export function addMonths({ year, month }: MonthRef, delta: number): MonthRef {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth({ year, month }: MonthRef): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last date of the month, for the `from`/`to` filter. */
export function monthRange(ref: MonthRef): { from: string; to: string } {
  return { from: dateKey(ref.year, ref.month, 1), to: dateKey(ref.year, ref.month, daysInMonth(ref)) };
}

/**
 * Weeks of seven days covering the month (days of the neighbouring months fill the first and last week).
 * Events land on the Oslo date they start (`startsAtLocal` is Oslo wall-clock time).
 */
export function buildMonthGrid<T extends { startsAtLocal: string }>(ref: MonthRef, events: readonly T[] = []): CalendarDay<T>[][] {
  const byDate = new Map<string, T[]>();
  for (const event of events) {
    const key = event.startsAtLocal.slice(0, 10);
    byDate.set(key, [...(byDate.get(key) ?? []), event]);
  }
  const first = new Date(Date.UTC(ref.year, ref.month - 1, 1));
  const lead = (first.getUTCDay() + 6) % 7; // days before the 1st, Monday first
  const total = Math.ceil((lead + daysInMonth(ref)) / 7) * 7;
  const weeks: CalendarDay<T>[][] = [];
  for (let i = 0; i < total; i++) {
    const d = new Date(Date.UTC(ref.year, ref.month - 1, 1 - lead + i));
    const date = dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (i % 7 === 0) weeks.push([]);
    weeks[weeks.length - 1]!.push({
      date,
      day: d.getUTCDate(),
      inMonth: d.getUTCMonth() + 1 === ref.month,
      weekday: i % 7,
      events: byDate.get(date) ?? [],
    });
  }
  return weeks;
}

/** The date `delta` days from `date` ("YYYY-MM-DD"), for arrow-key movement in the grid. */
export function shiftDate(date: string, delta: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(y!, m! - 1, d! + delta));
  return dateKey(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}
