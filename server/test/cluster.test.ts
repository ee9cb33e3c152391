import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, type ServerProcess } from './server-process.js';

/** `WEB_CONCURRENCY=2 npm start`: one process prepares the embedded database, two serve the port (handed connections by
 * node:cluster, or each request by the primary's proxy: WEB_BALANCE=request, balancer.ts). */
const dataDir = mkdtempSync(join(tmpdir(), 'samhandling-cluster-'));
chmodSync(dataDir, 0o755); // the embedded postgres may run as another user
let server: ServerProcess | undefined;
afterAll(() => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The node processes the primary forked (its other child is PostgreSQL). */
const workers = (pid: number) =>
  execFileSync('ps', ['--ppid', String(pid), '-o', 'pid=,comm='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, comm]) => comm === 'node')
    .map(([p]) => Number(p));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const answered = async (port: number, n: number) => {
  const bodies = await Promise.all(
    Array.from({ length: n }, () =>
      fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ query: '{ organisations(first: 1) { totalCount } }' }) }).then((r) => r.json() as Promise<{ data?: { organisations: { totalCount: number } } }>),
    ),
  );
  return bodies.filter((b) => (b.data?.organisations.totalCount ?? 0) > 0).length;
};

describe.each(['connection', 'request'])('several server processes on one port, WEB_BALANCE=%s', (balance) => {
  it('serves from two workers, replaces one killed with -9, and stops all and PostgreSQL on Ctrl-C', { timeout: 180_000 }, async () => {
    const [port, pgPort] = [await freePort(), await freePort()];
    server = await spawnServer(port, { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: '', TEST_DATABASE_URL: '', SESSION_SECRET: '', WEB_CONCURRENCY: '2', WEB_BALANCE: balance, LOG_LEVEL: 'info' });
    // Healthy as soon as one worker listens; the banner comes when both do.
    for (let i = 0; i < 480 && !server.output().includes('Press Ctrl-C'); i++) await sleep(250);
    expect(server.output()).toContain('2 server processes share the port');
    const primary = server.child.pid!;
    const first = workers(primary);
    expect(first).toHaveLength(2);
    // The primary does not load the app: a process of its own prepared the database (on the first start: migrated
    // and loaded the demo data) and has exited.
    const logged = (msg: string) => server!.output().split('\n').filter((l) => l.includes(`"msg":"${msg}"`)).map((l) => (JSON.parse(l) as { pid: number }).pid);
    const [preparedBy, ...more] = logged('database prepared');
    expect(preparedBy).toEqual(expect.any(Number));
    expect(more).toEqual([]);
    expect([primary, ...first]).not.toContain(preparedBy);
    expect(alive(preparedBy!)).toBe(false);
    for (const msg of ['migrations applied', 'demo data loaded']) expect(logged(msg).filter((pid) => pid !== preparedBy)).toEqual([]);
    if (balance === 'connection') expect(logged('demo data loaded')).toEqual([preparedBy]); // the first start
    expect(await answered(port, 20)).toBe(20);

    process.kill(first[0]!, 'SIGKILL');
    let now: number[] = [];
    for (let i = 0; i < 80 && !(now.length === 2 && !now.includes(first[0]!)); i++) {
      await sleep(250);
      now = workers(primary);
    }
    expect(now).toHaveLength(2);
    expect(now).toContain(first[1]);
    for (let i = 0; i < 40 && !(await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)); i++) await sleep(250);
    expect(await answered(port, 20)).toBe(20);

    server.child.kill('SIGINT');
    const code = await new Promise((r) => server!.child.once('exit', r));
    expect(code).toBe(0);
    expect(now.filter(alive)).toEqual([]);
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });
});
