import type { EntityManager } from '@mikro-orm/postgresql';
import { addCollector, metrics } from '../../ops/metrics.js';
import type { Logger } from '../logger.js';
import { renderMailHtml } from './html.js';
import { isPermanentFailure, type Mailer, type MailMessage, type MailTransport, type OutgoingMail } from './mailer.js';
import { unsubscribeUrl } from './unsubscribe.js';

/** How the outbox worker paces itself (docs/security.md and the README quote these). */
export const OUTBOX = {
  /** Every process looks for due mail this often (and at once after queuing outside a transaction). */
  pollMs: 2_000,
  /** Rows claimed at a time. */
  batch: 20,
  /** A claimed row is not due again for this long: a process that dies mid-send delays its mail by this much. */
  leaseMs: 10 * 60_000,
  /** Retry after 10 s, 20 s, 40 s … at most 15 min apart (plus up to a fifth, so processes spread out). */
  retryBaseMs: 10_000,
  retryMaxMs: 15 * 60_000,
  /** A mail still unsent after three days is given up (and kept, marked failed, for 30 days). */
  maxAgeMs: 3 * 24 * 3_600_000,
  keepFailedDays: 30,
};

export type OutboxSettings = typeof OUTBOX;

export function retryDelay(attempts: number, settings: Pick<OutboxSettings, 'retryBaseMs' | 'retryMaxMs'> = OUTBOX, random = Math.random): number {
  const delay = Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (1 + random() / 5));
}

interface Claimed {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  attempts: number;
  created_at: Date;
}

interface Options {
  orm: { em: { fork(): unknown } };
  transport: MailTransport;
  logger: Logger;
  publicUrl: string;
  /** Keys the List-Unsubscribe links (SESSION_SECRET). */
  secret: string;
  settings?: Partial<OutboxSettings>;
}

/**
 * Durable outgoing mail. `send` writes the mail to the `mail_outbox` table (in the caller's transaction when given
 * one) and returns: no request waits for a mail server. Every server process runs a worker that claims due rows
 * with FOR UPDATE SKIP LOCKED (so two processes never take the same row), hands them to the transport, deletes
 * what was accepted and retries the rest with backoff. A mail server that is down for an hour only delays mail.
 * At least once: a process that dies after the mail server accepted a mail but before the row was deleted sends
 * it again after the lease, with the same Message-ID.
 */
export class MailOutbox implements Mailer {
  readonly settings: OutboxSettings;
  private timer: NodeJS.Timeout | null = null;
  private cleanup: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private removeCollector: (() => void) | null = null;

  constructor(private readonly opts: Options) {
    this.settings = { ...OUTBOX, ...opts.settings };
  }

  get transport(): MailTransport {
    return this.opts.transport;
  }

  private em(): EntityManager {
    return this.opts.orm.em.fork() as EntityManager;
  }

  async send(message: MailMessage, em?: EntityManager): Promise<void> {
    const unsubscribe = message.unsubscribeUserId ? unsubscribeUrl(this.opts.publicUrl, this.opts.secret, message.unsubscribeUserId) : undefined;
    // One-click unsubscribe (RFC 8058): mail programs POST to the link; a person opening it gets a page with a button.
    const headers: Record<string, string> = unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {};
    const html = renderMailHtml({ subject: message.subject, text: message.text, language: message.language, unsubscribeUrl: unsubscribe });
    await (em ?? this.em()).execute('insert into mail_outbox (recipient, subject, text, html, headers) values (?, ?, ?, ?, ?::jsonb)', [
      message.to,
      message.subject,
      message.text,
      html,
      JSON.stringify(headers),
    ]);
    metrics.mailQueued.inc();
    // Inside a transaction the row is not visible until the commit: the next poll finds it.
    if (!em?.isInTransaction()) this.kick();
  }

  start(): void {
    this.timer = setInterval(() => this.kick(), this.settings.pollMs);
    this.timer.unref();
    this.cleanup = setInterval(() => void this.forgetOldFailures().catch((err) => this.opts.logger.warn({ err }, 'mail outbox: cleanup failed')), 3_600_000);
    this.cleanup.unref();
    this.removeCollector = addCollector(async () => {
      const [row] = await this.em().execute<{ pending: number; oldest: number | null }[]>(
        'select count(*)::int as pending, extract(epoch from now() - min(created_at))::float8 as oldest from mail_outbox where failed_at is null',
      );
      metrics.mailOutboxPending.set(row?.pending ?? 0);
      metrics.mailOutboxOldestSeconds.set(row?.oldest ?? 0);
    });
    this.kick(); // what was queued while no process ran
  }

