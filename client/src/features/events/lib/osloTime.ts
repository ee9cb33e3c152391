import { dateTimeFormat, intlLocale } from '@/shared/lib/intl';

/** Every event time is shown in Oslo, whatever the browser's own time zone. */
export const OSLO = 'Europe/Oslo';

export { intlLocale };

/** "2026-05-12": the Oslo calendar date of an instant. */
export function osloDateKey(instant: string | Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "tirsdag 12. mai 2026" / "Tuesday 12 May 2026". */
export function formatOsloDate(instant: string | Date, locale: string): string {
  return dateTimeFormat(locale, { timeZone: OSLO, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}

/** "12.00" in Norwegian, "12:00" in English (CLDR data for the separator differs between engines). */
export function formatOsloTime(instant: string | Date, locale: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${hour}${locale === 'en' ? ':' : '.'}${minute}`;
}

export interface OsloRange {
  sameDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

/** The pieces of "tirsdag 12. mai 2026 kl. 12.00–13.30"; the sentence itself comes from the locale files. */
export function osloRange(startsAt: string, endsAt: string, locale: string): OsloRange {
  return {
    sameDay: osloDateKey(startsAt) === osloDateKey(endsAt),
    startDate: formatOsloDate(startsAt, locale),
    startTime: formatOsloTime(startsAt, locale),
    endDate: formatOsloDate(endsAt, locale),
    endTime: formatOsloTime(endsAt, locale),
  };
}

/** "12. mai 2026 kl. 09.15" for timestamps like a registration's creation: short date plus time. */
export function formatOsloShort(instant: string, locale: string): string {
  const date = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: OSLO, day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(instant));
  return `${date} ${formatOsloTime(instant, locale)}`;
}

/** Today's date in Oslo, "YYYY-MM-DD". */
export function osloToday(now: Date = new Date()): string {
  return osloDateKey(now);
}

/** Splits an Oslo wall-clock string "YYYY-MM-DDTHH:mm" into date and time inputs' values. */
export function splitLocal(local: string | null | undefined): { date: string; time: string } {
  if (!local) return { date: '', time: '' };
  const [date = '', time = ''] = local.split('T');
  return { date, time: time.slice(0, 5) };
}

/** Joins date and time inputs into "YYYY-MM-DDTHH:mm"; empty when the date is missing. */
export function joinLocal(date: string, time: string): string {
  return date ? `${date}T${time || '00:00'}` : '';
}

/** An instant as Oslo wall-clock "YYYY-MM-DDTHH:mm" (for the registration window inputs). */
export function instantToOsloLocal(instant: string | null | undefined): string {
  if (!instant) return '';
  return `${osloDateKey(instant)}T${formatOsloTime(instant, 'en')}`;
}
