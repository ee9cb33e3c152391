/** The markdown the server reads as a mention: `@[Name](user:<uuid>)`. */
export function mentionMarkup(name: string, userId: string): string {
  return `@[${name.replace(/[[\]]/g, '')}](user:${userId})`;
}

/** A member who can be mentioned. */
export interface MentionCandidate {
  id: string;
  name: string;
}

export type MentionPart = { kind: 'text'; text: string } | { kind: 'mention'; name: string; userId: string };

const MENTION = /@\[([^\]]+)\]\(user:([0-9a-fA-F-]{36})\)/g;

/** Splits a message's markup into plain text and mentions, in order, for an editor to show mentions as chips. */
export function parseMentions(markup: string): MentionPart[] {
  const parts: MentionPart[] = [];
  let last = 0;
  for (const m of markup.matchAll(MENTION)) {
    if (m.index! > last) parts.push({ kind: 'text', text: markup.slice(last, m.index) });
    parts.push({ kind: 'mention', name: m[1]!, userId: m[2]! });
    last = m.index! + m[0].length;
  }
  if (last < markup.length) parts.push({ kind: 'text', text: markup.slice(last) });
  return parts;
}

/** At most this many suggestions while typing "@…". */
export const MAX_SUGGESTIONS = 8;

/**
 * The members whose name, or one of its words, starts with what was typed after "@" (case and accents aside):
 * "In" finds "Ingrid Dahl", "dah" finds her too. Names starting so come first.
 */
export function matchCandidates(candidates: readonly MentionCandidate[], typed: string): MentionCandidate[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nb');
  const q = fold(typed.trim());
  const scored = candidates.flatMap((c) => {
    const name = fold(c.name);
    if (name.startsWith(q)) return [{ c, rank: 0 }];
    if (name.split(/[\s-]+/).some((word) => word.startsWith(q))) return [{ c, rank: 1 }];
    return [];
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.c.name.localeCompare(b.c.name, 'nb'))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.c);
}
