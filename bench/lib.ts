/** What the benchmarks share: a scratch database with demo data, sessions, load runs, results files. */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request, type IncomingMessage } from 'node:http';
import autocannon from 'autocannon';
import { hashToken, newToken } from '../server/src/common/auth/tokens.js';
import { createLogger } from '../server/src/common/logger.js';
import { repoRoot } from '../server/src/common/paths.js';
import { createScratchDatabase, openScratchServer } from '../server/src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../server/src/orm.js';
import { seedDemoIfEmpty } from '../server/src/seed/demo.js';
import { SESSION_COOKIE } from '../server/src/common/auth/session.js';
import { spawnServer, type ServerProcess } from '../server/test/server-process.js';

export const SECRET = 'bench-secret-'.padEnd(48, 'x');
export const logger = createLogger('silent');
export const STAFF = 'kari.fylke@demo.samhandling.no';

export const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
};
export const round = (x: number, digits = 1) => +x.toFixed(digits);

/** An embedded PostgreSQL with one migrated database holding the demo data; `stop` removes both. */
export async function benchDatabase(name: string): Promise<{ url: string; orm: Orm; stop(): Promise<void> }> {
  const pg = await openScratchServer(logger);
  const db = await createScratchDatabase(pg.url, name);
  const orm = await createOrm(db.url, logger);
  await migrate(orm);
  await seedDemoIfEmpty(orm, logger);
  return {
    url: db.url,
    orm,
    stop: async () => {
      await orm.close();
      await db.drop();
      await pg.stop();
    },
  };
}

/** `count` session cookies for new verified users (made in SQL: the benchmarks measure requests, not argon2). */
export async function sessions(orm: Orm, count: number, prefix: string): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => newToken());
  const conn = orm.em.getConnection();
  const users = await conn.execute<{ id: string }[]>(
    `insert into app_user (id, email, name, password_hash, email_verified_at, created_at)
     select gen_random_uuid(), ? || g || '@bench.example', 'Bruker ' || g, 'x', now(), now() from generate_series(1, ?) g returning id`,
    [`${prefix}-${newToken().slice(0, 6).toLowerCase()}-`, count],
  );
  for (let i = 0; i < count; i += 1000) {
    const slice = users.slice(i, i + 1000);
    await conn.execute(
      `insert into session (token_hash, user_id, expires_at, created_at, last_seen_at) values ${slice.map(() => `(?, ?, now() + interval '1 day', now(), now())`).join(', ')}`,
      slice.flatMap((u, j) => [hashToken(SECRET, tokens[i + j]!), u.id]),
    );
  }
  return tokens.map((t) => `${SESSION_COOKIE}=${t}`);
}

/** Signs a demo user in over HTTP and returns the session cookie. */
export async function login(port: number, email: string, password = 'Samhandling-demo-2026'): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }', variables: { e: email, p: password } }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed: ${await res.text()}`);
  return cookie;
}

export interface LoadResult {
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  requests: number;
  errors: number;
  non2xx: number;
}

/** One autocannon run; `overallRate` fixes the offered rate (req/s) instead of "as fast as possible". */
export async function load(opts: autocannon.Options): Promise<LoadResult> {
  const r = await autocannon({ connections: 10, duration: 10, ...opts });
  return {
    requestsPerSecond: round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

const built = new Set<string>();

/**
 * A server process as production runs it: the compiled build (`npm start`, the image), not the sources through tsx,
 * whose module hooks cost the server about a twentieth of its CPU per request (docs/benchmarks.md §3). The
 * checkout's server (this one's unless `serverDir` names another) is compiled once per benchmark run, first.
 */
export async function spawnBuiltServer(port: number, env: Record<string, string>, serverDir = join(repoRoot, 'server')): Promise<ServerProcess> {
  if (!built.has(serverDir)) {
    execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: serverDir, stdio: 'inherit' });
    built.add(serverDir);
  }
  return spawnServer(port, env, serverDir, 'build');
}

