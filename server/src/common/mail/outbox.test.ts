import type { EntityManager } from '@mikro-orm/postgresql';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { freePort } from '../../../test/server-process.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { Language, User } from '../../modules/accounts/user.entity.js';
import { Notification, NotificationChannel, NotificationPreference, NotificationType } from '../../modules/notifications/notification.entity.js';
import { sendDigests } from '../../modules/notifications/notification.service.js';
import { registry } from '../../ops/metrics.js';
import { createLogger } from '../logger.js';
import type { MailTransport, OutgoingMail } from './mailer.js';
import { MailOutbox, retryDelay } from './outbox.js';
import { renderMail } from './templates.js';

/** A real SMTP server on loopback that keeps what it receives, and can be stopped and started again on its port. */
class LocalSmtp {
  received: { to: string[]; raw: string }[] = [];
  private server: SMTPServer | null = null;
  constructor(
    readonly port: number,
    private readonly hooks: Pick<SMTPServerOptions, 'onRcptTo'> & { afterEach?: (count: number) => Error | void } = {},
  ) {}

  start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onRcptTo: this.hooks.onRcptTo,
      onData: (stream, session, callback) => {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (d: string) => (raw += d));
        stream.on('end', () => {
          const refusal = this.hooks.afterEach?.(this.received.length + 1);
          if (refusal) return callback(refusal);
          this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  recipients(): string[] {
    return this.received.flatMap((m) => m.to);
  }
}

/** The body of a MIME part as text: quoted-printable and base64 undone. */
function decodedParts(raw: string): { type: string; body: string }[] {
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
      const body = rest.join('\r\n\r\n');
      const type = /content-type:\s*([^;\r\n]+)/i.exec(head!)?.[1] ?? '';
      const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head!)?.[1]?.toLowerCase();
      if (encoding === 'base64') return { type, body: Buffer.from(body, 'base64').toString('utf8') };
      if (encoding === 'quoted-printable') {
        const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => `%${h}`);
        return { type, body: decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25')) };
      }
      return { type, body };
    });
}

