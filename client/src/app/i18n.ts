import { createI18n } from 'vue-i18n';
import en from '@/locales/en.json';
import nb from '@/locales/nb.json';
import nn from '@/locales/nn.json';

export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

/** Each language named in itself, so a reader finds their own whatever the current UI language. */
export const LOCALE_NAMES: Record<Locale, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
};

export type MessageSchema = typeof nb;

const STORAGE_KEY = 'samhandling.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered choice, else bokmål. Storage can throw (private mode, blocked cookies): ignore it. */
export function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const dateFormats = {
  short: { year: 'numeric', month: 'short', day: 'numeric' },
  long: { year: 'numeric', month: 'long', day: 'numeric' },
} as const;

export function createAppI18n(locale: Locale = storedLocale()) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { nb, nn, en },
    datetimeFormats: { nb: dateFormats, nn: dateFormats, en: dateFormats },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}

export const i18n = createAppI18n();
syncDocumentLanguage(i18n.global.locale.value);

/** Switches the UI language, remembers it, and tells assistive technology via <html lang>. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but the switch itself still works.
  }
  syncDocumentLanguage(locale);
}

function syncDocumentLanguage(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
