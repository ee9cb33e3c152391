import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from '../common/logger.js';
import { resolveFromRoot } from '../common/paths.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/** The PostgreSQL server that tests and tools create throwaway databases on: TEST_DATABASE_URL (or DATABASE_URL)
 * when given, otherwise a shared embedded cluster under `.data/pg-test`, left running for the next user. */
export async function openScratchServer(logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) return { url: given, stop: async () => {} };
  return startEmbeddedPostgres({
    dir: join(resolveFromRoot(process.env.DATA_DIR || '.data'), 'pg-test'),
    port: Number(process.env.TEST_PG_PORT || 54339),
    database: 'postgres',
    logger,
    reuseIfRunning: true,
  });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/** Creates an empty database with a unique name; `drop()` removes it again. */
export async function createScratchDatabase(serverUrl: string, prefix: string) {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  await adminQuery(serverUrl, `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`);
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
