import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrationsList } from '../../migrations/index.js';
import type { Logger } from './common/logger.js';
import { migrationsDir } from './common/paths.js';
import { PreparingPostgreSqlDriver, type PoolClient } from './common/read-model/prepared-statements.js';
import { DEFAULT_POOL_SIZE } from './config.js';
import { entities } from './entities.js';

export type Orm = MikroORM;

/**
 * What each new connection runs first. PostgreSQL loads a text search configuration's dictionaries (the unaccent
 * rules, half a megabyte, and the Norwegian stemmer) on a connection's first use of it: 7–10 ms that the first
 * message post (its search vector) or search on every connection otherwise spent inside its statement, a post
 * holding its thread meanwhile (docs/benchmarks.md §3, session 29). Before the migrations have made them there is
 * nothing to load, and a failure here only leaves the loading to the first use.
 */
const WARM_CONNECTION = `do $$ begin
  if to_regprocedure('public.search_fold(text)') is not null then
    perform public.search_fold('varm'), to_tsvector('norwegian_folded', 'varm'), websearch_to_tsquery('norwegian_folded', 'varm');
  end if;
end $$`;

function warmConnection(connection: pg.Client, done: (err: Error | null, connection: pg.Client) => void): void {
  connection.query(WARM_CONNECTION).then(
    () => done(null, connection),
    () => done(null, connection),
  );
}

export function ormOptions(clientUrl: string, logger?: Logger, poolSize = DEFAULT_POOL_SIZE): Options {
  return {
    driver: PreparingPostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Entities are listed explicitly and carry explicit types, so no TS reflection is needed at run time.
    discovery: { requireEntitiesArray: true },
    pool: { min: poolSize, max: poolSize, afterCreate: warmConnection },
    debug: logger?.isLevelEnabled('trace') ?? false,
    logger: (message: string) => logger?.trace({ orm: message }, 'orm'),
    migrations: {
      // Migrations are listed in migrations/index.ts so the same list runs from source (tsx) and from dist.
      migrationsList,
      path: migrationsDir,
      snapshotName: '.snapshot',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
  };
}

export async function createOrm(clientUrl: string, logger?: Logger, poolSize?: number): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger, poolSize));
}

/** Opens every connection of the pool now and uses each once, so the first requests do not wait for one. */
export async function warmPool(orm: Orm): Promise<number> {
  const size = orm.config.get('pool')?.max ?? 0;
  const client = orm.em.getConnection().getKnex().client as PoolClient;
  const connections = await Promise.all(Array.from({ length: size }, () => client.acquireConnection()));
  try {
    await Promise.all(connections.map((c) => c.query('select 1')));
  } finally {
    await Promise.all(connections.map((c) => client.releaseConnection(c)));
  }
  return connections.length;
}

// Any constant: the lock that lets one process at a time migrate a database.
const MIGRATION_LOCK = 7_240_502;

/**
 * Applies pending migrations; returns the names applied. Several processes may start at once (two replicas of a
 * deployment): a session advisory lock (per database) makes them migrate one after another, so the second finds
 * nothing left to do instead of running the same migration twice.
 */
export async function migrate(orm: Orm): Promise<string[]> {
  const lock = new pg.Client({ connectionString: orm.config.get('clientUrl') });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await orm.getMigrator().up();
    return applied.map((m) => m.name);
  } finally {
    await lock.end().catch(() => undefined); // ending the session releases the lock
  }
}
