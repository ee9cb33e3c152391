import { BlockList, isIP } from 'node:net';
import type express from 'express';
import type { DevMailbox } from './mailer.js';

/**
 * Development only: the mails that would have been sent, for people (`/dev/mail`) and tests (`/dev/mail.json`).
 * They hold live sign-in links (password reset, unlock), so only this machine may read them: the connection
 * must come from loopback (the socket's own address, not a header anyone can send), name a loopback host
 * (no DNS rebinding from a web page) and not have passed a proxy. Everyone else gets a plain 404.
 */
export function serveDevMailbox(app: express.Express, mailbox: Pick<DevMailbox, 'list'>): void {
  const localOnly: express.RequestHandler = (req, res, next) => {
    if (isLocalRequest(req)) return next();
    res.status(404).type('text/plain').send('Not found');
  };
  app.get('/dev/mail.json', localOnly, async (req, res) => {
    res.json(await mailbox.list(typeof req.query.to === 'string' ? req.query.to : undefined));
  });
  app.get('/dev/mail', localOnly, async (_req, res) => {
    const mails = await mailbox.list();
    const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const linkify = (s: string) => escape(s).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
    const items = mails
      .map((m) => `<article><h2>${escape(m.subject)}</h2><p>To: ${escape(m.to)} · ${escape(m.sentAt)}</p><pre>${linkify(m.text)}</pre></article>`)
      .join('\n');
    res.type('html').send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev mailbox</title></head><body><main><h1>Dev mailbox (${mails.length})</h1>` +
        `<p>Development only, and only for this computer: this page answers requests from loopback (localhost, 127.0.0.1, ::1) and gives 404 to any other address. Set <code>SMTP_URL</code> to send real mail.</p>` +
        `${items || '<p>No mail yet.</p>'}</main></body></html>`,
    );
  });
}

/** Whether the request was made on this machine, directly (see serveDevMailbox). */
export function isLocalRequest(req: Pick<express.Request, 'socket' | 'headers'>): boolean {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return false;
  if (req.headers.forwarded || req.headers['x-forwarded-for']) return false;
  return isLoopbackHost(req.headers.host);
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** 127.0.0.0/8, ::1, and IPv4 loopback mapped into IPv6 (::ffff:127.x.y.z; BlockList matches those too). */
export function isLoopbackAddress(address: string | undefined): boolean {
  const family = address ? isIP(address) : 0;
  return family !== 0 && loopback.check(address!, family === 4 ? 'ipv4' : 'ipv6');
}

function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  let name: string;
  try {
    name = new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  return isLoopbackAddress(name.replace(/^\[|\]$/g, ''));
}
