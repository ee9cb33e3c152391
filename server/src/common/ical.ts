import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalCalendar, type ICalEventData } from 'ical-generator';
import { isAmbiguousWallClock, OSLO, toOsloLocal, wallClockDate } from './time.js';

/**
 * An RFC 5545 calendar for events in Europe/Oslo time (the VTIMEZONE is added for the events that name it).
 * The calendar itself has no time zone: with one, ical-generator writes DTSTAMP and LAST-MODIFIED as local times
 * without `Z`, where RFC 5545 requires UTC.
 */
export function osloCalendar(name: string): ICalCalendar {
  // ical-generator writes NAME and X-WR-CALNAME as given: escaped here, or a line break in a title starts a new property.
  return ical({ name: escapeText(singleLine(name)), prodId: { company: 'Samhandling', product: 'samhandling', language: 'NB' }, timezone: { name: null, generator: getVtimezoneComponent } });
}

/** The calendar as sent: every line ends with CRLF, the last one too (ical-generator leaves it off). */
export function icsText(cal: ICalCalendar): string {
  return `${cal.toString()}\r\n`;
}

/**
 * Start and end in Oslo wall-clock time with TZID, or in UTC when a wall-clock time is skipped or repeated by a
 * change of offset (there, readers disagree on which instant it means; UTC is read one way by all).
 */
export function osloEventTimes(startsAt: Date, endsAt: Date): { start: Date; end: Date; timezone: string | null } {
  const local = [toOsloLocal(startsAt), toOsloLocal(endsAt)] as const;
  const exact = local.every((l) => !isAmbiguousWallClock(l.slice(0, 10), l.slice(11)));
  return exact ? { start: wallClockDate(local[0]), end: wallClockDate(local[1]), timezone: OSLO } : { start: startsAt, end: endsAt, timezone: null };
}

// RFC 5545 TEXT may hold no control character but HTAB; ical-generator escapes line breaks, \ ; and , but passes the rest.
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F\u2028\u2029]+/g;
/* eslint-enable no-control-regex */

/** A title or name for one line: control characters and line breaks become a space. */
export function singleLine(s: string): string {
  return s.replace(CONTROL_OR_BREAK, ' ').trim();
}

/** A description: line breaks kept (ical-generator escapes them), other control characters removed. */
export function multiLine(s: string): string {
  return s.replace(CONTROL, '');
}

/** An event's text without control characters: summary and a text location on one line, the description's line breaks kept. */
export function cleanText(data: ICalEventData): ICalEventData {
  const { summary, location, description } = data;
  return {
    ...data,
    summary: summary && singleLine(summary),
    location: typeof location === 'string' ? singleLine(location) || undefined : location,
    description: typeof description === 'string' ? multiLine(description) : description && { ...description, plain: multiLine(description.plain) },
  };
}

/** RFC 5545 §3.3.11 TEXT escaping, for the properties ical-generator writes unescaped. */
export function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}
