/**
 * The HTML part of every mail, made from its plain text: the same words, paragraphs and links, in the platform's
 * look (Designsystemet's light theme colours), in the recipient's language. Tables and inline styles, because
 * that is what mail programs render. Every character of the text is escaped; only links the text contains become
 * anchors.
 */

export type MailLanguage = 'nb' | 'nn' | 'en';

export const mailLanguage = (language: string | undefined): MailLanguage => (language === 'nn' || language === 'en' ? language : 'nb');

const WORDS = {
  nb: { tagline: 'Det regionale integreringsnettverket', why: 'Du får denne e-posten fordi du har en konto på Samhandling eller har meldt deg på noe der.', unsubscribe: 'Slutt å få varsler på e-post' },
  nn: { tagline: 'Det regionale integreringsnettverket', why: 'Du får denne e-posten fordi du har ein konto på Samhandling eller har meldt deg på noko der.', unsubscribe: 'Slutt å få varsel på e-post' },
  en: { tagline: 'The regional integration network', why: 'You receive this e-mail because you have an account on Samhandling or signed up for something there.', unsubscribe: 'Stop notification e-mails' },
} satisfies Record<MailLanguage, Record<string, string>>;

const COLOURS = { accent: '#0062ba', tinted: '#ddeaf6', background: '#f3f3f4', text: '#292c30', subtle: '#5d6166', border: '#bbbcbd' };
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Escapes a line and turns the http(s) links in it into anchors (a trailing full stop or bracket stays text). */
function linkify(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = match[0].replace(/[.,;:!?)»]+$/, '');
    out += escape(line.slice(last, match.index)) + `<a href="${escape(url)}" style="color:${COLOURS.accent};text-decoration:underline">${escape(url)}</a>`;
    last = match.index + url.length;
  }
  return out + escape(line.slice(last));
}

export function renderMailHtml(mail: { subject: string; text: string; language?: string; unsubscribeUrl?: string }): string {
  const language = mailLanguage(mail.language);
  const words = WORDS[language];
  const paragraphs = mail.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p style="margin:0 0 16px 0">${p.split('\n').map(linkify).join('<br>')}</p>`)
    .join('\n');
  const unsubscribe = mail.unsubscribeUrl
    ? `<p style="margin:8px 0 0 0"><a href="${escape(mail.unsubscribeUrl)}" style="color:${COLOURS.subtle}">${escape(words.unsubscribe)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(mail.subject)}</title></head>
<body style="margin:0;padding:0;background:${COLOURS.background};color:${COLOURS.text};font-family:${FONT};font-size:16px;line-height:1.5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${COLOURS.background}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border:1px solid ${COLOURS.border};border-radius:8px">
<tr><td style="background:${COLOURS.accent};color:#ffffff;padding:16px 24px;border-radius:8px 8px 0 0"><strong style="font-size:20px">Samhandling</strong><br><span style="font-size:14px">${escape(words.tagline)}</span></td></tr>
<tr><td style="padding:24px">
<h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3">${escape(mail.subject)}</h1>
${paragraphs}
</td></tr>
<tr><td style="background:${COLOURS.tinted};padding:16px 24px;font-size:13px;color:${COLOURS.subtle};border-radius:0 0 8px 8px"><p style="margin:0">${escape(words.why)}</p>${unsubscribe}</td></tr>
</table></td></tr></table>
</body></html>
`;
}
