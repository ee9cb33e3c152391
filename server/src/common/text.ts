import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { UserInputError } from './errors.js';

/**
 * Text that users type, in one place. Every String and ID argument, at any depth of any field, is checked
 * here before its resolver runs, over HTTP and WebSocket alike:
 * - NUL anywhere: BAD_USER_INPUT `validation/invalid_characters` (PostgreSQL cannot store it; it used to be a 500).
 * - single-line text (names, titles, subjects, searches; marked `@SingleLineText()` or `@TextArgs`): line breaks
 *   and tabs become a space, other control characters go, NFC, trimmed; invisible characters (zero-width,
 *   bidi overrides/isolates/marks, fillers) are refused with `validation/invalid_characters`.
 * - multi-line text (descriptions, messages; `@MultiLineText()`): newlines and tabs stay (CRLF becomes LF),
 *   other control characters go, NFC.
 * Unmarked strings (passwords, tokens, e-mail addresses, dates, cursors) are passed as they are, NUL aside.
 */
export type TextKind = 'single-line' | 'multi-line';

export const INVALID_CHARACTERS = 'validation/invalid_characters';
const TEXT = 'text';
const TEXT_ARGS = 'textArgs';

/** An input field that holds one line of text (a name, a title): see the rules above. */
export const SingleLineText = () => Extensions({ [TEXT]: 'single-line' satisfies TextKind });
/** An input field that holds text with line breaks (a description, markdown). */
export const MultiLineText = () => Extensions({ [TEXT]: 'multi-line' satisfies TextKind });
/** The same for a query's or mutation's scalar arguments, by name: `@TextArgs({ title: 'single-line', body: 'multi-line' })`. */
export const TextArgs = (rules: Record<string, TextKind>) => Extensions({ [TEXT_ARGS]: rules });

const LINE_BREAKS_AND_TABS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROLS = /\p{Cc}/gu;
const NEWLINES = /\r\n?|[\u0085\u2028\u2029]/g;
const CONTROLS_BUT_NEWLINE_AND_TAB = /[^\P{Cc}\n\t]/gu;
/** Characters that show nothing (Default_Ignorable_Code_Point: zero-width spaces and joiners, bidi marks,
 * overrides and isolates, soft hyphen, variation selectors, Hangul fillers, tags …), the blank braille
 * pattern, and halves of surrogate pairs. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cs}\u2800]$/u;
const ANY_INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cs}\u2800]/u;
const JOINERS = new Set(['\u200c', '\u200d']);
const VARIATION_SELECTOR = /^[\ufe00-\ufe0f\u{e0100}-\u{e01ef}]$/u;
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{S}\p{P}]$/u;

/** True when `text` has an invisible character, except those that shape what stands next to them:
 * a zero-width (non-)joiner between two visible characters (Persian "می‌شود", emoji sequences) and a
 * variation selector after one (❤️). */
export function hasInvisibleCharacters(text: string): boolean {
  if (!ANY_INVISIBLE.test(text)) return false;
  const chars = Array.from(text);
  return chars.some((c, i) => {
    if (!INVISIBLE.test(c)) return false;
    const before = chars[i - 1];
    const after = chars[i + 1];
    const shapes = (x: string | undefined) => !!x && (VISIBLE.test(x) || VARIATION_SELECTOR.test(x));
    if (JOINERS.has(c)) return !(shapes(before) && after && VISIBLE.test(after));
    if (VARIATION_SELECTOR.test(c)) return !(before && VISIBLE.test(before));
    return true;
  });
}

/** One line: line breaks and tabs become a space, other control characters are removed, NFC, trimmed.
 * Throws `validation/invalid_characters` for invisible characters. */
export function normaliseSingleLine(field: string, text: string): string {
  const line = text.replace(LINE_BREAKS_AND_TABS, ' ').replace(CONTROLS, '').normalize('NFC').trim();
  if (hasInvisibleCharacters(line)) throw UserInputError.field(field, INVALID_CHARACTERS);
  return line;
}

/** Text with line breaks: LF only, tabs kept, other control characters removed, NFC. */
export function normaliseMultiLine(text: string): string {
  return text.replace(NEWLINES, '\n').replace(CONTROLS_BUT_NEWLINE_AND_TAB, '').normalize('NFC');
}

// Cyrillic and Greek letters that look like Latin ones (after case folding), from Unicode's confusables.txt.
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j',
  ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'v', ο: 'o',
  ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y', ı: 'i',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');
