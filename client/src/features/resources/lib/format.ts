const INTL_LOCALES: Record<string, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** Browsers without nynorsk data would fall back to English: bokmål dates and numbers read better. */
function supported(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

export function intlLocale(locale: string): string {
  const tag = INTL_LOCALES[locale] ?? 'nb-NO';
  return tag === 'nn-NO' && !supported(tag) ? 'nb-NO' : tag;
}

/** A language's name in the UI language ("ukrainsk", "Ukrainian"), capitalised; the code if unknown. */
export function languageName(code: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(intlLocale(locale)) + name.slice(1);
  } catch {
    return code;
  }
}

/** "1,2 MB", "820 kB", "12 byte": decimal units, as file managers show them. */
export function formatFileSize(bytes: number, locale: string): string {
  const lang = intlLocale(locale);
  if (bytes < 1000) return new Intl.NumberFormat(lang, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/** A date in Oslo, whatever the reader's time zone: "3. desember 2026". */
export function formatDate(instant: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(instant));
}

/** A date and time in Oslo: "3. desember 2026, 17:00". */
export function formatDateTime(instant: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'Europe/Oslo',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** A short, readable name for a detected file type: "PDF", "Word", "PNG". */
export function fileTypeLabel(mimeType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
    'application/vnd.oasis.opendocument.text': 'ODT',
    'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
    'application/vnd.oasis.opendocument.presentation': 'ODP',
  };
  if (known[mimeType]) return known[mimeType];
  if (mimeType.startsWith('image/')) return mimeType.slice('image/'.length).toUpperCase();
  return mimeType;
}

export type PreviewKind = 'pdf' | 'image' | null;

export function previewKind(mimeType: string | null | undefined): PreviewKind {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType && /^image\/(png|jpeg|webp|gif)$/.test(mimeType)) return 'image';
  return null;
}
