import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** The recipient's language (nb, nn, en): the HTML part's language and wording. Bokmål if not given. */
  language?: string;
  /** Notification mail: the user whose e-mail notifications a List-Unsubscribe link turns off. */
  unsubscribeUserId?: string;
}

/** Where the rest of the server hands mail over: the durable outbox (outbox.ts), which never blocks a request. */
export interface Mailer {
  /** Queues `message`; with `em` inside a transaction, the mail is queued only if that transaction commits. */
  send(message: MailMessage, em?: EntityManager): Promise<void>;
}

/** One message as the outbox worker sends it: both parts made, its headers set. */
export interface OutgoingMail {
  /** The outbox row's id: the Message-ID is made from it, so a resend after a crash carries the same one. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  headers: Record<string, string>;
}

/** What actually delivers mail: SMTP, or the dev mailbox. Throws when the mail was not accepted. */
export interface MailTransport {
  deliver(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

export const DEFAULT_MAIL_FROM = 'Samhandling <no-reply@samhandling.local>';

/** A rejection that retrying cannot change (the server refused this recipient for good, 5xx): not tried again. */
export function isPermanentFailure(err: unknown): boolean {
  const e = err as { code?: string; responseCode?: number };
  return e?.code === 'EENVELOPE' && typeof e.responseCode === 'number' && e.responseCode >= 500;
}

/** SMTP when SMTP_URL is set; otherwise the dev mailbox, a folder of JSON files under the data folder
 * that the `/dev/mail` page (development only) and the tests read. */
export function createMailTransport(opts: { smtpUrl?: string; mailFrom?: string; mailDir: string; logger: Logger; production?: boolean }): MailTransport {
  const from = opts.mailFrom ?? DEFAULT_MAIL_FROM;
  if (opts.smtpUrl) {
    // Short timeouts: a hung mail server must not hold the worker past its lease (outbox.ts, LEASE_MS).
    const transport = nodemailer.createTransport({ url: opts.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    const domain = from.replace(/^.*@/, '').replace(/>.*$/, '') || 'samhandling.local';
    return {
      async deliver(m) {
        await transport.sendMail({
          from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          ...(m.html ? { html: m.html } : {}),
          headers: m.headers,
          messageId: `<outbox-${m.id}@${domain}>`,
        });
        opts.logger.info({ mail: m.id, subject: m.subject }, 'mail sent');
      },
      close: () => transport.close(),
    };
  }
  if (opts.production) opts.logger.warn({ mailbox: opts.mailDir }, 'SMTP_URL is not set: mail is written to files in the data folder, not sent');
  return new DevMailbox(opts.mailDir, opts.logger);
}

export interface StoredMail {
  id: string;
  sentAt: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  headers?: Record<string, string>;
}

export class DevMailbox implements MailTransport {
  constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  async deliver(m: OutgoingMail): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const sentAt = new Date().toISOString();
    // Sorted by name: within one millisecond, the outbox's order decides.
    const id = `${sentAt.replace(/[:.]/g, '-')}-${m.id.padStart(12, '0')}-${randomBytes(3).toString('hex')}`;
    const stored: StoredMail = { id, sentAt, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers };
    await writeFile(join(this.dir, `${id}.json`), JSON.stringify(stored, null, 2));
    this.logger.info({ subject: m.subject, mailbox: this.dir }, 'mail written to the dev mailbox');
  }

  /** Newest first; optionally only mail to one address. */
  async list(to?: string): Promise<StoredMail[]> {
    const files = (await readdir(this.dir).catch(() => [] as string[])).filter((f) => f.endsWith('.json')).sort().reverse();
    const mails = await Promise.all(files.map(async (f) => JSON.parse(await readFile(join(this.dir, f), 'utf8')) as StoredMail));
    return to ? mails.filter((m) => m.to.toLowerCase() === to.toLowerCase()) : mails;
  }
}
