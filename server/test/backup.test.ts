import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo.js';
import { MINIMAL_PDF, postFile } from './factories.js';
import { freePort, spawnServer, stopServer, type ServerProcess } from './server-process.js';

/**
 * `npm run backup` while the server runs on the embedded default, and `npm run restore` into an empty data folder:
 * the restored server serves the same data, files and sessions.
 */
const scratch = mkdtempSync(join(tmpdir(), 'samhandling-backup-'));
chmodSync(scratch, 0o755); // the embedded postgres may run as another user
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await stopServer(s, 'SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

const serverDir = join(import.meta.dirname, '..');
const embedded = (dataDir: string, pgPort: number) => ({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', TEST_DATABASE_URL: '', SESSION_SECRET: '', LOG_LEVEL: 'warn' });
/** Runs `npm run backup` / `restore` as a user does (asynchronously: the server keeps working meanwhile). */
function script(name: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/scripts/${name}.ts`, ...args], { cwd: serverDir, env: { ...process.env, ...env } });
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function gql<T>(port: number, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, setCookies: res.headers.getSetCookie() };
}

const STATE = `{ organisations(first: 100) { totalCount } resources(first: 100) { totalCount } viewer { id email } }`;

describe('npm run backup and npm run restore (embedded PostgreSQL and files on disk)', () => {
  it('backs up a running server and restores into an empty data folder that serves the same data, files and sessions', { timeout: 300_000 }, async () => {
    const original = join(scratch, 'original');
    const [port, pgPort] = [await freePort(), await freePort()];
    const first = await spawnServer(port, embedded(original, pgPort));
    servers.push(first);

    const login = await gql<{ accountLogin: { id: string } }>(port, `mutation($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }`, { e: 'kari.fylke@demo.samhandling.no', p: DEMO_PASSWORD });
    const cookie = login.setCookies.map((c) => c.split(';')[0]!).find((c) => c.includes('='))!;
    const { data: orgs } = await gql<{ organisations: { nodes: { id: string }[] } }>(port, `{ organisations(first: 1) { nodes { id } } }`);
    const { data: created } = await gql<{ resourceCreate: { id: string } }>(port, `mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId: orgs.organisations.nodes[0]!.id, title: 'Beredskapsplan', kind: 'DOCUMENT', access: 'MEMBERS' } }, cookie);
    const resourceId = created.resourceCreate.id;
    const pdf = Buffer.concat([MINIMAL_PDF, Buffer.from('% sikkerhetskopi\n')]);
    expect((await postFile(`http://127.0.0.1:${port}/filer/ressurser/${resourceId}`, pdf, 'beredskap.pdf', cookie)).status).toBe(201);
    const before = (await gql(port, STATE, {}, cookie)).data;

    // Online: the server keeps writing while the backup runs.
    const backupDir = join(scratch, 'backup');
    let writing = true;
    let written = 0;
    const writes = (async () => {
      for (let i = 0; writing; i++, written++) await gql(port, `mutation($id: ID!, $i: ResourceInput!) { resourceUpdate(id: $id, input: $i) { id } }`, { id: resourceId, i: { summary: `Oppdatering ${i}` } }, cookie);
    })();
    const backup = await script('backup', [backupDir], embedded(original, pgPort));
    writing = false;
    await writes;
    expect(backup.status, backup.stderr).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(backup.stdout).toContain(`Backup written to ${backupDir}`);
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as { format: string; files: number };
    expect(manifest).toMatchObject({ format: 'samhandling-backup/1', files: 1 });
    expect(existsSync(join(backupDir, 'pg', 'backup_label'))).toBe(true);
    expect(existsSync(join(backupDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(backupDir, 'session-secret'))).toBe(true);
    expect(await stopServer(first)).toBe(0);

    // Into an empty data folder, on another port.
    const restored = join(scratch, 'restored');
    const [port2, pgPort2] = [await freePort(), await freePort()];
    const restore = await script('restore', [backupDir], embedded(restored, pgPort2));
    expect(restore.status, restore.stderr).toBe(0);
    const second = await spawnServer(port2, embedded(restored, pgPort2));
    servers.push(second);
    expect(second.output()).not.toContain('Demo logins'); // its data, not fresh demo data

    // The same data; the session made before the backup still works (the session secret came along); the file too.
    expect((await gql(port2, STATE, {}, cookie)).data).toEqual(before);
    const download = await fetch(`http://127.0.0.1:${port2}/filer/ressurser/${resourceId}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);

    // A data folder that holds a database is not overwritten.
    expect(await stopServer(second)).toBe(0);
    const again = await script('restore', [backupDir], embedded(restored, pgPort2));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already holds a database');
  });
});
