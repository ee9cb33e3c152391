import type { ScheduleFrequency, Weekday } from '@/gql/graphql';

export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const OSLO = 'Europe/Oslo';

/**
 * The schedule editor's state; the same shape as ScheduleInput. What it gives (its dates, whether it is valid) the
 * server answers (`schedulePreview`, composables/useSchedulePreview.ts): its rules exist only there.
 */
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

const osloDay = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Oslo (YYYY-MM-DD), for a new schedule's default start. */
export function osloToday(now: Date = new Date()): string {
  const p = Object.fromEntries(osloDay.formatToParts(now).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}
