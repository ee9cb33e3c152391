import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.js';
import { SESSION_COOKIE } from '../src/common/auth/session.js';
import { hashToken, newToken } from '../src/common/auth/tokens.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig } from '../src/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres.js';
import { Session } from '../src/modules/accounts/session.entity.js';
import { User } from '../src/modules/accounts/user.entity.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';
import { collect, settled, wsClient } from './ws.js';

/** PostgreSQL restarts under a running server and a stream of writes: /healthz says so, the server recovers, LISTEN resumes, nothing is lost or doubled. */
const dir = mkdtempSync(join(tmpdir(), 'samhandling-restart-'));
chmodSync(dir, 0o755);
const pgPort = 55_000 + Math.floor(Math.random() * 1000);
const logger = createLogger('silent');
let pg: EmbeddedDatabase | undefined;
let orm: Orm | undefined;
let app: App | undefined;

afterAll(async () => {
  await app?.stop({ closeIdleAfterMs: 0 });
  await orm?.close();
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const start = () => startEmbeddedPostgres({ dir: join(dir, 'pg'), port: pgPort, database: 'restart', logger });

async function waitFor(check: () => Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error('timed out');
}

describe('a database restart under a running server', () => {
  it('reports unhealthy while the database is down, then recovers and delivers every committed message live once', { timeout: 120_000 }, async () => {
    pg = await start();
    orm = await createOrm(pg.url, logger);
    await migrate(orm);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: pg.url, SESSION_SECRET: 'r'.repeat(40), LOG_LEVEL: 'silent' });
    app = await createApp({ config, orm, logger, databaseUrl: pg.url });
    const port = await app.listen(0);
    const url = `http://127.0.0.1:${port}`;
    const health = () => fetch(`${url}/healthz`).then((r) => r.status);

    const em = orm.em.fork();
    const user = em.create(User, { email: 'restart@example.no', name: 'Restart', passwordHash: 'x', emailVerifiedAt: new Date() });
    const token = newToken();
    em.create(Session, { tokenHash: hashToken(config.sessionSecret, token), user, expiresAt: new Date(Date.now() + 3_600_000) });
    await em.flush();
    const cookie = `${SESSION_COOKIE}=${token}`;
    const gql = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data: Record<string, { id: string }>; errors?: unknown };
    };
    const group = (await gql(`mutation { groupCreate(input: { name: "Omstart", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`)).data.groupCreate!.id;
    const thread = (await gql(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Tråd", body: "før") { id } }`, { g: group })).data.threadCreate!.id;

    const client = wsClient(port, cookie);
    const live = collect<{ groupEvents: { type: string; messageId: string | null; message: { body: string } | null } }>(
      client, `subscription($g: ID!) { groupEvents(groupId: $g) { type messageId message { body } } }`, { g: group },
    );
    await settled(client);
    expect(await health()).toBe(200);

    // Load: three writers post without pause for the whole restart; only acknowledged posts count as written.
    const acknowledged = new Set<string>();
    let failures = 0;
    let writing = true;
    const writers = Array.from({ length: 3 }, async (_, w) => {
      for (let i = 0; writing; i++) {
        const res = await gql(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: thread, b: `last ${w}-${i}` }).catch(() => null);
        if (res?.data?.messagePost) acknowledged.add(res.data.messagePost.id);
        else {
          failures++;
          await sleep(50);
        }
      }
    });
    await sleep(500);

    await pg.stop();
    await waitFor(async () => (await health()) === 503);

    pg = await start();
    await waitFor(async () => (await health()) === 200, 40_000);
    await sleep(500);
    writing = false;
    await Promise.all(writers);
    expect(failures).toBeGreaterThan(0);
    expect(acknowledged.size).toBeGreaterThan(10);

    // Posted after the restart, through the server's re-established pool; delivered through the resumed LISTEN.
    await waitFor(async () => !(await gql(`mutation($t: ID!) { messagePost(threadId: $t, body: "etter omstart") { id } }`, { t: thread })).errors);
    const committed = (await orm.em.fork().getConnection().execute<{ id: string }[]>('select id from message where thread_id = ?', [thread])).map((r) => r.id);
    for (const id of acknowledged) expect(committed).toContain(id);
    // Everything committed after the subscription started (all but the thread's first message) arrives once.
    const items = await live.waitFor(committed.length - 1, 15_000);
    await sleep(300);
    const delivered = live.items.filter((i) => i.groupEvents.type === 'message.created').map((i) => i.groupEvents.messageId!);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered.length).toBe(committed.length - 1);
    expect(items.map((i) => i.groupEvents.message?.body)).toContain('etter omstart');
    await client.dispose();
  });
});
