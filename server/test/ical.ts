import ICAL from 'ical.js';
import { expect } from 'vitest';

/** What an independent reader (ical.js) makes of a served calendar. */
export interface ParsedCalendar {
  calendar: ICAL.Component;
  events: ICAL.Event[];
  text: string;
}

/**
 * Fetches and parses a calendar with ical.js, after checking what RFC 5545 asks of the text itself: CRLF line
 * ends (the last line's too), lines of at most 75 octets. The calendar's VTIMEZONEs are registered, so TZID times
 * are read with the offsets the feed itself declares (an unknown TZID would be read as floating, in this process's zone).
 */
export async function fetchCalendar(url: string): Promise<ParsedCalendar> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/calendar');
  const text = await res.text();
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  for (const e of events) {
    // DTSTAMP and LAST-MODIFIED must be UTC (RFC 5545 §3.8.7.2, §3.8.7.3).
    for (const name of ['dtstamp', 'last-modified']) {
      const value = e.component.getFirstPropertyValue(name) as ICAL.Time | null;
      if (name === 'dtstamp') expect(value).toBeTruthy();
      if (value) expect(value.zone?.tzid, `${name} of ${e.uid}`).toBe('UTC');
    }
    // A TZID without its VTIMEZONE would be read as floating time.
    expect(['UTC', 'Europe/Oslo'], `the zone of ${e.uid}`).toContain(e.startDate.zone?.tzid);
  }
  return { calendar, events, text };
}

/** The occurrences ical.js expands from an event (its RRULE, RDATEs and EXDATEs) that start before `until`, as ISO instants. */
export function expand(event: ICAL.Event, until: Date): { startsAt: string; endsAt: string }[] {
  const out: { startsAt: string; endsAt: string }[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && next.toJSDate() < until; next = it.next()) {
    const o = event.getOccurrenceDetails(next);
    out.push({ startsAt: o.startDate.toJSDate().toISOString(), endsAt: o.endDate.toJSDate().toISOString() });
    if (out.length > 2000) throw new Error('runaway expansion');
  }
  return out;
}
