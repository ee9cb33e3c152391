import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { createApp } from './app.js';
import { announceDraining, Balancer, balancerSecret, listenBehindBalancer, trustBehindBalancer } from './balancer.js';
import { createLogger, type Logger } from './common/logger.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import { createOrm, migrate, warmPool } from './orm.js';
import { seedDemoIfEmpty } from './seed/demo.js';

/**
 * One process by default. With WEB_CONCURRENCY=n the first process prepares the database (starts the embedded
 * PostgreSQL, migrates, loads demo data) and forks n workers that share the port (node:cluster), or, with
 * WEB_BALANCE=request, listen on loopback behind the first process, which balances each request (balancer.ts);
 * everything they share lives in PostgreSQL (sessions, rate limits, the change feed with LISTEN/NOTIFY, digest
 * claims), so a request or WebSocket may land on any of them.
 */
async function main() {
  let config: Config;
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
  if (cluster.isWorker) return serveAsWorker(config, logger);

  const db = await openDatabase(config, logger);
  const orm = await createOrm(db.url, logger, config.dbPoolSize);
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const demo = db.embedded ? await seedDemoIfEmpty(orm, logger) : null;

  let stopServing: () => Promise<void>;
  if (config.workers === 1) {
    const app = await createApp({ config, orm, logger, databaseUrl: db.url });
    await warmPool(orm);
    await app.listen();
    stopServing = async () => {
      await app.stop();
      await orm.close();
    };
  } else {
    await orm.close();
    const env = { DATABASE_URL: db.url, SESSION_SECRET: config.sessionSecret };
    if (config.balance === 'request') {
      const balancer = new Balancer(logger, config.dbPoolSize);
      await balancer.listen(config.port);
      const stopWorkers = await forkWorkers(config, logger, { ...env, ...balancer.workerEnv }, balancer);
      stopServing = () => balancer.stop(stopWorkers);
    } else stopServing = await forkWorkers(config, logger, env);
  }

  const url = config.publicUrl;
  const lines = [`Samhandling is running at ${url}  (GraphQL: ${url}/graphql, health: ${url}/healthz)`];
  if (config.workers > 1) lines.push(`${config.workers} server processes share the port (WEB_CONCURRENCY)`);
  if (db.embedded) lines.push(`Embedded PostgreSQL data: ${config.dataDir}/pg`);
  if (demo?.logins.length) {
    lines.push('Demo logins (password for all: ' + demo.password + '):');
    for (const l of demo.logins) lines.push(`  ${l.email.padEnd(36)} ${l.role}`);
  }
  logger.info({ port: config.port, workers: config.workers }, 'listening');
  console.log('\n' + lines.join('\n') + '\nPress Ctrl-C to stop.\n');

  onShutdown(logger, async () => {
    await stopServing();
    await db.stop();
  });
}

/** A worker: the app on the database the primary prepared. */
async function serveAsWorker(config: Config, logger: Logger) {
  const secret = balancerSecret();
  if (secret) config = { ...config, trustProxy: trustBehindBalancer(config.trustProxy) };
  const orm = await createOrm(config.databaseUrl!, logger, config.dbPoolSize);
  const app = await createApp({ config, orm, logger, databaseUrl: config.databaseUrl! });
  await warmPool(orm);
  if (secret) await listenBehindBalancer(app.httpServer, secret);
  else await app.listen();
  onShutdown(logger, async () => {
    announceDraining();
    await app.stop();
    await orm.close();
  });
}

/**
 * Forks `config.workers` workers and resolves when all listen. A worker that dies is replaced, unless workers
 * keep dying at start (a broken configuration or database): then the whole server stops.
 * Returns how to stop them all.
 */
async function forkWorkers(config: Config, logger: Logger, env: Record<string, string>, balancer?: Balancer): Promise<() => Promise<void>> {
  let stopping = false;
  let quickDeaths = 0;
  let giveUp: (err: Error) => void = () => {};
  let onListening = () => {};
  const fork = () => {
    const worker = cluster.fork(env);
    // Behind the balancer a worker listens on a port of its own and says so; node:cluster's event is for shared ports.
    balancer?.attach(worker, () => onListening());
    const startedAt = Date.now();
    worker.once('exit', (code, signal) => {
      // Exit code 0 is a worker told to stop (Ctrl-C reaches the whole process group).
      if (stopping || code === 0) return;
      logger.error({ worker: worker.process.pid, code, signal }, 'server process exited; starting another');
      if (Date.now() - startedAt < 10_000 && ++quickDeaths >= 5) return giveUp(new Error('server processes keep exiting at start'));
      fork();
    });
  };
  await new Promise<void>((resolve, reject) => {
    let listening = 0;
    const counted = () => {
      if (++listening < config.workers) return;
      cluster.off('listening', counted);
      onListening = () => {};
      resolve();
    };
    if (balancer) onListening = counted;
    else cluster.on('listening', counted);
    giveUp = reject;
    for (let i = 0; i < config.workers; i++) fork();
  });
  giveUp = (err) => {
    logger.fatal({ err }, 'stopping');
    process.kill(process.pid, 'SIGTERM');
  };
  return async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve());
            if (w.isDead()) resolve(); // it stopped on its own Ctrl-C meanwhile
            else w.process.kill('SIGTERM');
          }),
      ),
    );
  };
}

/** Stops cleanly once on SIGINT or SIGTERM (Ctrl-C reaches every process of the group), within 15 s. */
function onShutdown(logger: Logger, stop: () => Promise<void>) {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await stop();
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
