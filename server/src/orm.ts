import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations/index.js';
import type { Logger } from './common/logger.js';
import { migrationsDir } from './common/paths.js';
import { PreparingPostgreSqlDriver } from './common/read-model/prepared-statements.js';
import { entities } from './entities.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, logger?: Logger): Options {
  return {
    driver: PreparingPostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Entities are listed explicitly and carry explicit types, so no TS reflection is needed at run time.
    discovery: { requireEntitiesArray: true },
    pool: { min: 0, max: 20 },
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

export async function createOrm(clientUrl: string, logger?: Logger): Promise<Orm> {
  return MikroORM.init(ormOptions(clientUrl, logger));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
