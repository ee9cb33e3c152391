import { UserInputError } from '../../common/errors.js';
import { osloWallClock, toOsloLocal } from '../../common/time.js';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The recurring schedules activities use, as a subset of RFC 5545 RRULE:
 *   FREQ=WEEKLY;INTERVAL=n;BYDAY=MO,TH[;UNTIL=…]      every (n-th) week on these days
 *   FREQ=MONTHLY;BYDAY=1MO | -1FR[;UNTIL=…]           the first Monday / last Friday of each month
 * with a start date and wall-clock times in Europe/Oslo. The start date is kept on the first date the rule
 * produces (`withFirstOccurrence`), as RFC 5545 expects of DTSTART.
 */
export interface Schedule {
  frequency: 'WEEKLY' | 'MONTHLY';
  interval: number;
  weekdays: Weekday[];
  /** MONTHLY only: 1–4 for the n-th weekday, -1 for the last. */
  setPos: number | null;
  startDate: string; // YYYY-MM-DD (Oslo)
  until: string | null; // YYYY-MM-DD (Oslo), inclusive
  startTime: string; // HH:mm
  endTime: string; // HH:mm
}

export function toRrule(s: Schedule): string {
  const parts = [`FREQ=${s.frequency}`];
  if (s.frequency === 'WEEKLY') {
    // Weeks are counted from Monday (`matches`); RFC 5545's default too, but said for readers that assume Sunday.
    if (s.interval > 1) parts.push(`INTERVAL=${s.interval}`, 'WKST=MO');
    parts.push(`BYDAY=${s.weekdays.join(',')}`);
  } else {
    parts.push(`BYDAY=${s.setPos}${s.weekdays[0]}`);
  }
  // UNTIL must be UTC (DTSTART has a TZID): the end of the last day in Oslo, 21:59:59Z in summer, 22:59:59Z in winter.
  if (s.until) parts.push(`UNTIL=${icalUtc(new Date(osloWallClock(s.until, '23:59').getTime() + 59_000))}`);
  return parts.join(';');
}

