import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../src/common/logger.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';
import { SESSION_COOKIE } from '../src/common/auth/session.js';
import { hashToken, newToken } from '../src/common/auth/tokens.js';
import { Session } from '../src/modules/accounts/session.entity.js';
import { User } from '../src/modules/accounts/user.entity.js';
import { collect, settled, wsClient } from './ws.js';

/** Two real server processes on one database: what one writes, subscribers of the other receive. */
const SECRET = 'two-processes-secret-'.padEnd(48, 'x');
const children: ChildProcess[] = [];
let orm: Orm;
let drop: () => Promise<void>;
let portA: number;
let portB: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startProcess(port: number, databaseUrl: string) {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SESSION_SECRET: SECRET, LOG_LEVEL: 'warn', PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) return;
    await sleep(250);
  }
  throw new Error(`not healthy:\n${output}`);
}

beforeAll(async () => {
  const db = await createScratchDatabase(inject('pgServerUrl'), 'two_processes');
  drop = db.drop;
  orm = await createOrm(db.url, createLogger('silent'));
  await migrate(orm);
  [portA, portB] = [await freePort(), await freePort()];
  await Promise.all([startProcess(portA, db.url), startProcess(portB, db.url)]);
}, 120_000);

afterAll(async () => {
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  await orm.close();
  await drop();
});

async function userWithCookie(name: string): Promise<string> {
  const em = orm.em.fork();
  const user = em.create(User, { email: `${name}@example.no`, name, passwordHash: 'x', emailVerifiedAt: new Date() });
  const token = newToken();
  em.create(Session, { tokenHash: hashToken(SECRET, token), user, expiresAt: new Date(Date.now() + 3_600_000) });
  await em.flush();
  return `${SESSION_COOKIE}=${token}`;
}

async function gql<T>(port: number, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('two server processes', () => {
  it('delivers a message posted through A to a subscriber on B, and on A', { timeout: 60_000 }, async () => {
    const owner = await userWithCookie('eier');
    const reader = await userWithCookie('leser');
    const { groupCreate } = await gql<{ groupCreate: { id: string } }>(portA, owner, `mutation { groupCreate(input: { name: "Frivillighet Skien", visibility: MEMBERS, joinPolicy: OPEN }) { id } }`);
    await gql(portB, reader, `mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupCreate.id });
    const { threadCreate } = await gql<{ threadCreate: { id: string } }>(portA, owner, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Dugnad", body: "Hvem kan?") { id } }`, { g: groupCreate.id });

    const query = `subscription($g: ID!) { groupEvents(groupId: $g) { type message { body } } }`;
    const onB = wsClient(portB, reader);
    const onA = wsClient(portA, reader);
    const subB = collect<{ groupEvents: { type: string; message: { body: string } | null } }>(onB, query, { g: groupCreate.id });
    const subA = collect<{ groupEvents: { type: string; message: { body: string } | null } }>(onA, query, { g: groupCreate.id });
    await Promise.all([settled(onB), settled(onA)]);
    await sleep(100);

    await gql(portA, owner, `mutation($t: ID!) { messagePost(threadId: $t, body: "Jeg kan på lørdag") { id } }`, { t: threadCreate.id });
    const [fromB] = await subB.waitFor(1);
    const [fromA] = await subA.waitFor(1);
    expect(fromB).toEqual({ groupEvents: { type: 'message.created', message: { body: 'Jeg kan på lørdag' } } });
    expect(fromA).toEqual(fromB);
    await onA.dispose();
    await onB.dispose();
  });
});
