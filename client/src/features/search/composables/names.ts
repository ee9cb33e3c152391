import { intlLocale } from '@/shared/lib/intl';
export { intlLocale };

/** A language's name in the UI language ("ukrainsk", "Ukrainian"); the code itself if the browser does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
  } catch {
    return code;
  }
}
