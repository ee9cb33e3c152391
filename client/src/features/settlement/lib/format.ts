import { dateTimeFormat, intlLocale } from '@/shared/lib/intl';

const OSLO = 'Europe/Oslo';

/** "12. mai 2027 kl. 12.00" / "12 May 2027, 12:00" in Oslo time. */
export function formatOsloDateTime(instant: string | Date, locale: string): string {
  const date = dateTimeFormat(locale, { timeZone: OSLO, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return locale === 'en' ? `${date}, ${hour}:${minute}` : `${date} kl. ${hour}.${minute}`;
}

/** A calendar date "YYYY-MM-DD" (no time zone) as "4. november 2026". */
export function formatPlainDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The month's name (1–12), e.g. "september"; capitalised when asked. */
export function monthName(month: number, locale: string, style: 'long' | 'short' = 'long', capital = false): string {
  const name = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', month: style }).format(new Date(Date.UTC(2026, month - 1, 15))).replace('.', '');
  return capital ? name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1) : name;
}

/** An instant as Oslo wall-clock "YYYY-MM-DDTHH:mm", the value a datetime-local input and the server take. */
export function instantToOsloLocal(instant: string | null | undefined): string {
  if (!instant) return '';
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A whole number as the locale writes it ("1 250"). */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** A whole number typed by a person ("1 250", " 40 "): the number, null for empty, NaN for anything else. */
export function parseCount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0]/g, '');
  if (!clean) return null;
  return /^\d{1,6}$/.test(clean) ? Number(clean) : Number.NaN;
}
