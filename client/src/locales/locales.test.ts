import { describe, expect, it } from 'vitest';
import en from './en.json';
import nb from './nb.json';
import nn from './nn.json';

import { mergeMessages } from '@/app/i18n';

// The shared files with every feature's own locale files merged in, as the app loads them.
const featureFiles = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', { eager: true, import: 'default' });
const locales: Record<string, unknown> = { nb: mergeMessages(nb, 'nb', featureFiles), nn: mergeMessages(nn, 'nn', featureFiles), en: mergeMessages(en, 'en', featureFiles) };

/** Every leaf as a dotted path, with its value. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const flattened = Object.fromEntries(Object.entries(locales).map(([name, messages]) => [name, leaves(messages)]));
const allKeys = [...new Set(Object.values(flattened).flatMap((m) => [...m.keys()]))].sort();

describe('locale files', () => {
  it.each(Object.keys(locales))('%s has every key that any locale has', (name) => {
    const missing = allKeys.filter((key) => !flattened[name]!.has(key));
    expect(missing, `keys missing in ${name}.json`).toEqual([]);
  });

  it.each(Object.keys(locales))('%s has no empty or non-string values', (name) => {
    const bad = [...flattened[name]!].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad, `empty or non-string values in ${name}.json`).toEqual([]);
  });

  it.each(Object.keys(locales).filter((n) => n !== 'nb'))('%s uses the same {placeholders} as nb', (name) => {
    const placeholders = (s: unknown) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = allKeys.filter(
      (key) => JSON.stringify(placeholders(flattened[name]!.get(key))) !== JSON.stringify(placeholders(flattened.nb!.get(key))),
    );
    expect(differing, `placeholders differ from nb in ${name}.json`).toEqual([]);
  });
});
