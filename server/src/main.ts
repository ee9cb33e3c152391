import 'reflect-metadata';
import { createApp } from './app.js';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { createOrm, migrate } from './orm.js';
import { seedDemoIfEmpty } from './seed/demo.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78); // EX_CONFIG
    }
    throw e;
  }
  const logger = createLogger(config.logLevel, process.stdout.isTTY && config.nodeEnv !== 'production');
  const db = await openDatabase(config, logger);
  const orm = await createOrm(db.url, logger);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const demo = db.embedded ? await seedDemoIfEmpty(orm, logger) : null;
  const app = await createApp({ config, orm, logger, databaseUrl: db.url });
  const port = await app.listen();

  const url = config.publicUrl;
  const lines = [`Samhandling is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/healthz)`];
  if (db.embedded) lines.push(`Embedded PostgreSQL data: ${config.dataDir}/pg`);
  if (demo?.logins.length) {
    lines.push('Demo logins (password for all: ' + demo.password + '):');
    for (const l of demo.logins) lines.push(`  ${l.email.padEnd(36)} ${l.role}`);
  }
  logger.info({ port }, 'listening');
  console.log('\n' + lines.join('\n') + '\nPress Ctrl-C to stop.\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.stop();
      await orm.close();
      await db.stop();
    } catch (err) {
      logger.error({ err }, 'error during shutdown');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('Samhandling could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
