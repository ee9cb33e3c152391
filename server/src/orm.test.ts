import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from './common/logger.js';
import { createScratchDatabase } from './db/scratch.js';
import { createOrm, migrate, warmPool, type Orm } from './orm.js';
import type { PoolClient } from './common/read-model/prepared-statements.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

/** A scratch database, dropped after the file's tests. */
async function scratch(name: string) {
  const db = await createScratchDatabase(inject('pgServerUrl'), name);
  cleanup.push(db.drop);
  return db;
}

/** An ORM on `url` (a pool of `pool` connections, if given), closed after the file's tests. */
async function orm(url: string, pool?: number): Promise<Orm> {
  const made = await createOrm(url, createLogger('silent'), pool);
  cleanup.push(() => made.close());
  return made;
}

describe('migrate', () => {
  it('lets processes that start together migrate one after the other (two replicas of a deployment)', { timeout: 60_000 }, async () => {
    const db = await scratch('migrate_lock');
    const orms = await Promise.all([orm(db.url), orm(db.url)]);
    const [a, b] = await Promise.all(orms.map((o) => migrate(o)));
    expect([a!.length, b!.length].sort((x, y) => x - y)).toEqual([0, Math.max(a!.length, b!.length)]);
    expect(Math.max(a!.length, b!.length)).toBeGreaterThan(10);
  });
});

describe('the connection pool', () => {
  it('is fixed and opened at start: warmPool opens every connection, and they stay open when idle', { timeout: 60_000 }, async () => {
    const db = await scratch('pool_warm');
    const fixed = await orm(db.url, 3);
    const pool = (fixed.em.getConnection().getKnex().client as { pool: { numFree(): number; numUsed(): number; idleTimeoutMillis: number; min: number; max: number } }).pool;
    expect([pool.min, pool.max]).toEqual([3, 3]);
    expect(pool.numFree() + pool.numUsed()).toBeLessThanOrEqual(1); // MikroORM's connection check, nothing more

    expect(await warmPool(fixed)).toBe(3);
    expect(pool.numFree()).toBe(3);
    const [{ n }] = await fixed.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`);
    expect(Number(n)).toBe(3);
    // tarn closes only connections above min once idle for idleTimeoutMillis (30 s; shortened here): with min = max, none.
    pool.idleTimeoutMillis = 200;
    await new Promise((r) => setTimeout(r, 2_500));
    expect(pool.numFree() + pool.numUsed()).toBe(3);
  });
});

describe('a new connection', () => {
  it('has loaded the search dictionaries before its first statement, and opens on a database not yet migrated', { timeout: 60_000 }, async () => {
    const db = await scratch('pool_dictionaries');
    // Opened before the migrations made the search configuration: nothing to load, and no error.
    const before = await orm(db.url, 2);
    expect(await warmPool(before)).toBe(2);
    await migrate(before);

    const after = await orm(db.url, 2);
    const client = after.em.getConnection().getKnex().client as PoolClient;
    const connections = await Promise.all([client.acquireConnection(), client.acquireConnection()]);
    try {
      for (const connection of connections) {
        const { rows } = await connection.query<{ ident: string }>(`select ident from pg_backend_memory_contexts where name = 'TS dictionary' order by ident`);
        expect(rows.map((r) => r.ident)).toEqual(['norwegian_stem', 'unaccent']);
      }
    } finally {
      await Promise.all(connections.map((c) => client.releaseConnection(c)));
    }
    // A connection of no pool has loaded none: what the pool's connections show is the warm-up's doing.
    const plain = new pg.Client({ connectionString: db.url });
    await plain.connect();
    try {
      const { rows } = await plain.query(`select ident from pg_backend_memory_contexts where name = 'TS dictionary'`);
      expect(rows).toEqual([]);
    } finally {
      await plain.end();
    }
  });
});
