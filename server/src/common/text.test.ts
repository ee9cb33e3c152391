import { describe, expect, it } from 'vitest';
import { hasInvisibleCharacters, nameKey, normaliseMultiLine, normaliseSingleLine } from './text.js';

describe('single-line text', () => {
  it('turns line breaks and tabs into one space, drops other control characters, composes (NFC) and trims', () => {
    expect(normaliseSingleLine('title', ' Møte\r\n\tEND:VEVENT\u0007\u001b ')).toBe('Møte END:VEVENT');
    expect(normaliseSingleLine('title', 'Ska\u030Ala\u2028Gård')).toBe('Skåla Gård');
  });

  it('refuses invisible characters with validation/invalid_characters', () => {
    expect(() => normaliseSingleLine('name', 'a\u202Eb')).toThrow('validation/invalid_characters');
    for (const c of ['\u200B', '\u200E', '\u200F', '\u061C', '\u2066', '\u2069', '\u00AD', '\u2060', '\uFEFF', '\u3164', '\u2800', '\uD800', '\u{E0041}']) {
      expect(hasInvisibleCharacters(`ab${c}cd`), JSON.stringify(c)).toBe(true);
    }
  });

  it('lets joiners and variation selectors shape what stands next to them', () => {
    expect(hasInvisibleCharacters('می\u200Cخواهم')).toBe(false);
    expect(hasInvisibleCharacters('\u2764\uFE0F\u200D\u{1F525}')).toBe(false);
    expect(hasInvisibleCharacters('\u200Cstart')).toBe(true);
    expect(hasInvisibleCharacters('a\u200C\u200Cb')).toBe(true);
    expect(hasInvisibleCharacters('a \u200D b')).toBe(true);
    expect(hasInvisibleCharacters('\uFE0Fa')).toBe(true);
  });
});

describe('multi-line text', () => {
  it('keeps newlines (as LF) and tabs, drops other control characters and composes', () => {
    expect(normaliseMultiLine('a\r\nb\rc\u2029d\n\te\u0000\u0001\u0002\u007f\u0085f Ska\u030Ala')).toBe('a\nb\nc\nd\n\te\nf Skåla');
  });
});

describe('name keys', () => {
  it('are the same for names that differ only in case, form, invisibles, spacing, dashes or lookalike letters', () => {
    const key = nameKey('Språkkafé Skien-Porsgrunn');
    for (const same of ['SPRÅKKAFÉ SKIEN-PORSGRUNN', 'Spra\u030Akkafe\u0301 Skien-Porsgrunn', 'Språk\u200Ckafé  Skien\u2013Porsgrunn', 'Spr\u00E5kk\u0430f\u00E9 \u0405kien-Porsgrunn', '\uFF33pråkkafé\u00A0Skien-Porsgrunn']) {
      expect(nameKey(same), same).toBe(key);
    }
  });

  it('keep letters that are different in Norwegian apart', () => {
    expect(nameKey('Ås')).not.toBe(nameKey('As'));
    expect(nameKey('Bø')).not.toBe(nameKey('Bo'));
    expect(nameKey('Lærer')).not.toBe(nameKey('Larer'));
  });
});
