import { dateTimeFormat, intlLocale, languageName } from '@/shared/lib/intl';
import { OSLO } from './schedule';

export { intlLocale, languageName };

/** "onsdag 3. desember 2026 kl. 17:00–19:00" style, in Oslo time whatever the reader's zone. */
export function formatOccurrence(startsAt: string | Date, endsAt: string | Date | null, locale: string): string {
  const start = new Date(startsAt);
  const lang = intlLocale(locale);
  const date = dateTimeFormat(locale, { timeZone: OSLO, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(start);
  const time = new Intl.DateTimeFormat(lang, { timeZone: OSLO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return endsAt ? `${date}, ${time.format(start)}–${time.format(new Date(endsAt))}` : `${date}, ${time.format(start)}`;
}

/** A short date and time for cards: "ons. 3. des., 17:00". */
export function formatShortDateTime(instant: string | Date, locale: string): string {
  return dateTimeFormat(locale, { timeZone: OSLO, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

export function formatDate(instant: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: OSLO, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}
