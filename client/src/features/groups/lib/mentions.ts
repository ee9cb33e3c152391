/** The markdown the server reads as a mention: `@[Name](user:<uuid>)`. */
export function mentionMarkup(name: string, userId: string): string {
  return `@[${name.replace(/[[\]]/g, '')}](user:${userId})`;
}

/**
 * Inserts a mention at the caret, replacing a just-typed "@" there, with a space after it.
 * Returns the new text and the caret position after the mention.
 */
export function insertMention(text: string, caret: number, name: string, userId: string): { text: string; caret: number } {
  const at = Math.max(0, Math.min(caret, text.length));
  const start = text[at - 1] === '@' ? at - 1 : at;
  const before = text.slice(0, start);
  const spacer = before && !/\s$/.test(before) ? ' ' : '';
  const mention = `${spacer}${mentionMarkup(name, userId)} `;
  return { text: before + mention + text.slice(at), caret: before.length + mention.length };
}
