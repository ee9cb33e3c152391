/**
 * Benchmark 3: a realistic mix of reads and writes against a server process on real PostgreSQL, offered at
 * rising fixed rates; the answer is the highest rate served with p99 ≤ 100 ms and no errors.
 * Each connection repeats the client's own operations: event list, activity catalogue, event page, thread
 * page, organisations, search, and two message posts (80 % reads, 20 % writes), as one of 50 signed-in members,
 * over 20 connections.
 * Run: npm run bench:mixed   (writes bench/results/mixed.json)
 */
import type autocannon from 'autocannon';
import { freePort, spawnServer, stopServer } from '../server/test/server-process.js';
import { clientOperation } from './client-documents.js';
import { benchDatabase, load, login, publishEvents, SECRET, sessions, STAFF, writeResult, type LoadResult } from './lib.js';

const RATES = [10, 25, 50, 75, 100, 150, 200, 300, 400];
const db = await benchDatabase('bench_mixed');
const server = await spawnServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production' });
const url = `http://127.0.0.1:${server.port}/graphql`;
const call = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data: T; errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
};
try {
  const staff = await login(server.port, STAFF);
  const events = await publishEvents(server.port, staff, 40);
  const { groupCreate } = await call<{ groupCreate: { id: string } }>(staff, `mutation { groupCreate(input: { name: "Frivillighet Telemark", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`);
  const { threadCreate } = await call<{ threadCreate: { id: string } }>(staff, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Språkkafé", body: "Hvem kan ta tirsdager?") { id } }`, { g: groupCreate.id });
  const members = await sessions(db.orm, 50, 'mixed');
  for (const cookie of members) await call(cookie, `mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupCreate.id });

  const op = (name: string, variables: () => Record<string, unknown>): autocannon.Request => ({
    method: 'POST',
    // Each connection is one member, chosen at random on its first request.
    setupRequest: (req, context: object) => {
      const member = context as { cookie?: string };
      member.cookie ??= members[Math.floor(Math.random() * members.length)];
      return { ...req, headers: { 'content-type': 'application/json', cookie: member.cookie! }, body: JSON.stringify({ query: documents[name], variables: variables() }) };
    },
  });
  const documents: Record<string, string> = {
    Events: clientOperation('Events'),
    Activities: clientOperation('Activities'),
    Event: clientOperation('Event'),
    Thread: clientOperation('Thread'),
    Organisations: clientOperation('Organisations'),
    MessagePost: clientOperation('MessagePost'),
    Search: `query Search($q: String!) { search(query: $q, first: 10) { totalCount hits { type id title url snippet } typeFacet { value count } } }`,
  };
  const anEvent = () => ({ id: events[Math.floor(Math.random() * events.length)] });
  let posted = 0;
  // Writes spread through the cycle, and few enough connections that each goes round it many times.
  const sequence = [
    op('Events', () => ({ first: 20 })),
    op('MessagePost', () => ({ threadId: threadCreate.id, body: `Jeg kan ta en tirsdag (${++posted})` })),
    op('Activities', () => ({ first: 20, language: 'nb' })),
    op('Event', anEvent),
    op('Thread', () => ({ id: threadCreate.id })),
    op('Organisations', () => ({ first: 20 })),
    op('MessagePost', () => ({ threadId: threadCreate.id, body: `Jeg kan også (${++posted})` })),
    op('Search', () => ({ q: 'flyktninger' })),
    op('Event', anEvent),
    op('Thread', () => ({ id: threadCreate.id })),
  ];
  const base = { url, requests: sequence, connections: 20 };
  // Every document must answer without errors before we time anything.
  for (const [name, doc] of Object.entries(documents)) if (!doc) throw new Error(`missing ${name}`);
  await load({ ...base, overallRate: 50, duration: 5 }); // warm-up

  const steps: (LoadResult & { offeredRate: number; passed: boolean })[] = [];
  for (const rate of RATES) {
    const r = await load({ ...base, overallRate: rate, duration: 10 });
    const passed = r.latencyMs.p99 <= 100 && r.errors === 0 && r.non2xx === 0 && r.requestsPerSecond >= rate * 0.95;
    steps.push({ offeredRate: rate, passed, ...r });
    if (!passed) break;
  }
  const best = [...steps].reverse().find((s) => s.passed);
  const [{ n }] = await db.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from message where thread_id = ?', [threadCreate.id]);
  writeResult('mixed', {
    mix: '8 reads (event list, activity catalogue, event page ×2, thread page ×2, organisations, search) : 2 message posts, per connection, 50 signed-in members, 20 connections',
    highestRateWithP99Under100msAndNoErrors: best?.offeredRate ?? 0,
    goal: '≥ 300 req/s',
    messagesWritten: Number(n),
    steps,
  });
} finally {
  await stopServer(server);
  await db.stop();
}
process.exit(0);
