import { ApolloError } from '@apollo/client/core';
import { intlLocale } from '@/shared/lib/intl';

/** Every time is shown in Oslo, whatever the browser's own time zone. */
export const OSLO = 'Europe/Oslo';

export { intlLocale };

function osloParts(instant: string | Date) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: OSLO,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** "2026-05-12": the Oslo calendar date of an instant. */
export function osloDateKey(instant: string | Date): string {
  const p = osloParts(instant);
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant as Oslo wall-clock "YYYY-MM-DDTHH:mm", the value of a datetime-local input and of GrantRoundInput. */
export function instantToOsloLocal(instant: string | null | undefined): string {
  if (!instant) return '';
  const p = osloParts(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "12. mai 2026 kl. 12.00" / "12 May 2026, 12:00" in Oslo time (the grants feature's, so both sides say times alike). */
export { formatOslo } from '@/features/grants';

/** "1 500 000 kr" / "NOK 1,500,000". */
export function formatNok(amount: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 }).format(amount);
}

/** A plain number in the interface language ("1 500 000"). */
export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value);
}

export interface Bucket {
  value: string;
  count: number;
  requested: number;
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Share of the longest bar, 0–100, for the bar's width. */
  percent: number;
}

/** Bars for a chart: each bar's width relative to the largest value (a zero largest value gives empty bars). */
export function toBars<T>(items: readonly T[], key: (item: T) => string, label: (item: T) => string, value: (item: T) => number): Bar[] {
  const values = items.map(value);
  const max = Math.max(0, ...values);
  return items.map((item, i) => ({
    key: key(item),
    label: label(item),
    value: values[i]!,
    percent: max > 0 ? Math.round((values[i]! / max) * 1000) / 10 : 0,
  }));
}

/** Application states in their life-cycle order, for the "by state" chart. */
export const APPLICATION_STATES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'MORE_INFO_REQUESTED', 'DECIDED', 'WITHDRAWN'] as const;

/** The by-state buckets in life-cycle order, with every state present (zero where the server has none). */
export function stateBuckets(buckets: readonly Bucket[]): Bucket[] {
  const known = new Map(buckets.map((b) => [b.value, b]));
  const ordered: Bucket[] = APPLICATION_STATES.map((s) => known.get(s) ?? { value: s, count: 0, requested: 0 });
  const others = buckets.filter((b) => !(APPLICATION_STATES as readonly string[]).includes(b.value));
  return [...ordered, ...others];
}

export interface MoneyOverview {
  budget: number;
  requested: number;
  granted: number;
  /** Budget left after what is granted (negative: over budget). */
  remaining: number;
  /** How many times over the budget the requests are (0 without a budget). */
  pressure: number;
}

export function moneyOverview(d: { budget: number; requested: number; granted: number }): MoneyOverview {
  return {
    budget: d.budget,
    requested: d.requested,
    granted: d.granted,
    remaining: d.budget - d.granted,
    pressure: d.budget > 0 ? Math.round((d.requested / d.budget) * 100) / 100 : 0,
  };
}

export interface AuditAction {
  /** The key under grantReview.audit.actions (which may still lack a text: check with te), or null for an action of another shape. */
  key: string | null;
  from?: string;
  to?: string;
  raw: string;
}

/** "state:DRAFT→OPEN" → a state change; "decision", "assessed", "attachment_added" … → their own keys. */
export function parseAuditAction(action: string): AuditAction {
  const state = /^state:([A-Z_]+)→([A-Z_]+)$/.exec(action);
  if (state) return { key: 'state', from: state[1], to: state[2], raw: action };
  return { key: /^[a-z][a-z0-9_]*$/.test(action) ? action : null, raw: action };
}

/** The weighted score of one set of scores (0–5), as the server ranks: Σ score·weight / Σ weight. */
export function weightedScore(criteria: readonly { key: string; weight: number }[], scores: Record<string, number | null | undefined>): number | null {
  const scored = criteria.filter((c) => scores[c.key] != null);
  if (!scored.length) return null;
  const total = criteria.reduce((s, c) => s + c.weight, 0) || 1;
  const sum = criteria.reduce((s, c) => s + (scores[c.key] ?? 0) * c.weight, 0);
  return Math.round((sum / total) * 100) / 100;
}

/** The raw message key of a GraphQL error (e.g. "grant/over_budget"), to branch on. */
export function serverMessage(error: unknown): string | null {
  if (!(error instanceof ApolloError)) return null;
  const first = error.graphQLErrors[0] ?? (error.networkError as { result?: { errors?: { message: string }[] } } | null)?.result?.errors?.[0];
  return first?.message ?? null;
}

/** Whole NOK from a text field ("1 500 000", "1500000"); null when it is not a whole non-negative number. */
export function parseAmount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr$/i, '');
  if (!/^\d{1,10}$/.test(clean)) return null;
  return Number(clean);
}

/** A criterion key from its title: "Relevans for målgruppen" → "relevans-for-malgruppen" (max 40). */
export function criterionKey(title: string): string {
  return title
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
