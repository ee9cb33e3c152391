import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SESSION_COOKIE } from '../src/common/auth/session.js';
import { hashToken, newToken } from '../src/common/auth/tokens.js';
import { Session } from '../src/modules/accounts/session.entity.js';
import { User } from '../src/modules/accounts/user.entity.js';
import type { Orm } from '../src/orm.js';

/** Helpers for tests and benchmarks that run the real `main.ts` as separate processes. */

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
}

/**
 * What a spawned server runs: its TypeScript sources through tsx (`source`, for tests: nothing to build first), or
 * the compiled build that `npm start` and the image run (`build`, for benchmarks: tsx's module hooks cost the
 * server about a twentieth of its CPU per request, docs/benchmarks.md §3; bench/lib.ts builds it first).
 */
export type ServerEntry = 'source' | 'build';

/** Starts `server/src/main.ts` (or its build) on `port` with `env` added, and waits until /healthz answers 200.
 * `serverDir` is this checkout's server unless given (bench/cpu-pairs.ts runs another checkout's beside it). */
export async function spawnServer(port: number, env: Record<string, string>, serverDir = join(import.meta.dirname, '..'), entry: ServerEntry = 'source'): Promise<ServerProcess> {
  let output = '';
  // The young-generation size `npm start` gives the server (docs/benchmarks.md, benchmark 4). SERVER_NODE_FLAGS adds
  // flags for a look inside, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (Node refuses those in NODE_OPTIONS).
  const extra = process.env.SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  const main = entry === 'build' ? ['dist/server/src/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const child = spawn(process.execPath, ['--max-semi-space-size=64', ...extra, ...main], {
    cwd: serverDir,
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) return { child, port, output: () => output };
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output}`);
}

/** Ends a process (SIGTERM unless told otherwise) and waits for it to exit. */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.child.exitCode;
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  server.child.kill(signal);
  return exited;
}

/** A verified user with a session made directly in the database; returns the cookie header. */
export async function sessionCookie(orm: Orm, secret: string, name: string): Promise<string> {
  const em = orm.em.fork();
  const user = em.create(User, { email: `${name}-${newToken().slice(0, 6)}@example.no`.toLowerCase(), name, passwordHash: 'x', emailVerifiedAt: new Date() });
  const token = newToken();
  em.create(Session, { tokenHash: hashToken(secret, token), user, expiresAt: new Date(Date.now() + 3_600_000) });
  await em.flush();
  return `${SESSION_COOKIE}=${token}`;
}

/** POSTs a GraphQL operation; throws on GraphQL errors. */
export async function gqlAt<T>(port: number, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
