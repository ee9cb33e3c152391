import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer } from './server-process.js';

/** The real `main.ts` as a user runs it: embedded PostgreSQL, demo data, kill -9 and Ctrl-C. */
const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-process-'));
chmodSync(dataDir, 0o755); // the embedded postgres may run as another user
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const start = async (port: number, pgPort: number) => {
  const server = await spawnServer(port, { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', TEST_DATABASE_URL: '' });
  children.push(server.child);
  return server;
};

const count = async (port: number) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ organisations(first: 1) { totalCount } municipalities { number } }' }),
  });
  const body = (await res.json()) as { data: { organisations: { totalCount: number }; municipalities: unknown[] } };
  return body.data;
};

describe('npm start on the embedded database', () => {
  it('loads demo data once, survives kill -9, and stops PostgreSQL on Ctrl-C', { timeout: 180_000 }, async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    const first = await start(port, pgPort);
    expect(first.output()).toContain('Demo logins');
    const seeded = await count(port);
    expect(seeded.municipalities).toHaveLength(23);
    expect(seeded.organisations.totalCount).toBeGreaterThan(5);

    first.child.kill('SIGKILL'); // its postgres is left running, orphaned
    await new Promise((r) => first.child.once('exit', r));

    const second = await start(port, pgPort);
    expect(second.output()).not.toContain('Demo logins'); // data reused, not loaded again
    expect(await count(port)).toEqual(seeded);

    second.child.kill('SIGINT');
    const code = await new Promise((r) => second.child.once('exit', r));
    expect(code).toBe(0);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });
});
