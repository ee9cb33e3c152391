import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { UserInputError } from './errors.js';

export const OSLO = 'Europe/Oslo';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-03-29T02:30" as wall-clock time in Oslo → the instant (DST-correct). Refuses malformed or
 * non-existent times (the hour skipped when clocks go forward). */
export function osloLocalToInstant(field: string, local: string): Date {
  const m = LOCAL.exec(local);
  if (!m) throw UserInputError.field(field, 'validation/datetime_invalid');
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) throw UserInputError.field(field, 'validation/datetime_out_of_range');
  const instant = fromZonedTime(local, OSLO);
  if (Number.isNaN(instant.getTime()) || toOsloLocal(instant) !== local) throw UserInputError.field(field, 'validation/datetime_invalid');
  return instant;
}

// Oslo's UTC offset changes only on whole UTC hours (01:00 UTC), so it is looked up once per hour and cached:
// formatting in the time zone on every call cost a list page of 20 events about a tenth of its time
// (bench/event-list.ts).
const osloParts = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const offsetByHour = new Map<number, number>();

function osloOffsetMs(d: Date): number {
  const hour = Math.floor(d.getTime() / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const p: Record<string, number> = {};
    for (const { type, value } of osloParts.formatToParts(new Date(hour * 3_600_000))) p[type] = Number(value);
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - hour * 3_600_000;
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The instant as "YYYY-MM-DDTHH:mm" wall-clock time in Oslo. */
export function toOsloLocal(d: Date): string {
  return new Date(d.getTime() + osloOffsetMs(d)).toISOString().slice(0, 16);
}

/**
 * ical-generator prints a Date's local fields after TZID: this Date's local fields are the given Oslo
 * wall-clock time ("YYYY-MM-DDTHH:mm"), whatever time zone this process runs in.
 */
export function wallClockDate(local: string): Date {
  const [y, mo, d, h, mi] = local.split(/[-T:]/).map(Number) as [number, number, number, number, number];
  return new Date(y, mo - 1, d, h, mi);
}

/** A readable Oslo time for e-mails, e.g. "1.12.2026 kl. 09:00". */
export function osloReadable(d: Date): string {
  return formatInTimeZone(d, OSLO, "d.M.yyyy 'kl.' HH:mm");
}

/** Adds whole weeks or months in Oslo wall-clock time, so a 09:00 series stays at 09:00 across DST. */
export function addOsloLocal(d: Date, unit: 'WEEKLY' | 'MONTHLY', n: number): Date {
  const [date, time] = toOsloLocal(d).split('T') as [string, string];
  const [y, mo, da] = date.split('-').map(Number) as [number, number, number];
  const next = unit === 'WEEKLY' ? new Date(Date.UTC(y, mo - 1, da + 7 * n)) : new Date(Date.UTC(y, mo - 1 + n, Math.min(da, daysIn(y, mo - 1 + n))));
  return fromZonedTime(`${next.toISOString().slice(0, 10)}T${time}`, OSLO);
}

function daysIn(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/**
 * An Oslo wall-clock time as RFC 5545 §3.3.5 reads it: a time the spring change skips is read with the offset
 * before the gap (02:30 → 03:30 CEST), and a time the autumn change repeats means its first occurrence (02:30
 * CEST, not CET). Some readers (ical.js among them) choose otherwise, so calendars pin such times in UTC.
 */
export function osloWallClock(date: string, time: string): Date {
  const { before, valid } = readings(date, time);
  return new Date(valid.length ? Math.min(...valid) : before);
}

/** Whether an Oslo wall-clock time is skipped or repeated by a change of offset (and so read differently by different readers). */
export function isAmbiguousWallClock(date: string, time: string): boolean {
  return readings(date, time).valid.length !== 1;
}

/** The instants a wall-clock time would be with the offsets half a day before and after it, and which of them show that time. */
function readings(date: string, time: string): { before: number; valid: number[] } {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const before = wall - osloOffsetMs(new Date(wall - 43_200_000));
  const after = wall - osloOffsetMs(new Date(wall + 43_200_000));
  const local = `${date}T${time}`;
  return { before, valid: [...new Set([before, after])].filter((t) => toOsloLocal(new Date(t)) === local) };
}
