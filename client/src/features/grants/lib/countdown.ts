/** Time left until a deadline, split for display. */
export interface CountdownParts {
  passed: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Whole days, hours, minutes and seconds left (rounded down); `passed` once the deadline is behind us. */
export function countdownParts(deadline: string | Date, now: Date | number = Date.now()): CountdownParts {
  const left = new Date(deadline).getTime() - new Date(now).getTime();
  if (!(left > 0)) return { passed: true, days: 0, hours: 0, minutes: 0, seconds: 0 };
  return {
    passed: false,
    days: Math.floor(left / DAY),
    hours: Math.floor((left % DAY) / HOUR),
    minutes: Math.floor((left % HOUR) / MINUTE),
    seconds: Math.floor((left % MINUTE) / 1000),
  };
}

/** Plural-aware translation, e.g. vue-i18n's `t(key, count)`. */
export type PluralTranslate = (key: string, count: number, named?: Record<string, unknown>) => string;

/**
 * "12 dager, 3 timer og 5 minutter". Leading zero units are left out ("3 timer og 5 minutter"); under a
 * minute it says so rather than "0 minutter". The list joiner comes from the locale ("og" / "and").
 */
export function formatCountdown(parts: CountdownParts, t: PluralTranslate, listFormat: (items: string[]) => string): string {
  if (parts.passed) return t('grants.countdown.passed', 0);
  if (parts.days === 0 && parts.hours === 0 && parts.minutes === 0) return t('grants.countdown.underMinute', 0);
  const items: string[] = [];
  if (parts.days > 0) items.push(t('grants.countdown.days', parts.days, { count: parts.days }));
  if (parts.days > 0 || parts.hours > 0) items.push(t('grants.countdown.hours', parts.hours, { count: parts.hours }));
  items.push(t('grants.countdown.minutes', parts.minutes, { count: parts.minutes }));
  return listFormat(items);
}

/** Intl list joining ("a, b og c") in the interface language. */
export function listFormatter(intlLocale: string): (items: string[]) => string {
  const format = new Intl.ListFormat(intlLocale, { style: 'long', type: 'conjunction' });
  return (items) => format.format(items);
}
