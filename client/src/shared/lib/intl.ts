const INTL_LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The Intl locale for an interface language (bokmål for anything unknown). */
export function intlLocale(locale: string): string {
  return INTL_LOCALES[locale] ?? 'nb-NO';
}

/** A language's name in the UI language ("arabisk", "Arabic"); the code itself if the browser does not know it. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
  } catch {
    return code;
  }
}

// Chromium ships no nynorsk date names and answers "nn" in bokmål ("tirsdag" beside "Kvar tysdag"). Month names
// are the same in both written standards; weekdays are not, so they are put right here.
const NYNORSK_WEEKDAYS: Record<string, string> = {
  mandag: 'måndag',
  tirsdag: 'tysdag',
  lørdag: 'laurdag',
  søndag: 'sundag',
  'man.': 'mån.',
  'tir.': 'tys.',
  'lør.': 'lau.',
  'søn.': 'sun.',
};

/** A weekday as Intl wrote it, in nynorsk (names already in nynorsk pass through). */
export function nynorskWeekday(name: string): string {
  const lower = name.toLocaleLowerCase('nb');
  const nn = NYNORSK_WEEKDAYS[lower];
  if (!nn) return name;
  return name[0] === lower[0] ? nn : nn.charAt(0).toLocaleUpperCase('nb') + nn.slice(1);
}

/** Intl.DateTimeFormat for an interface language, with nynorsk weekday names whatever the browser knows. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): { format(date: Date): string } {
  const format = new Intl.DateTimeFormat(intlLocale(locale), options);
  if (locale !== 'nn' || !options.weekday) return format;
  return {
    format: (date: Date) =>
      format
        .formatToParts(date)
        .map((part) => (part.type === 'weekday' ? nynorskWeekday(part.value) : part.value))
        .join(''),
  };
}