/** An instant as an RFC 5545 UTC date-time, e.g. 20270630T215959Z. */
export function icalUtc(d: Date): string {
  return d.toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** Reads back an RRULE this module wrote; anything else is refused. */
export function fromRrule(rrule: string, rest: Pick<Schedule, 'startDate' | 'startTime' | 'endTime'>): Schedule {
  const fields = Object.fromEntries(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const until = fields.UNTIL ? `${fields.UNTIL.slice(0, 4)}-${fields.UNTIL.slice(4, 6)}-${fields.UNTIL.slice(6, 8)}` : null;
  if (fields.FREQ === 'WEEKLY') {
    return { frequency: 'WEEKLY', interval: Number(fields.INTERVAL ?? 1), weekdays: (fields.BYDAY ?? '').split(',') as Weekday[], setPos: null, until, ...rest };
  }
  const m = /^(-?\d)([A-Z]{2})$/.exec(fields.BYDAY ?? '');
  if (fields.FREQ !== 'MONTHLY' || !m) throw new Error(`unsupported RRULE ${rrule}`);
  return { frequency: 'MONTHLY', interval: 1, weekdays: [m[2] as Weekday], setPos: Number(m[1]), until, ...rest };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The first problem of a schedule, as the field of `Schedule` it is about and a message key; null when it is valid. */
export function scheduleProblem(s: Schedule): { field: keyof Schedule; message: string } | null {
  const problem = (field: keyof Schedule, message: string) => ({ field, message });
  if (!DATE.test(s.startDate) || Number.isNaN(Date.parse(s.startDate))) return problem('startDate', 'validation/date_invalid');
  if (s.until && (!DATE.test(s.until) || Number.isNaN(Date.parse(s.until)))) return problem('until', 'validation/date_invalid');
  if (!TIME.test(s.startTime)) return problem('startTime', 'validation/time_invalid');
  if (!TIME.test(s.endTime)) return problem('endTime', 'validation/time_invalid');
  if (s.endTime <= s.startTime) return problem('endTime', 'activity/ends_before_start');
  if (!s.weekdays.length || s.weekdays.some((d) => !WEEKDAYS.includes(d))) return problem('weekdays', 'activity/weekdays_required');
  if (!Number.isInteger(s.interval) || s.interval < 1 || s.interval > 4) return problem('interval', 'activity/interval_invalid');
  if (s.frequency === 'MONTHLY' && (s.weekdays.length !== 1 || ![1, 2, 3, 4, -1].includes(s.setPos ?? 0))) return problem('setPos', 'activity/monthly_invalid');
  if (s.until && s.until < s.startDate) return problem('until', 'activity/until_before_start');
  if (!firstOccurrence(s)) return problem('until', 'activity/never_occurs');
  return null;
}

/** Checks a schedule; its problem is a field error (`schedule.<field>`), and a schedule that never occurs is refused. */
export function validateSchedule(s: Schedule): void {
  const problem = scheduleProblem(s);
  if (problem) throw UserInputError.field(`schedule.${problem.field}`, problem.message);
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

/** An occurrence with the Oslo date the rule produced it on (its wall-clock start is that date and `startTime`). */
export interface DatedOccurrence extends Occurrence {
  date: string;
}

/** The next `count` occurrences starting at or after `from`, as instants (start and end). */
export function occurrences(s: Schedule, from: Date, count: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const o of walk(s, from)) {
    if (out.length >= count) break;
    out.push({ startsAt: o.startsAt, endsAt: o.endsAt });
  }
  return out;
}

/** The first date the rule produces on or after its start date, or undefined when it never occurs. */
export function firstOccurrence(s: Schedule): DatedOccurrence | undefined {
  return walk(s, new Date(0)).next().value;
}

/**
 * The schedule with its start date moved to the first date its rule produces (RFC 5545 counts DTSTART as the
 * first occurrence, whether the rule produces it or not). Same dates: a weekly rule's first occurrence lies a
 * whole number of intervals after the start week.
 */
export function withFirstOccurrence(s: Schedule): Schedule {
  const first = firstOccurrence(s);
  return first ? { ...s, startDate: first.date } : s;
}

/**
 * Occurrences from `from`, day by day from the later of the start date and `from`'s date, for at most ~3 years:
 * simple, and exact for every rule above. Each starts at its wall-clock time read as RFC 5545 §3.3.5 says
 * (`osloWallClock`) and lasts the schedule's length in real time, as a recurring iCalendar event whose length
 * DTSTART–DTEND gives does.
 */
export function* walk(s: Schedule, from: Date, days = 1100): Generator<DatedOccurrence> {
  const fromLocal = toOsloLocal(from).slice(0, 10);
  const startMonday = mondayOf(new Date(`${s.startDate}T00:00:00Z`));
  const length = minutes(s.endTime) - minutes(s.startTime);
  let day = new Date(`${fromLocal > s.startDate ? fromLocal : s.startDate}T00:00:00Z`);
  for (let i = 0; i < days; i++, day = new Date(day.getTime() + 86_400_000)) {
    const date = day.toISOString().slice(0, 10);
    if (s.until && date > s.until) return;
    if (!matches(s, day, startMonday)) continue;
    const startsAt = osloWallClock(date, s.startTime);
    if (startsAt < from) continue;
    yield { date, startsAt, endsAt: new Date(startsAt.getTime() + length * 60_000) };
  }
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function matches(s: Schedule, day: Date, startMonday: number): boolean {
  const weekday = WEEKDAYS[(day.getUTCDay() + 6) % 7]!;
  if (!s.weekdays.includes(weekday)) return false;
  if (s.frequency === 'WEEKLY') return Math.round((mondayOf(day) - startMonday) / (7 * 86_400_000)) % s.interval === 0;
  const nth = Math.floor((day.getUTCDate() - 1) / 7) + 1;
  const last = new Date(day.getTime() + 7 * 86_400_000).getUTCMonth() !== day.getUTCMonth();
  return s.setPos === -1 ? last : nth === s.setPos;
}

function mondayOf(day: Date): number {
  return day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000;
}

const NAMES = {
  nb: { days: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'], every: 'Hver', everyOther: 'Annenhver', everyNth: (n: number) => `Hver ${n}. uke,`, and: 'og', nth: ['første', 'andre', 'tredje', 'fjerde'], last: 'siste', ofMonth: 'i måneden', until: 'til' },
  nn: { days: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'], every: 'Kvar', everyOther: 'Annakvar', everyNth: (n: number) => `Kvar ${n}. veke,`, and: 'og', nth: ['første', 'andre', 'tredje', 'fjerde'], last: 'siste', ofMonth: 'i månaden', until: 'til' },
  en: { days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'], every: 'Every', everyOther: 'Every other', everyNth: (n: number) => `Every ${n}th week on`, and: 'and', nth: ['first', 'second', 'third', 'fourth'], last: 'last', ofMonth: 'of the month', until: 'until' },
};

/** "Hver tirsdag 18:00–20:00", "Annenhver mandag …", "Første mandag i måneden …", in nb, nn or en. */
export function describeSchedule(s: Schedule, lang: 'nb' | 'nn' | 'en'): string {
  const t = NAMES[lang];
  const dayNames = s.weekdays.map((d) => t.days[WEEKDAYS.indexOf(d)]!);
  const days = dayNames.length > 1 ? `${dayNames.slice(0, -1).join(', ')} ${t.and} ${dayNames.at(-1)}` : dayNames[0]!;
  let text: string;
  if (s.frequency === 'MONTHLY') {
    const pos = s.setPos === -1 ? t.last : t.nth[(s.setPos ?? 1) - 1]!;
    text = lang === 'en' ? `Every ${pos} ${days} ${t.ofMonth}` : `${capitalise(pos)} ${days} ${t.ofMonth}`;
  } else if (s.interval === 1) text = `${t.every} ${days}`;
  else if (s.interval === 2) text = `${t.everyOther} ${days}`;
  else text = `${t.everyNth(s.interval)} ${days}`;
  const until = s.until ? ` (${t.until} ${s.until.split('-').reverse().join('.')})` : '';
  return `${text} ${s.startTime}–${s.endTime}${until}`;
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
