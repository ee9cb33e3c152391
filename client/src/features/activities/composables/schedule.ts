import type { ScheduleFrequency, Weekday } from '@/gql/graphql';

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const OSLO = 'Europe/Oslo';

/** The schedule editor's state; the same shape as ScheduleInput. */
export interface ScheduleDraft {
  frequency: ScheduleFrequency;
  interval: number;
  weekdays: Weekday[];
  /** MONTHLY: 1–4 for the n-th weekday of the month, -1 for the last. */
  setPos: number | null;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD, inclusive; '' or null for "no end". */
  until: string | null;
  /** HH:mm, Oslo wall clock */
  startTime: string;
  endTime: string;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = 86_400_000;

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Oslo's offset from UTC at `instant`, in milliseconds (1 h in winter, 2 h in summer). */
function osloOffset(instant: number): number {
  const p = Object.fromEntries(osloParts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of an Oslo wall-clock time, read as RFC 5545 §3.3.5 and the server (`osloWallClock`) read it: a
 * time the spring change skips uses the offset before the gap (02:30 → 03:30 CEST); a time the autumn change
 * repeats means the first (CEST).
 */
export function osloToInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const before = wall - osloOffset(wall - DAY / 2);
  const after = wall - osloOffset(wall + DAY / 2);
  const shows = (t: number) => t + osloOffset(t) === wall;
  const valid = [before, after].filter(shows);
  return new Date(valid.length ? Math.min(...valid) : before);
}

/** The Oslo calendar date (YYYY-MM-DD) of an instant. */
export function osloDate(instant: Date): string {
  const p = Object.fromEntries(osloParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

function isDate(value: string | null | undefined): value is string {
  return !!value && DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/** Whether the fields are complete enough to compute dates (not whether the server will accept them). */
export function scheduleComplete(s: ScheduleDraft): boolean {
  return (
    isDate(s.startDate) &&
    (!s.until || isDate(s.until)) &&
    TIME.test(s.startTime) &&
    TIME.test(s.endTime) &&
    s.weekdays.length > 0 &&
    (s.frequency === 'WEEKLY' ? s.interval >= 1 && s.interval <= 4 : [1, 2, 3, 4, -1].includes(s.setPos ?? 0))
  );
}

function mondayOf(day: number): number {
  return day - ((new Date(day).getUTCDay() + 6) % 7) * DAY;
}

function matches(s: ScheduleDraft, day: number, startMonday: number): boolean {
  const date = new Date(day);
  const weekday = WEEKDAYS[(date.getUTCDay() + 6) % 7]!;
  if (!s.weekdays.includes(weekday)) return false;
  if (s.frequency === 'WEEKLY') return Math.round((mondayOf(day) - startMonday) / (7 * DAY)) % s.interval === 0;
  if (s.setPos === -1) return new Date(day + 7 * DAY).getUTCMonth() !== date.getUTCMonth();
  return Math.floor((date.getUTCDate() - 1) / 7) + 1 === s.setPos;
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The next `count` dates a schedule produces at or after `from`, with the server's rules
 * (server/src/modules/activities/schedule.ts, `walk`): weekly counts weeks from the Monday of the start date's
 * week; monthly takes the n-th or last weekday; starts are Oslo wall clock (`osloToInstant`) and each lasts
 * the schedule's length in real time. Empty when incomplete.
 */
export function previewOccurrences(s: ScheduleDraft, from: Date, count: number): Occurrence[] {
  if (!scheduleComplete(s)) return [];
  const out: Occurrence[] = [];
  const fromDate = osloDate(from);
  const startMonday = mondayOf(Date.parse(`${s.startDate}T00:00:00Z`));
  const length = (minutes(s.endTime) - minutes(s.startTime)) * 60_000;
  let day = Date.parse(`${fromDate > s.startDate ? fromDate : s.startDate}T00:00:00Z`);
  // Day by day from the later of the start and `from`, at most ~3 years, like the server.
  for (let i = 0; i < 1100 && out.length < count; i++, day += DAY) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (s.until && date > s.until) break;
    if (!matches(s, day, startMonday)) continue;
    const startsAt = osloToInstant(date, s.startTime);
    if (startsAt < from) continue;
    out.push({ startsAt, endsAt: new Date(startsAt.getTime() + length) });
  }
  return out;
}

/** Whether the schedule produces any date at all from its start (the server refuses one that never does). */
export function everOccurs(s: ScheduleDraft): boolean {
  return previewOccurrences(s, new Date(0), 1).length > 0;
}

/** Today's date in Oslo, for a new schedule's default start. */
export function osloToday(now: Date = new Date()): string {
  return osloDate(now);
}
