import { join } from 'node:path';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';

export interface Database {
  url: string;
  /** True when we run PostgreSQL ourselves under the data folder. */
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when given; otherwise the embedded PostgreSQL under `<DATA_DIR>/pg`. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => {} };
  const pg = await startEmbeddedPostgres({
    dir: join(config.dataDir, 'pg'),
    port: config.embeddedPgPort,
    database: 'samhandling',
    logger,
  });
  return { url: pg.url, embedded: true, stop: pg.stop };
}