const INVISIBLES = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * What two names must not share to be told apart: NFKC (compatibility forms: ｆｕｌｌwidth, ligatures,
 * mathematical letters), invisible characters removed, case folded, Cyrillic and Greek lookalikes of Latin
 * letters mapped to them, dashes unified, white space collapsed. Not the full Unicode skeleton (UTS #39).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLES, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .normalize('NFD')
    .replace(LOOKALIKE, (c) => LOOKALIKES[c]!)
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

// ── Applied to the schema ─────────────────────────────────────────────────────────────────────────────

type Clean = (value: unknown, field: string) => unknown;

const join = (path: string, name: string | number) => (path ? `${path}.${name}` : String(name));

function cleanString(kind: TextKind | undefined): Clean {
  return (value, field) => {
    if (typeof value !== 'string') return value;
    if (value.includes('\0')) throw UserInputError.field(field, INVALID_CHARACTERS);
    if (kind === 'single-line') return normaliseSingleLine(field, value);
    if (kind === 'multi-line') return normaliseMultiLine(value);
    return value;
  };
}

/** How to clean a value of `type` (null when it can hold no string); `where` names it in errors. */
function cleanerFor(type: GraphQLInputType, kind: TextKind | undefined, where: string, inputs: Map<string, Clean | null>): Clean | null {
  const t = getNullableType(type);
  if (isListType(t)) {
    const item = cleanerFor(t.ofType, kind, where, inputs);
    return item && ((value, field) => (Array.isArray(value) ? value.map((v, i) => item(v, join(field, i))) : item(value, field)));
  }
  if (isScalarType(t) && (t.name === 'String' || t.name === 'ID')) return cleanString(kind);
  if (kind) throw new Error(`${where}: a text rule on a ${t.toString()}`);
  if (!isInputObjectType(t)) return null;
  if (inputs.has(t.name)) return inputs.get(t.name)!;
  inputs.set(t.name, (value, field) => inputs.get(t.name)?.(value, field) ?? value); // recursive inputs
  const fields = Object.values(t.getFields()).flatMap((f) => {
    const clean = cleanerFor(f.type, f.extensions?.[TEXT] as TextKind | undefined, `${t.name}.${f.name}`, inputs);
    return clean ? [{ name: f.name, clean }] : [];
  });
  const clean: Clean | null = fields.length
    ? (value, path) => {
        if (!value || typeof value !== 'object') return value;
        const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
        for (const f of fields) if (out[f.name] != null) out[f.name] = f.clean(out[f.name], join(path, f.name));
        return out;
      }
    : null;
  inputs.set(t.name, clean);
  return clean;
}

/**
 * Wraps every field that takes string arguments so they are checked and normalised before its resolver (or a
 * subscription's `subscribe`) runs. Errors name the field as class-validator does: the path inside an input
 * object (`name`, `criteria.0.title`), or a scalar argument's name.
 */
export function applyTextRules(schema: GraphQLSchema): GraphQLSchema {
  const inputs = new Map<string, Clean | null>();
  const subscriptionType = schema.getSubscriptionType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rules = (field.extensions?.[TEXT_ARGS] ?? {}) as Record<string, TextKind>;
      for (const name of Object.keys(rules)) if (!field.args.some((a) => a.name === name)) throw new Error(`${type.name}.${field.name}: @TextArgs names no argument "${name}"`);
      const args = field.args.flatMap((a) => {
        const clean = cleanerFor(a.type, rules[a.name], `${type.name}.${field.name}(${a.name})`, inputs);
        return clean ? [{ name: a.name, clean, prefix: isInputObjectType(getNullableType(a.type)) ? '' : a.name }] : [];
      });
      if (!args.length) continue;
      const cleanArgs = (given: Record<string, unknown>) => {
        const out = { ...given };
        for (const a of args) if (out[a.name] != null) out[a.name] = a.clean(out[a.name], a.prefix);
        return out;
      };
      const wrap = (inner: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> => (root, given, ctx, info) => inner(root, cleanArgs(given), ctx, info);
      // A subscription's arguments are checked once, when it starts; its per-event `resolve` is left alone.
      if (type === subscriptionType) {
        if (field.subscribe) field.subscribe = wrap(field.subscribe);
      } else {
        field.resolve = wrap(field.resolve ?? defaultFieldResolver);
      }
    }
  }
  return schema;
}
