import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import type { App } from '../src/app.js';
import { createApp } from '../src/app.js';
import { createLogger, type Logger } from '../src/common/logger.js';
import { DevMailbox, type StoredMail } from '../src/common/mail/mailer.js';
import { loadConfig, type Config } from '../src/config.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  /** Set-Cookie headers of the response. */
  setCookies: string[];
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestServer {
  url: string;
  port: number;
  orm: Orm;
  app: App;
  config: Config;
  databaseUrl: string;
  /** POSTs a GraphQL operation over real HTTP; `cookie` is sent as the Cookie header. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { cookie?: string; headers?: Record<string, string> }): Promise<GqlResponse<T>>;
  /** Mails in the dev mailbox to `to`, newest first. */
  mails(to?: string): Promise<StoredMail[]>;
  /** What `run` returns and how many SQL statements the server sent meanwhile (the N+1 checks). */
  countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }>;
  close(): Promise<void>;
}

/** A real server on a random port over its own freshly migrated database. */
export async function startTestServer(overrides: Partial<Config> = {}, opts: { logger?: Logger } = {}): Promise<TestServer> {
  const db = await createScratchDatabase(inject('pgServerUrl'), 'test');
  const logger = opts.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const orm = await createOrm(db.url, logger);
  await migrate(orm);
  const base = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-test-'));
  const config: Config = { ...base, dataDir, ...overrides };
  const app = await createApp({ config, orm, logger, databaseUrl: db.url });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    orm,
    app,
    config,
    databaseUrl: db.url,
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse<never>, 'status' | 'setCookies'>;
      return { ...body, status: res.status, setCookies: res.headers.getSetCookie() };
    },
    // Mail goes out through the outbox: what is queued is sent first.
    mails: async (to) => {
      await app.mailOutbox.drain();
      return new DevMailbox(join(dataDir, 'mail'), logger).list(to);
    },
    async countStatements(run) {
      let statements = 0;
      const count = () => statements++;
      const knex = orm.em.getConnection().getKnex() as unknown as { on(e: string, f: () => void): void; off(e: string, f: () => void): void };
      knex.on('query', count);
      try {
        return { result: await run(), statements };
      } finally {
        knex.off('query', count);
      }
    },
    async close() {
      await app.stop({ closeIdleAfterMs: 0 });
      await orm.close();
      await db.drop();
    },
  };
}

/**
 * The server of a test file: started before its tests (the first `beforeAll`), closed after them. It can be named at
 * the top of the file (`factories(server)` too); its members answer once the hooks and tests run.
 */
export function testServerForFile(overrides: Partial<Config> = {}): TestServer {
  let started: TestServer | null = null;
  beforeAll(async () => {
    started = await startTestServer(overrides);
  });
  afterAll(() => started?.close());
  const running = (): TestServer => {
    if (!started) throw new Error('The test server starts in beforeAll: use it in a hook or a test.');
    return started;
  };
  return {
    get url() { return running().url; },
    get port() { return running().port; },
    get orm() { return running().orm; },
    get app() { return running().app; },
    get config() { return running().config; },
    get databaseUrl() { return running().databaseUrl; },
    gql: (query, variables, opts) => running().gql(query, variables, opts),
    mails: (to) => running().mails(to),
    countStatements: (run) => running().countStatements(run),
    close: () => running().close(),
  };
}
