import { createI18n } from 'vue-i18n';
import nb from '@/locales/nb.json';

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

/**
 * Features may keep their strings beside them, in `features/<domain>/locales/{nb,nn,en}.json`; they are
 * merged over the shared files here (and checked for missing keys by locales.test.ts like the rest).
 * Bokmål, the default and the fallback, is in the first download; nynorsk and English are fetched when
 * chosen (the three together were most of the entry chunk: bench/bundle.ts).
 */
const bokmaalFeatureFiles = import.meta.glob<Record<string, unknown>>('../features/*/locales/nb.json', { eager: true, import: 'default' });
const otherLocaleFiles = {
  nn: () => loadAll(import.meta.glob<Record<string, unknown>>(['../locales/nn.json', '../features/*/locales/nn.json'], { import: 'default' })),
  en: () => loadAll(import.meta.glob<Record<string, unknown>>(['../locales/en.json', '../features/*/locales/en.json'], { import: 'default' })),
};

async function loadAll(files: Record<string, () => Promise<Record<string, unknown>>>) {
  const entries = await Promise.all(Object.entries(files).map(async ([path, load]) => [path, await load()] as const));
  return Object.fromEntries(entries);
}

export function mergeMessages(base: Record<string, unknown>, locale: string, files: Record<string, Record<string, unknown>>) {
  const merged = structuredClone(base);
  for (const [path, messages] of Object.entries(files)) if (path.endsWith(`/${locale}.json`)) deepMerge(merged, messages);
  return merged;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>) {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (value && typeof value === 'object' && existing && typeof existing === 'object') deepMerge(existing as Record<string, unknown>, value as Record<string, unknown>);
    else target[key] = value;
  }
}

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
    messages: { nb: mergeMessages(nb, 'nb', bokmaalFeatureFiles) as MessageSchema } as Record<Locale, MessageSchema>,
    datetimeFormats: { nb: dateFormats, nn: dateFormats, en: dateFormats },
    missingWarn: import.meta.env.DEV,
    fallbackWarn: false,
  });
}

export const i18n = createAppI18n();
syncDocumentLanguage(i18n.global.locale.value);

/** Makes sure a language's messages are loaded (bokmål always is). */
export async function loadLocaleMessages(locale: Locale, into: ReturnType<typeof createAppI18n> = i18n): Promise<void> {
  if (locale === 'nb' || into.global.availableLocales.includes(locale)) return;
  const files = await otherLocaleFiles[locale]();
  const base = Object.entries(files).find(([path]) => path.startsWith('../locales/'))![1];
  into.global.setLocaleMessage(locale, mergeMessages(base, locale, files) as MessageSchema);
}

/** Switches the UI language (once its messages are here), remembers it, and tells assistive technology via <html lang>. */
export async function setLocale(locale: Locale): Promise<void> {
  await loadLocaleMessages(locale);
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