export function writeResult(name: string, data: unknown): void {
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  const result = { measuredAt: new Date().toISOString(), machine: '2 cores, 24 GiB (as CI)', ...(data as object) };
  writeFileSync(join(repoRoot, 'bench', 'results', `${name}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(`${name}:`, JSON.stringify(result, null, 2));
}

/** Creates and publishes `count` events as county staff through the API (realistic rows, topics, organisation). */
export async function publishEvents(port: number, cookie: string, count: number): Promise<string[]> {
  const gql = async <T>(query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { viewer } = await gql<{ viewer: { memberships: { organisation: { id: string } }[] } }>(`{ viewer { memberships { organisation { id } } } }`, {});
  const organisationId = viewer.memberships[0]!.organisation.id;
  const year = new Date().getFullYear() + 1;
  const topics = [['working-life', 'qualification'], ['settlement'], ['negative-social-control', 'children-youth'], ['volunteering'], ['ukraine', 'norwegian-training']];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28) % 12).padStart(2, '0');
    const { eventCreate } = await gql<{ eventCreate: { id: string } }>(`mutation($i: EventInput!) { eventCreate(input: $i) { id } }`, {
      i: {
        organisationId, title: `Nettverkssamling ${i + 1}: inkludering i arbeidslivet`, kind: i % 3 ? 'WEBINAR' : 'SEMINAR', mode: i % 3 ? 'ONLINE' : 'IN_PERSON',
        startsAt: `${year}-${month}-${day}T09:00`, endsAt: `${year}-${month}-${day}T11:30`, capacity: 20 + (i % 50), registrationRequired: true,
        description: 'Erfaringsdeling mellom kommuner, NAV og frivillige organisasjoner om veien til arbeid for nyankomne flyktninger.',
        topicSlugs: topics[i % topics.length], municipalityNumbers: ['4003'], meetingUrl: i % 3 ? 'https://teams.example.no/møte' : null, venueName: i % 3 ? null : 'Fylkeshuset',
      },
    });
    await gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id: eventCreate.id });
    ids.push(eventCreate.id);
  }
  return ids;
}

/**
 * Open-loop load at a fixed offered rate, as independent users make it: arrivals are a Poisson process, each
 * request is sent when due whether or not earlier ones have been answered, and its latency counts from when it
 * was due, so a server that falls behind cannot hide its queue. (autocannon's fixed-rate mode sends each
 * connection's quota at the start of every second, so its p99 measured bursts of `rate` simultaneous requests.)
 * A response with GraphQL `errors` counts as an error.
 */
export interface OpenLoadResult extends LoadResult {
  offered: number;
  firstError?: string;
  byLabel: Record<string, { requests: number; p50: number; p99: number }>;
  /** p99 (ms) of the requests due in each second of the run, in order. */
  perSecondP99: number[];
  /** The run cut into `windowSeconds` slices (when asked): each slice's p99 and errors. */
  windows?: { fromSecond: number; requests: number; p99: number; errors: number }[];
  /** The load generator's own delays in each second (ms): the longest its event loop was held (its garbage
   * collections and response parsing) and the latest it sent a request after it was due. A slow second with neither
   * is the server's; one with either may be the generator's own. */
  generatorPerSecond: { loopDelayMax: number[]; sendLateMax: number[] };
  /** The slowest requests over 100 ms (at most 100): when each was due (ms into the run), its operation, its latency. */
  slowest: { dueMs: number; label?: string; ms: number }[];
}

/**
 * A keep-alive agent with `sockets` connections already open, to share across runs: a run that opens its own
 * connections measures the server accepting them, not serving (issue 28).
 */
export async function preopenedAgent(url: string, sockets: number): Promise<Agent> {
  // FIFO: each request takes the connection idle longest, so all of them carry load, as many users' browsers do.
  // Node's default (LIFO) kept reusing the few most recent ones, and node:cluster had given those to one worker:
  // one run split 21,288 to 1,619 database acquisitions between the two (session 23).
  // Opened one at a time, each held until all are, so node:cluster's primary hands them to the workers in turn; and
  // never more than these: with room for 512, a stall in the warm-up (64 requests in flight) made the agent open
  // more while the run went on (156 at the end of one), handed to whichever worker took them first, and one worker
  // then served up to two thirds of the requests (session 27). A request that finds every connection busy waits for
  // one, and the wait counts in its latency.
  const agent = new Agent({ keepAlive: true, maxSockets: sockets, scheduling: 'fifo' });
  const target = new URL(url);
  const held: IncomingMessage[] = [];
  for (let i = 0; i < sockets; i++) {
    held.push(
      await new Promise<IncomingMessage>((resolve, reject) => {
        request({ host: target.hostname, port: target.port, path: '/healthz', agent }, resolve).on('error', reject).end();
      }),
    );
  }
  await Promise.all(held.map((res) => new Promise((resolve) => res.resume().on('end', resolve))));
  return agent;
}

export async function openLoad(opts: { url: string; rate: number; duration: number; next: () => { cookie?: string; body: string; label?: string }; agent?: Agent; windowSeconds?: number }): Promise<OpenLoadResult> {
  const agent = opts.agent ?? new Agent({ keepAlive: true, maxSockets: 512 });
  const bySecond: number[][] = Array.from({ length: Math.ceil(opts.duration) }, () => []);
  const errorsBySecond: number[] = bySecond.map(() => 0);
  const sendLateBySecond: number[] = bySecond.map(() => 0);
  const slow: OpenLoadResult['slowest'] = [];
  const loopDelayBySecond: number[] = [];
  const target = new URL(opts.url);
  const latencies: number[] = [];
  const byLabel: Record<string, number[]> = {};
  let errors = 0;
  let non2xx = 0;
  let firstError: string | undefined; // what went wrong, for the log: a response's text or the request's error
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const { cookie, body, label } = opts.next();
      const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(cookie ? { cookie } : {}) } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => {
          const ms = performance.now() - due;
          latencies.push(ms);
          bySecond[secondOf(due)]?.push(ms);
          if (label) (byLabel[label] ??= []).push(ms);
          if (ms > 100) slow.push({ dueMs: round(due - start), label, ms: round(ms) });
          if (res.statusCode! >= 300) non2xx++;
          else if (text.includes('"errors"')) errors++;
          else return resolve();
          errorsBySecond[secondOf(due)]!++;
          firstError ??= `${label ?? ''} ${res.statusCode}: ${text.slice(0, 400)}`;
          resolve();
        });
      });
      req.on('error', (err) => {
        errors++;
        errorsBySecond[secondOf(due)]!++;
        firstError ??= `${label ?? ''} ${err.message}`;
        resolve();
      });
      req.end(body);
    });
  const start = performance.now();
  const end = start + opts.duration * 1000;
  const secondOf = (due: number) => Math.min(bySecond.length - 1, Math.floor((due - start) / 1000));
  const inFlight: Promise<void>[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const eachSecond = setInterval(() => {
    loopDelayBySecond.push(round(loopDelay.max / 1e6));
    loopDelay.reset();
  }, 1000);
  for (let due = start; due < end; due += -Math.log(1 - Math.random()) * (1000 / opts.rate)) {
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const second = secondOf(due);
    sendLateBySecond[second] = Math.max(sendLateBySecond[second]!, performance.now() - due);
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  clearInterval(eachSecond);
  loopDelay.disable();
  if (!opts.agent) agent.destroy();
  const w = opts.windowSeconds;
  return {
    requestsPerSecond: round(latencies.length / opts.duration),
    latencyMs: { p50: round(pct(latencies, 50)), p90: round(pct(latencies, 90)), p99: round(pct(latencies, 99)), max: round(Math.max(...latencies)) },
    requests: latencies.length,
    offered: inFlight.length,
    errors,
    non2xx,
    ...(firstError ? { firstError } : {}),
    byLabel: Object.fromEntries(Object.entries(byLabel).map(([k, xs]) => [k, { requests: xs.length, p50: round(pct(xs, 50)), p99: round(pct(xs, 99)) }])),
    perSecondP99: bySecond.map((xs) => round(pct(xs, 99))),
    generatorPerSecond: { loopDelayMax: loopDelayBySecond.slice(0, bySecond.length), sendLateMax: sendLateBySecond.map((ms) => round(ms)) },
    slowest: slow.sort((a, b) => b.ms - a.ms).slice(0, 100),
    ...(w
      ? {
          windows: Array.from({ length: Math.ceil(bySecond.length / w) }, (_, i) => {
            const xs = bySecond.slice(i * w, (i + 1) * w).flat();
            return { fromSecond: i * w, requests: xs.length, p99: round(pct(xs, 99)), errors: errorsBySecond.slice(i * w, (i + 1) * w).reduce((a, b) => a + b, 0) };
          }),
        }
      : {}),
  };
}
