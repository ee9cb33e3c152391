const INTL_LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? 'nb-NO';
}

/** A language's name in the UI language ("ukrainsk", "Ukrainian"); the code itself if the browser does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
  } catch {
    return code;
  }
}
