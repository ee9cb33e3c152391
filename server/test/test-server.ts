import { inject } from 'vitest';
import type { App } from '../src/app.js';
import { createApp } from '../src/app.js';
import { createLogger } from '../src/common/logger.js';
import { loadConfig, type Config } from '../src/config.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
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
  /** POSTs a GraphQL operation over real HTTP. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** A real server on a random port over its own freshly migrated database. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const db = await createScratchDatabase(inject('pgServerUrl'), 'test');
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const orm = await createOrm(db.url, logger);
  await migrate(orm);
  const base = loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' });
  const config: Config = { ...base, ...overrides };
  const app = await createApp({ config, orm, logger });
  const port = await app.listen(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    orm,
    app,
    config,
    databaseUrl: db.url,
    async gql(query, variables, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse<never>, 'status'>;
      return { ...body, status: res.status };
    },
    async close() {
      await app.stop();
      await orm.close();
      await db.drop();
    },
  };
}
