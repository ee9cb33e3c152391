/**
 * Benchmarks 1 and 2.
 *  1. The event-list page query (the client's own EventCardFields) against our server and against a plain,
 *     schema-first Apollo Server 5 running the same SQL (bench/baseline/event-list-server.ts): req/s ratio,
 *     the median of 8 pairs of 5-second runs back to back.
 *  2. SQL statements per list query at page size 5 and 50, for the client's list queries (no N+1: equal).
 * Run: npm run bench:event-list   (writes bench/results/event-list.json)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../server/src/app.js';
import { repoRoot } from '../server/src/common/paths.js';
import { loadConfig } from '../server/src/config.js';
import { freePort, spawnServer, stopServer } from '../server/test/server-process.js';
import { clientOperation } from '../server/test/client-documents.js';
import { benchDatabase, load, logger, login, pct, publishEvents, round, SECRET, STAFF, writeResult, type LoadResult } from './lib.js';

const PAIRS = 8;
const SECONDS_PER_RUN = 5;
const db = await benchDatabase('bench_event_list');
const ours = await spawnServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
const baselinePort = await freePort();
// With the node flags our server gets from spawnServer (as `npm start` runs it). Both run from TypeScript through tsx,
// so both pay its module hooks alike (the other benchmarks run our compiled build: spawnBuiltServer).
const baseline = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', join(repoRoot, 'bench', 'baseline', 'event-list-server.ts')], {
  cwd: repoRoot,
  env: { ...process.env, DATABASE_URL: db.url, PORT: String(baselinePort) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => baseline.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));

try {
  // Enough rows that a page is full: 60 published events (plus the demo ones), more activities and organisations.
  await publishEvents(ours.port, await login(ours.port, STAFF), 60);
  const conn = db.orm.em.getConnection();
  await conn.execute(`insert into activity select (jsonb_populate_record(null::activity, to_jsonb(a) || jsonb_build_object('id', gen_random_uuid(), 'title', a.title || ' ' || g))).* from activity a, generate_series(1, 3) g`);
  await conn.execute(`insert into organisation select (jsonb_populate_record(null::organisation, to_jsonb(o) || jsonb_build_object('id', gen_random_uuid(), 'name', o.name || ' ' || g, 'org_number', null))).* from organisation o, generate_series(1, 5) g`);
  await conn.execute('analyze');

  // --- 1: throughput against the baseline, alternating so that drift hits both alike.
  // The client's own fragment; only the filter argument is left out, which the baseline's schema lacks.
  const clientDocument = clientOperation('Events');
  const page = `query EventList($first: Int!) { events(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ...EventCardFields } } }\n${clientDocument.slice(clientDocument.indexOf('fragment '))}`;
  const body = JSON.stringify({ query: page, variables: { first: 20 } });
  const request = (port: number) => ({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body });
  for (const port of [ours.port, baselinePort]) {
    const check = await fetch(request(port).url, { method: 'POST', headers: request(port).headers, body }).then((r) => r.json() as Promise<{ data?: { events: { nodes: unknown[] } }; errors?: unknown }>);
    if (check.errors || check.data!.events.nodes.length !== 20) throw new Error(`bad answer from ${port}: ${JSON.stringify(check).slice(0, 500)}`);
    await load({ ...request(port), duration: 3 }); // warm-up
  }
  // This machine's speed drifts by up to a factor of two within minutes, so the ratio is taken per pair of
  // short runs back to back (which of the two goes first alternates), and the median pair is reported.
  const runs: { ours: LoadResult[]; baseline: LoadResult[] } = { ours: [], baseline: [] };
  const pairRatios: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const [a, b] = i % 2 ? [baselinePort, ours.port] : [ours.port, baselinePort];
    const first = await load({ ...request(a), duration: SECONDS_PER_RUN });
    const second = await load({ ...request(b), duration: SECONDS_PER_RUN });
    const [o, base] = i % 2 ? [second, first] : [first, second];
    runs.ours.push(o);
    runs.baseline.push(base);
    pairRatios.push(o.requestsPerSecond / base.requestsPerSecond);
  }
  const mean = (rs: LoadResult[]) => rs.reduce((a, r) => a + r.requestsPerSecond, 0) / rs.length;
  const throughput = {
    query: 'the event list page: events(first: 20) with the client fragment EventCardFields, anonymous',
    connections: 10,
    secondsPerRun: SECONDS_PER_RUN,
    oursRequestsPerSecond: round(mean(runs.ours)),
    baselineRequestsPerSecond: round(mean(runs.baseline)),
    ratio: round(pct(pairRatios, 50), 3),
    pairRatios: pairRatios.map((r) => round(r, 3)),
    ratioOfMeans: round(mean(runs.ours) / mean(runs.baseline), 3),
    goal: '≥ 0.85',
    runs,
  };

  // --- 2: statements per list query, counted on an in-process server over the same database.
  const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: db.url, SESSION_SECRET: SECRET, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1' });
  const app = await createApp({ config, orm: db.orm, logger, databaseUrl: db.url });
  const port = await app.listen(0);
  const staff = await login(port, STAFF);
  let statements = 0;
  (db.orm.em.getConnection().getKnex() as unknown as { on(e: string, f: () => void): void }).on('query', () => statements++);
  const count = async (operation: string, variables: Record<string, unknown>, cookie?: string) => {
    statements = 0;
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query: clientOperation(operation), variables }) });
    const json = (await res.json()) as { errors?: unknown; data: Record<string, { nodes: unknown[] }> };
    if (json.errors) throw new Error(`${operation}: ${JSON.stringify(json.errors)}`);
    await sleep(50);
    return { statements, rows: Object.values(json.data)[0]!.nodes.length };
  };
  const lists: [string, Record<string, unknown>][] = [
    ['Events', {}],
    ['Activities', { language: 'nb' }],
    ['Organisations', {}],
    ...(['Resources'].filter((op) => { try { clientOperation(op); return true; } catch { return false; } }).map((op) => [op, {}] as [string, Record<string, unknown>])),
  ];
  const sql: Record<string, unknown> = {};
  for (const [operation, vars] of lists) {
    for (const [who, cookie] of [['anonymous', undefined], ['signedIn', staff]] as const) {
      await count(operation, { ...vars, first: 5 }, cookie); // reference data is read once per process, not per list
      // The fewer of two counts: the server's own timers (the mail outbox, the hourly jobs) share the connection's
      // statement events, and one of theirs can fall inside a request's count.
      const fewer = async (first: number) => [await count(operation, { ...vars, first }, cookie), await count(operation, { ...vars, first }, cookie)].sort((a, b) => a.statements - b.statements)[0]!;
      const five = await fewer(5);
      const fifty = await fewer(50);
      sql[`${operation} (${who})`] = { pageSize5: five, pageSize50: fifty, equal: five.statements === fifty.statements };
    }
  }
  await app.stop();

  writeResult('event-list', { throughput, sqlPerListQuery: sql });
} finally {
  baseline.kill('SIGTERM');
  await stopServer(ours);
  await db.stop();
}
process.exit(0);