const pending = async (server: TestServer) =>
  (await server.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from mail_outbox where failed_at is null'))[0]!.n;
const metric = async (name: string, labels = '') => {
  const line = (await registry.metrics()).split('\n').find((l) => l.startsWith(`${name}${labels} `) || (labels === '' && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').pop()) : 0;
};
const waitFor = async (what: string, check: () => Promise<boolean> | boolean, ms = 20_000) => {
  for (const start = Date.now(); Date.now() - start < ms; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
};

describe('the mail outbox over SMTP', () => {
  let server: TestServer;
  let smtp: LocalSmtp;
  let refuse = (_address: string): Error | null => null;
  let stopAfter: number | null = null;

  beforeAll(async () => {
    const port = await freePort();
    smtp = new LocalSmtp(port, {
      onRcptTo: (address, _session, callback) => callback(refuse(address.address)),
      afterEach: (count) => {
        if (stopAfter === null || count < stopAfter) return;
        // The mail server goes away in the middle of this mail: it is refused, and nothing after it connects.
        void smtp.stop();
        return Object.assign(new Error('Shutting down'), { responseCode: 421 });
      },
    });
    await smtp.start();
    server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Vestfold fylkeskommune <samhandling@vtfk.no>' });
  });
  afterAll(async () => {
    await server.close();
    await smtp.stop();
  });

  it('sends HTML and plain text in the recipient’s language from MAIL_FROM, with List-Unsubscribe on notification mail', async () => {
    const make = factories(server);
    const user = await make.user({ name: 'Olena', email: 'olena@example.no' });
    const em = server.orm.em.fork() as EntityManager;
    await em.nativeUpdate(User, { id: user.id }, { preferredLanguage: Language.en });
    em.create(NotificationPreference, { user: em.getReference(User, user.id), type: NotificationType.MENTION, channel: NotificationChannel.EMAIL });
    em.create(Notification, { user: em.getReference(User, user.id), type: NotificationType.MENTION, data: { actorName: 'Kari', groupName: 'Språkkafé' }, emailWanted: true });
    await em.flush();

    const services = server.app.services;
    expect(await sendDigests({ em: server.orm.em.fork() as EntityManager, mailer: services.mailer, logger: services.logger, publicUrl: server.config.publicUrl })).toBe(1);
    await server.app.mailOutbox.drain();
    const mail = smtp.received.find((m) => m.to.includes('olena@example.no'))!;
    expect(mail).toBeDefined();
    const headers = mail.raw.slice(0, mail.raw.indexOf('\r\n\r\n'));
    expect(headers).toMatch(/^From: Vestfold fylkeskommune <samhandling@vtfk\.no>$/m);
    expect(headers).toMatch(/^Subject: You have 1 new notifications on Samhandling$/m);
    expect(headers).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(headers).toMatch(/^Message-ID: <outbox-\d+@vtfk\.no>$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    const unsubscribe = /^List-Unsubscribe: <([^>]+)>$/m.exec(headers.replace(/\r\n[ \t]+/g, ' '))![1]!;
    expect(unsubscribe.startsWith(`${server.config.publicUrl}/e-post/avmelding?u=${user.id}&t=`)).toBe(true);

    const [text, html] = decodedParts(mail.raw);
    expect(text!.type).toBe('text/plain');
    expect(text!.body).toContain('This happened since last time:');
    expect(html!.type).toBe('text/html');
    expect(html!.body).toContain('<html lang="en">');
    expect(html!.body).toContain('This happened since last time:');
    expect(html!.body).toContain(`<a href="${server.config.publicUrl}/varsler"`);
    expect(html!.body).toContain('Stop notification e-mails');

    // One-click: a mail program POSTs the link; notification e-mail is off, the inbox stays. (PUBLIC_URL is not
    // this test server's address.)
    const link = unsubscribe.replace(server.config.publicUrl, server.url);
    expect((await fetch(link.replace(/t=[^&]+/, 't=forged'), { method: 'POST' })).status).toBe(404);
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit">Stop notification e-mails</button>');
    const mentionChannel = async () => (await server.orm.em.fork().findOneOrFail(NotificationPreference, { user: user.id, type: NotificationType.MENTION })).channel;
    expect(await mentionChannel()).toBe(NotificationChannel.EMAIL); // opening the link changes nothing
    expect((await fetch(link, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(200);
    expect(await mentionChannel()).toBe(NotificationChannel.IN_APP);
  });

  it('mail that is not notification mail has no List-Unsubscribe, and is in nynorsk for a nynorsk reader', async () => {
    await server.app.services.mailer.send(renderMail('resetPassword', Language.nn, 'per@example.no', { name: 'Per', link: 'https://samhandling.example/x?token=abc' }));
    await server.app.mailOutbox.drain();
    const mail = smtp.received.find((m) => m.to.includes('per@example.no'))!;
    expect(mail.raw).not.toMatch(/^List-Unsubscribe/im);
    const [, html] = decodedParts(mail.raw);
    expect(html!.body).toContain('<html lang="nn">');
    expect(html!.body).toContain('Nokon bad om å setje nytt passord');
    expect(html!.body).toContain('<a href="https://samhandling.example/x?token=abc"');
  });

  it('loses nothing when the mail server stops in the middle of a batch and comes back an hour later', { timeout: 60_000 }, async () => {
    const before = smtp.received.length;
    const deferredBefore = await metric('samhandling_mail_deferred_total');
    const to = Array.from({ length: 30 }, (_, i) => `mottaker-${i}@example.no`);
    stopAfter = before + 10; // the 10th of these is refused as the server goes down
    const services = server.app.services;
    for (const address of to) await services.mailer.send({ to: address, subject: 'Påminnelse', text: 'Husk møtet i morgen.' });

    // Nine got through; the rest wait for a retry (none due now), none was given up.
    await waitFor('the outbox to stop trying', async () => smtp.received.length === before + 9 && (await pending(server)) === 21 && !(await dueNow(server)));
    // A pass may still hold a leased batch (not due, so the wait above passes) and be about to record its refused
    // connection; let it finish, or it would push its rows back after the server is up again.
    await server.app.mailOutbox.drain();
    expect(await metric('samhandling_mail_deferred_total')).toBeGreaterThan(deferredBefore);
    const rows = await server.orm.em.fork().getConnection().execute<{ attempts: number; last_error: string | null; failed_at: Date | null }[]>('select attempts, last_error, failed_at from mail_outbox');
    expect(rows.every((r) => r.failed_at === null)).toBe(true);
    expect(rows.some((r) => r.attempts === 1 && /421|ECONNREFUSED|Shutting down/.test(r.last_error ?? ''))).toBe(true);

    // An hour later the mail server is back; the retry time has come.
    stopAfter = null;
    await smtp.start();
    await server.orm.em.fork().getConnection().execute('update mail_outbox set next_attempt_at = now()');
    await server.app.mailOutbox.drain();
    expect(new Set(smtp.recipients().filter((r) => r.startsWith('mottaker-')))).toEqual(new Set(to));
    expect(smtp.recipients().filter((r) => r.startsWith('mottaker-'))).toHaveLength(30); // each once
    expect(await pending(server)).toBe(0);
  });

  it('gives up at once on an address the mail server refuses for good, and sends the others', async () => {
    refuse = (address) => (address === 'finnes-ikke@example.no' ? Object.assign(new Error('No such user'), { responseCode: 550 }) : null);
    const failedBefore = await metric('samhandling_mail_failed_total', '{reason="refused"}');
    for (const address of ['finnes-ikke@example.no', 'finnes@example.no']) await server.app.services.mailer.send({ to: address, subject: 'Hei', text: 'Hei!' });
    await server.app.mailOutbox.drain();
    expect(smtp.recipients()).toContain('finnes@example.no');
    const [row] = await server.orm.em.fork().getConnection().execute<{ failed_at: Date | null; last_error: string }[]>("select failed_at, last_error from mail_outbox where recipient = 'finnes-ikke@example.no'");
    expect(row!.failed_at).not.toBeNull();
    expect(row!.last_error).toContain('550');
    expect(await metric('samhandling_mail_failed_total', '{reason="refused"}')).toBe(failedBefore + 1);
    refuse = () => null;
  });
});

const dueNow = async (server: TestServer) =>
  (await server.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from mail_outbox where failed_at is null and next_attempt_at <= now()'))[0]!.n > 0;

describe('several processes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** A transport that takes a while, and records what it was given. */
  const slowTransport = (log: string[], ms = 5): MailTransport => ({
    deliver: async (m: OutgoingMail) => {
      await new Promise((r) => setTimeout(r, ms));
      log.push(m.to);
    },
  });
  const outbox = (transport: MailTransport, settings = {}) =>
    new MailOutbox({ orm: server.orm, transport, logger: createLogger('silent'), publicUrl: 'http://localhost', secret: 'x'.repeat(40), settings: { batch: 5, ...settings } });

  it('never sends one mail twice when workers of several processes claim at once (SKIP LOCKED)', async () => {
    await server.app.mailOutbox.stop(); // only the two below send
    const to = Array.from({ length: 60 }, (_, i) => `mange-${i}@example.no`);
    const [logA, logB, logC] = [[], [], []] as string[][];
    const [a, b, c] = [outbox(slowTransport(logA)), outbox(slowTransport(logB)), outbox(slowTransport(logC))];
    for (const address of to) await a.send({ to: address, subject: 'Nytt', text: 'Nytt arrangement' });
    await Promise.all([a.drain(), b.drain(), c.drain()]);
    const all = [...logA, ...logB, ...logC];
    expect(all.sort()).toEqual([...to].sort());
    expect(logB.length + logC.length).toBeGreaterThan(0); // the work was shared
  });

  it('sends a mail that a process claimed and then died with, once its lease has run out', async () => {
    const stuck: string[] = [];
    let release = () => {};
    const hanging: MailTransport = { deliver: () => new Promise<void>((resolve) => (release = () => resolve())).then(() => void stuck.push('late')) };
    const dying = outbox(hanging, { leaseMs: 300, batch: 1 });
    await dying.send({ to: 'leie@example.no', subject: 'Leie', text: 'Leie' });
    void dying.drain();
    await new Promise((r) => setTimeout(r, 100));
    const log: string[] = [];
    const other = outbox(slowTransport(log));
    await other.drain();
    expect(log).toEqual([]); // still leased
    await new Promise((r) => setTimeout(r, 400));
    await other.drain();
    expect(log).toEqual(['leie@example.no']);
    release();
  });

  it('waits longer after each failure, up to 15 minutes', () => {
    const none = () => 0;
    expect([1, 2, 3, 4].map((n) => retryDelay(n, undefined, none))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelay(20, undefined, none)).toBe(15 * 60_000);
    expect(retryDelay(1, undefined, () => 0.999)).toBeLessThan(12_000);
  });
});
