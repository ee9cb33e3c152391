import { chmodSync, chownSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import pg from 'pg';
import type { Logger } from '../common/logger.js';
import type { Config } from '../config.js';
import { embeddedCluster, embeddedUrl, runningPort, startEmbeddedPostgres, type Ids } from '../db/embedded-postgres.js';

/**
 * `npm run backup` and `npm run restore` for the default installation (embedded PostgreSQL and files under
 * DATA_DIR). The database is copied with PostgreSQL's low-level backup API while it runs (pg_backup_start, a copy of
 * the data folder, pg_backup_stop, the WAL written meanwhile), so the server need not stop; a replication slot keeps
 * that WAL from being recycled during the copy. The uploaded files and the session secret (sessions and e-mailed
 * links stay valid) are copied beside it. A deployment on its own PostgreSQL and S3 uses pg_dump and the bucket's
 * tools instead (README, "Run in production").
 */

export const BACKUP_FORMAT = 'samhandling-backup/1';
const SLOT = 'samhandling_backup';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  postgresVersion: string;
  startLsn: string;
  stopLsn: string;
  files: number;
  bytes: number;
}

/** What is not copied from a running cluster (PostgreSQL's documentation, "Making a Base Backup Using the Low Level
 * API"): WAL (copied after the stop), and what the server rebuilds or must not find (its pid, temporary state). */
const SKIP_CONTENTS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'pg_internal.init']);

/** Copies a folder tree; files that vanish meanwhile (a running database drops temporary files) are skipped. */
function copyTree(from: string, to: string, skip: (rel: string, isDir: boolean) => 'skip' | 'empty' | 'copy' = () => 'copy'): { files: number; bytes: number } {
  const totals = { files: 0, bytes: 0 };
  const walk = (dir: string) => {
    const target = join(to, relative(from, dir));
    mkdirSync(target, { recursive: true });
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const rel = relative(from, path);
      const decision = skip(rel, entry.isDirectory());
      if (decision === 'skip') continue;
      if (entry.isDirectory()) {
        if (decision === 'empty') mkdirSync(join(to, rel), { recursive: true });
        else walk(path);
        continue;
      }
      if (!entry.isFile()) continue;
      try {
        copyFileSync(path, join(to, rel));
        totals.files++;
        totals.bytes += statSync(join(to, rel)).size;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
  };
  walk(from);
  return totals;
}

/** Hands a restored cluster to the user PostgreSQL runs as, with the modes it insists on. */
function ownCluster(dir: string, runAs: Ids | null) {
  const walk = (path: string) => {
    const st = lstatSync(path);
    if (runAs) chownSync(path, runAs.uid, runAs.gid);
    chmodSync(path, st.isDirectory() ? 0o700 : 0o600);
    if (st.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  walk(dir);
}

export async function backupEmbedded(config: Pick<Config, 'dataDir' | 'embeddedPgPort' | 'databaseUrl'>, out: string, logger: Logger): Promise<BackupManifest> {
  if (config.databaseUrl) throw new Error('DATABASE_URL is set: back up that PostgreSQL with pg_dump and the files with the bucket’s own tools (README, "Run in production").');
  if (existsSync(out) && readdirSync(out).length) throw new Error(`${out} is not empty`);
  const cluster = embeddedCluster(join(config.dataDir, 'pg'), logger);
  if (!existsSync(join(cluster.dir, 'PG_VERSION'))) throw new Error(`No embedded database in ${cluster.dir}: nothing to back up.`);
  // The server's own PostgreSQL when it runs; otherwise one started for the backup, and stopped after it.
  const port = runningPort(cluster.dir);
  const started = port ? null : await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort, database: 'postgres', logger });
  const client = new pg.Client({ connectionString: port ? embeddedUrl(port, 'postgres') : started!.url });
  await client.connect();
  mkdirSync(out, { recursive: true });
  try {
    const [{ server_version: version }] = (await client.query<{ server_version: string }>('show server_version')).rows as [{ server_version: string }];
    await client.query(`select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1`, [SLOT]);
    await client.query(`select pg_create_physical_replication_slot($1, true)`, [SLOT]);
    try {
      const [{ lsn: startLsn }] = (await client.query<{ lsn: string }>(`select pg_backup_start($1, true)::text as lsn`, [`samhandling ${new Date().toISOString()}`])).rows as [{ lsn: string }];
      const pgOut = join(out, 'pg');
      // pg_control last: it must not be newer than anything else in the copy.
      const copied = copyTree(cluster.dir, pgOut, (rel, isDir) => {
        const top = rel.split(/[\\/]/)[0]!;
        if (rel === join('global', 'pg_control')) return 'skip';
        if (isDir && SKIP_CONTENTS.has(rel)) return 'empty';
        if (!isDir && (SKIP_FILES.has(rel.split(/[\\/]/).pop()!) || /(^|[\\/])pgsql_tmp/.test(rel))) return 'skip';
        return SKIP_CONTENTS.has(top) && rel !== top ? 'skip' : 'copy';
      });
      copyFileSync(join(cluster.dir, 'global', 'pg_control'), join(pgOut, 'global', 'pg_control'));
      const stop = (await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(`select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)`)).rows[0]!;
      writeFileSync(join(pgOut, 'backup_label'), stop.labelfile);
      if (stop.spcmapfile) writeFileSync(join(pgOut, 'tablespace_map'), stop.spcmapfile);
      // The WAL from the start to the stop (the slot kept it), so the copy is consistent when it is started.
      const wal = copyTree(join(cluster.dir, 'pg_wal'), join(pgOut, 'pg_wal'), (rel, isDir) => (isDir && rel === 'archive_status' ? 'empty' : 'copy'));
      const files = existsSync(join(config.dataDir, 'files')) ? copyTree(join(config.dataDir, 'files'), join(out, 'files')) : { files: 0, bytes: 0 };
      if (existsSync(join(config.dataDir, 'session-secret'))) copyFileSync(join(config.dataDir, 'session-secret'), join(out, 'session-secret'));
      const manifest: BackupManifest = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        postgresVersion: version,
        startLsn,
        stopLsn: stop.lsn,
        files: files.files,
        bytes: copied.bytes + wal.bytes + files.bytes,
      };
      writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
      chmodSync(out, 0o700); // it holds the session secret and every account
      return manifest;
    } finally {
      await client.query(`select pg_drop_replication_slot($1)`, [SLOT]).catch(() => undefined);
    }
  } finally {
    await client.end();
    await started?.stop();
  }
}

