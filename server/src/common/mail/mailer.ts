import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface StoredMail extends MailMessage {
  id: string;
  sentAt: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

const FROM = 'Samhandling <no-reply@samhandling.local>';

/** SMTP when SMTP_URL is set; otherwise the dev mailbox, a folder of JSON files under the data folder
 * that the `/dev/mail` page (development only) and the tests read. */
export function createMailer(opts: { smtpUrl?: string; mailDir: string; logger: Logger }): Mailer {
  if (opts.smtpUrl) {
    const transport = nodemailer.createTransport(opts.smtpUrl);
    return {
      async send(m) {
        await transport.sendMail({ from: FROM, to: m.to, subject: m.subject, text: m.text });
        opts.logger.info({ subject: m.subject }, 'mail sent');
      },
    };
  }
  return new DevMailbox(opts.mailDir, opts.logger);
}

export class DevMailbox implements Mailer {
  constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  async send(m: MailMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const sentAt = new Date().toISOString();
    const id = `${sentAt.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
    const stored: StoredMail = { id, sentAt, ...m };
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