  /** Finishes the mail being sent, hands back the rest of its batch, and stops. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.cleanup) clearInterval(this.cleanup);
    this.removeCollector?.();
    while (this.running) await this.running;
    this.opts.transport.close?.();
  }

  /** Sends everything that is due now, and resolves when done (tests; `npm run` scripts before they exit). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
    await this.pass();
  }

  /** Starts a pass unless one runs; one that runs goes round once more, to pick up what was queued meanwhile. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.pass();
  }

  private pass(): Promise<void> {
    const run = (async () => {
      try {
        while (!this.stopped) {
          const batch = await this.claim();
          if (!batch.length) break;
          if (!(await this.sendBatch(batch))) break;
        }
      } catch (err) {
        this.opts.logger.warn({ err: (err as Error).message }, 'mail outbox: pass failed, trying again later');
      }
    })();
    this.running = run.finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
    return this.running;
  }

  private async claim(): Promise<Claimed[]> {
    const rows = await this.em().execute<Claimed[]>(
      `update mail_outbox o set next_attempt_at = now() + ? * interval '1 millisecond', attempts = o.attempts + 1
         from (select id from mail_outbox where failed_at is null and next_attempt_at <= now()
                order by next_attempt_at, id limit ? for update skip locked) due
        where o.id = due.id
       returning o.id::text as id, o.recipient, o.subject, o.text, o.html, o.headers, o.attempts, o.created_at`,
      [this.settings.leaseMs, this.settings.batch],
    );
    return rows.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** False when the transport failed (the rest of the batch waits as long as the failed mail). */
  private async sendBatch(batch: Claimed[]): Promise<boolean> {
    const em = this.em();
    for (const [i, row] of batch.entries()) {
      if (this.stopped) {
        await this.release(batch.slice(i), 0);
        return false;
      }
      const mail: OutgoingMail = { id: row.id, to: row.recipient, subject: row.subject, text: row.text, html: row.html, headers: row.headers ?? {} };
      try {
        await this.opts.transport.deliver(mail);
      } catch (err) {
        const message = String((err as Error)?.message ?? err).slice(0, 1000);
        const expired = Date.now() - new Date(row.created_at).getTime() > this.settings.maxAgeMs;
        if (isPermanentFailure(err) || expired) {
          await em.execute('update mail_outbox set failed_at = now(), last_error = ? where id = ?', [message, row.id]);
          metrics.mailFailed.inc({ reason: expired ? 'expired' : 'refused' });
          this.opts.logger.error({ mail: row.id, attempts: row.attempts, err: message }, 'mail given up');
          continue;
        }
        const delay = retryDelay(row.attempts, this.settings);
        await em.execute("update mail_outbox set next_attempt_at = now() + ? * interval '1 millisecond', last_error = ? where id = ?", [delay, message, row.id]);
        metrics.mailDeferred.inc();
        await this.release(batch.slice(i + 1), delay);
        this.opts.logger.warn({ mail: row.id, attempts: row.attempts, retryInMs: delay, waiting: batch.length - i, err: message }, 'mail not sent, will retry');
        return false;
      }
      await em.execute('delete from mail_outbox where id = ?', [row.id]);
      metrics.mailSent.inc();
    }
    return true;
  }

  /** Claimed rows not tried: due again after `delayMs`, their attempt not counted. */
  private async release(rows: Claimed[], delayMs: number): Promise<void> {
    if (!rows.length) return;
    await this.em().execute(
      `update mail_outbox set next_attempt_at = now() + ? * interval '1 millisecond', attempts = attempts - 1 where id in (${rows.map(() => '?').join(', ')})`,
      [delayMs, ...rows.map((r) => r.id)],
    );
  }

  private async forgetOldFailures(): Promise<void> {
    await this.em().execute(`delete from mail_outbox where failed_at < now() - ? * interval '1 day'`, [this.settings.keepFailedDays]);
  }
}
