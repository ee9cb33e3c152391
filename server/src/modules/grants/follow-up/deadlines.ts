import { fromZonedTime } from 'date-fns-tz';
import { OSLO, toOsloLocal } from '../../../common/time.js';

/** The Oslo calendar date of an instant, "YYYY-MM-DD". */
export const osloDate = (instant: Date): string => toOsloLocal(instant).slice(0, 10);

/** A calendar date `days` later ("2026-03-08" + 21 → "2026-03-29"). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The end of an Oslo calendar day, 23:59:59.999 local time (DST-correct): deadlines hold through their last second. */
export const endOfOsloDay = (date: string): Date => new Date(fromZonedTime(`${date}T23:59:59`, OSLO).getTime() + 999);

/** Easter Sunday of a year (the Gregorian computus), "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Norway's public holidays (helligdager and 1 and 17 May) in a year. */
export function publicHolidays(year: number): Set<string> {
  const easter = easterSunday(year);
  return new Set([
    `${year}-01-01`,
    addDays(easter, -3), // skjærtorsdag
    addDays(easter, -2), // langfredag
    easter,
    addDays(easter, 1), // 2. påskedag
    `${year}-05-01`,
    `${year}-05-17`,
    addDays(easter, 39), // Kristi himmelfartsdag
    addDays(easter, 49), // 1. pinsedag
    addDays(easter, 50), // 2. pinsedag
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

/** Not a Saturday, Sunday or public holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** Three weeks, as forvaltningsloven § 29 gives for an appeal. */
export const APPEAL_WEEKS = 3;

/**
 * The appeal deadline of a decision whose notice reached the organisation at `noticeAt`: three weeks from that
 * day (forvaltningsloven § 29), ending with the same weekday; a last day on a Saturday, Sunday or public holiday
 * moves to the next working day. The deadline is the end of that day, Oslo time.
 */
export function appealDeadline(noticeAt: Date): Date {
  let last = addDays(osloDate(noticeAt), APPEAL_WEEKS * 7);
  while (!isWorkingDay(last)) last = addDays(last, 1);
  return endOfOsloDay(last);
}

/** The last moment to accept or decline an award published at `publishedAt`: the end of the `days`th Oslo day after. */
export const acceptanceDeadline = (publishedAt: Date, days: number): Date => endOfOsloDay(addDays(osloDate(publishedAt), days));

/** Whether a deadline still holds at `now` (the deadline's own second included). */
export const beforeDeadline = (deadline: Date, now = new Date()): boolean => now.getTime() <= deadline.getTime();
