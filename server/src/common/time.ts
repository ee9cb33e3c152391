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

/** The instant as "YYYY-MM-DDTHH:mm" wall-clock time in Oslo. */
export function toOsloLocal(d: Date): string {
  return formatInTimeZone(d, OSLO, "yyyy-MM-dd'T'HH:mm");
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