/**
 * Restores a backup into DATA_DIR, which must hold no database (`replace` moves an existing one aside, to
 * `pg.before-restore-<time>`), then starts the database once to finish recovery and checks it answers.
 */
export async function restoreEmbedded(config: Pick<Config, 'dataDir' | 'embeddedPgPort' | 'databaseUrl'>, from: string, logger: Logger, opts: { replace?: boolean } = {}): Promise<BackupManifest> {
  if (config.databaseUrl) throw new Error('DATABASE_URL is set: restore that PostgreSQL with pg_restore (README, "Run in production").');
  const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${from} is not a backup made by npm run backup`);
  const cluster = embeddedCluster(join(config.dataDir, 'pg'), logger);
  if (runningPort(cluster.dir)) throw new Error('The server (its PostgreSQL) is running on this data folder: stop it first.');
  if (existsSync(join(cluster.dir, 'PG_VERSION'))) {
    if (!opts.replace) throw new Error(`${cluster.dir} already holds a database: restore into an empty data folder, or pass --replace to move it aside.`);
    const aside = `${cluster.dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(cluster.dir, aside);
    logger.warn({ movedTo: aside }, 'the existing database was moved aside');
  } else {
    rmSync(cluster.dir, { recursive: true, force: true });
  }
  copyTree(join(from, 'pg'), cluster.dir);
  ownCluster(cluster.dir, cluster.runAs);
  if (existsSync(join(from, 'files'))) copyTree(join(from, 'files'), join(config.dataDir, 'files'));
  if (existsSync(join(from, 'session-secret'))) {
    mkdirSync(config.dataDir, { recursive: true });
    copyFileSync(join(from, 'session-secret'), join(config.dataDir, 'session-secret'));
    chmodSync(join(config.dataDir, 'session-secret'), 0o600);
  }
  // Recovery replays the copied WAL to the end of the backup on this first start.
  const db = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), port: config.embeddedPgPort, database: 'samhandling', logger });
  try {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('select count(*) from mikro_orm_migrations');
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
  return manifest;
}
