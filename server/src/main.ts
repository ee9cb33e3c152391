import 'reflect-metadata';
import cluster, { type Worker } from 'node:cluster';
import { announceDraining, Balancer, balancerSecret, listenBehindBalancer, trustBehindBalancer } from './balancer.js';
import { createLogger, type Logger } from './common/logger.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/database.js';
import type { Orm } from './orm.js';
// The app, the ORM and the demo data are imported where a process uses them (`import()` below): with several
// processes the primary uses none of them, and stays small (see `prepareInChildProcess`).

type DemoLogins = Awaited<ReturnType<typeof import('./seed/demo.js').seedDemoIfEmpty>>;
/** Set in the environment of the short-lived process that prepares the database for the workers. */
const PREPARE_ENV = 'SAMHANDLING_PREPARE';

/**
 * One process by default. With WEB_CONCURRENCY=n the first process starts the embedded PostgreSQL, has a
 * short-lived process migrate and load the demo data (`prepareInChildProcess`), and forks n workers that share the
 * port (node:cluster), or, with WEB_BALANCE=request, listen on loopback behind the first process, which balances each
 * request (balancer.ts); everything they share lives in PostgreSQL (sessions, rate limits, the change feed with
 * LISTEN/NOTIFY, digest claims), so a request or WebSocket may land on any of them.
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
  if (cluster.isWorker) return process.env[PREPARE_ENV] ? prepareAsChild(config, logger) : serveAsWorker(config, logger);

  const db = await openDatabase(config, logger);
  let demo: DemoLogins;
  let stopServing: () => Promise<void>;
  if (config.workers === 1) {
    const { app, orm, prepared } = await startApp(config, logger, db.url, (orm) => prepareDatabase(orm, db.embedded, logger));
    demo = prepared ?? null;
    await app.listen();
    stopServing = async () => {
      await app.stop();
      await orm.close();
    };
  } else {
    const env = { DATABASE_URL: db.url, SESSION_SECRET: config.sessionSecret };
    demo = await prepareInChildProcess(env, db.embedded);
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

/** The app on the database at `url`, its pool's connections opened, not yet listening; `prepare` runs first. */
async function startApp<P>(config: Config, logger: Logger, url: string, prepare?: (orm: Orm) => Promise<P>) {
  const [appModule, { createOrm, warmPool }] = await Promise.all([import('./app.js'), import('./orm.js')]);
  const orm = await createOrm(url, logger, config.dbPoolSize);
  const prepared = await prepare?.(orm);
  const app = await appModule.createApp({ config, orm, logger, databaseUrl: url });
  await warmPool(orm);
  return { app, orm, prepared };
}

/** Migrates, and loads the demo data into an empty embedded database; returns the demo logins when it did. */
async function prepareDatabase(orm: Orm, embedded: boolean, logger: Logger): Promise<DemoLogins> {
  const { migrate } = await import('./orm.js');
  const applied = await migrate(orm);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  if (!embedded) return null;
  const { seedDemoIfEmpty } = await import('./seed/demo.js');
  return seedDemoIfEmpty(orm, logger);
}

/**
 * With several processes the database is prepared by a short-lived process, so the primary (which only starts
 * PostgreSQL and the workers) never loads the app, the ORM or the demo data: its heap holds about 10 MB instead of
 * 57. Otherwise V8's memory reducer collected those 57 MB in the primary about half a minute after start, while the
 * workers served, in two collections of 65–200 ms of CPU taken from them on two cores: in two traced runs the worst
 * second of the first measured minute (issue 28, docs/benchmarks.md §3, session 26).
 */
async function prepareInChildProcess(env: Record<string, string>, embedded: boolean): Promise<DemoLogins> {
  const child = cluster.fork({ ...env, [PREPARE_ENV]: embedded ? 'with-demo' : 'migrate' });
  let demo: DemoLogins = null;
  child.on('message', (message: { samhandlingPrepared?: DemoLogins }) => {
    if (message && 'samhandlingPrepared' in message) demo = message.samhandlingPrepared ?? null;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (code !== 0) throw new Error('the database could not be prepared (see the log above)');
  return demo;
}

/** The process `prepareInChildProcess` forks: prepares the database, tells the primary the demo logins, exits. */
async function prepareAsChild(config: Config, logger: Logger) {
  try {
    const { createOrm } = await import('./orm.js');
    const orm = await createOrm(config.databaseUrl!, logger, 2); // one migration or seed at a time: a small pool
    const demo = await prepareDatabase(orm, process.env[PREPARE_ENV] === 'with-demo', logger);
    await orm.close();
    logger.info('database prepared');
    await new Promise((sent) => process.send!({ samhandlingPrepared: demo }, sent));
    process.exit(0);
  } catch (err) {
    logger.fatal({ err }, 'the database could not be prepared');
    process.exit(1);
  }
}

/** A worker: the app on the database the primary prepared. */
async function serveAsWorker(config: Config, logger: Logger) {
  const secret = balancerSecret();
  if (secret) config = { ...config, trustProxy: trustBehindBalancer(config.trustProxy) };
  const { app, orm } = await startApp(config, logger, config.databaseUrl!);
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
