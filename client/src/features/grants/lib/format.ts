import { formatOsloDate, formatOsloTime } from '@/features/events';
import { intlLocale } from '@/shared/lib/intl';

/** "12. mai 2026 kl. 12.00" / "12 May 2026, 12:00": a deadline or a moment, in Oslo time. */
export function formatOslo(instant: string | Date, locale: string): string {
  const date = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'Europe/Oslo', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(instant));
  const time = formatOsloTime(instant, locale);
  return locale === 'en' ? `${date}, ${time}` : `${date} kl. ${time}`;
}

/** "1 500 000 kr" / "NOK 1,500,000": whole kroner, in the interface language. */
export function formatNok(amount: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'NOK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(amount);
}

/** The pieces of "mandag 18. januar 2027 kl. 12.00", in Oslo time; the sentence comes from the locale files. */
export function osloDateTime(instant: string | Date, locale: string): { date: string; time: string } {
  return { date: formatOsloDate(instant, locale), time: formatOsloTime(instant, locale) };
}

/**
 * Reads a whole number of kroner as typed: spaces, dots and "kr" are ignored ("12 500", "12.500 kr").
 * Null for anything else (decimals, negatives, letters).
 */
export function parseKroner(value: string): number | null {
  const clean = value.replace(/[\s\u00a0.]/g, '').replace(/kr$/i, '');
  if (!/^\d{1,9}$/.test(clean)) return null;
  return Number(clean);
}
