import { LRUCache } from 'lru-cache';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: true, async: false });

/** `@[Name](user:<uuid>)`: the mention syntax the client inserts; the server finds who to notify from it. */
const MENTION = /@\[([^\]\n]{1,120})\]\(user:([0-9a-f-]{36})\)/gi;

export function mentionedUserIds(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(MENTION)].map((m) => m[2]!.toLowerCase()))];
}

/**
 * Markdown written by users, rendered to HTML that is safe to insert in a page: only formatting tags,
 * no scripts, styles, event handlers or iframes, links limited to http(s) and mailto and opened with
 * rel="noopener noreferrer nofollow". Mentions become a span the client styles.
 */
export function renderMarkdown(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) rendered.set(markdown, (html = render(markdown)));
  return html;
}

/**
 * What was rendered lately, by its markdown: the same texts are rendered again on every read (a thread page's
 * messages, an event's description), and parsing and sanitising them was a twentieth of the server's CPU in the
 * mixed benchmark (docs/benchmarks.md §3). Bounded by characters kept, source and HTML together.
 */
const rendered = new LRUCache<string, string>({ maxSize: 8_000_000, sizeCalculation: (html, markdown) => html.length + markdown.length + 1 });

function render(markdown: string): string {
  const withMentions = markdown.replace(MENTION, (_m, name: string, id: string) => `<span data-mention="${id.toLowerCase()}">@${escapeHtml(name)}</span>`);
  const html = marked.parse(withMentions) as string;
  return sanitizeHtml(html, {
    allowedTags: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'hr', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], span: ['data-mention'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    transformTags: {
      a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
      // Headings inside a message must not compete with the page's own.
      h1: 'h3',
      h2: 'h3',
      h5: 'h4',
      h6: 'h4',
    },
  }).trim();
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
