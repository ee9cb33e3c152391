/**
 * Server CPU per request, compared in pairs within one window: this machine's speed drifts by a factor of two
 * within minutes (docs/benchmarks.md), so a number from one run and one from the next compare nothing.
 * One server process (of this checkout, and of `BASELINE=<path to another checkout>` if given) on one database;
 * short closed-loop slices of one operation at a time alternate between operations and servers for ROUNDS rounds,
 * each slice's server CPU, and PostgreSQL's, read from /proc. Operations (OPS, comma-separated): the mixed benchmark's (bench/mix.ts),
 * `Mix` (its whole cycle), `Typename` (`{ __typename }`: the floor of a request) and `TypenameAnonymous` (the same
 * without a session: the difference is what reading the session costs every signed-in request).
 * Each server is sent its own checkout's client documents, or DOCUMENTS=<checkout>'s to both.
 * Run: npm run bench:cpu   (e.g. OPS=Mix,MessagePost BASELINE=../before npm run bench:cpu; writes bench/results/cpu.json)
 */
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { freePort, stopServer, type ServerProcess } from '../server/test/server-process.js';
import { clientOperation } from '../server/test/client-documents.js';
import { benchDatabase, round, SECRET, spawnBuiltServer, writeResult } from './lib.js';
import { prepareMix, type MixOperation } from './mix.js';
import { cpuSecondsOf, postgresCpu } from './process-stats.js';

const CONNECTIONS = 4;
const SLICE_MS = Number(process.env.SLICE_MS ?? 1500);
const ROUNDS = Number(process.env.ROUNDS ?? 8);
const OPS = (process.env.OPS ?? 'Mix').split(',');

const db = await benchDatabase('bench_cpu');
const env = { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production' };
// `checkout`: where a server's own client documents are (each server is sent its own client's operations).
// DOCUMENTS=<checkout> sends both servers that checkout's documents: the same work asked of both, to tell the
// code's cost from what the pages ask for.
const documents = process.env.DOCUMENTS;
const servers: { label: string; server: ServerProcess; checkout?: string }[] = [{ label: 'this', server: await spawnBuiltServer(await freePort(), env), checkout: documents }];
if (process.env.BASELINE) servers.push({ label: 'baseline', server: await spawnBuiltServer(await freePort(), env, join(process.env.BASELINE, 'server')), checkout: documents ?? process.env.BASELINE });

// PostgreSQL's share: the benchmark cluster's processes (a slice's is its server's: the servers take turns).
const postgres = postgresCpu(db.url);

try {
  const { members, operations, cycle } = await prepareMix(servers[0]!.server.port, db.orm);
  let next = 0;
  const typename: MixOperation = { label: 'Typename', query: '{ __typename }', variables: () => ({}) };
  const all: Record<string, () => MixOperation> = {
    ...Object.fromEntries(Object.entries(operations).map(([name, op]) => [name, () => op])),
    Mix: () => cycle[next++ % cycle.length]!,
    Typename: () => typename,
    TypenameAnonymous: () => ({ ...typename, label: 'TypenameAnonymous', anonymous: true }),
  };
  for (const name of OPS) if (!all[name]) throw new Error(`unknown operation ${name}; known: ${Object.keys(all).join(', ')}`);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const documentsRead = new Map<string, string>();
  const queryFor = (op: MixOperation, checkout?: string) => {
    if (!checkout || !op.clientDocument) return op.query;
    const key = `${checkout}\0${op.clientDocument}`;
    if (!documentsRead.has(key)) documentsRead.set(key, clientOperation(op.clientDocument, checkout));
    return documentsRead.get(key)!;
  };
  const send = (server: (typeof servers)[number], op: MixOperation) =>
    new Promise<void>((resolve, reject) => {
      const port = server.server.port;
      const body = JSON.stringify({ query: queryFor(op, server.checkout), variables: op.variables() });
      const cookie = op.anonymous ? '' : members[Math.floor(Math.random() * members.length)]!;
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie };
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => (text.includes('"errors"') ? reject(new Error(text.slice(0, 300))) : resolve()));
      });
      req.on('error', reject);
      req.end(body);
    });
  const slice = async (server: (typeof servers)[number], name: string, ms: number) => {
    let requests = 0;
    const stop = performance.now() + ms;
    await Promise.all(Array.from({ length: CONNECTIONS }, async () => { while (performance.now() < stop) { await send(server, all[name]!()); requests++; } }));
    return requests;
  };
  // Every server writes first: a flush turns Node's promise hooks on for good (MikroORM's AsyncLocalStorage), and
  // a server that has not written yet would measure cheaper than it runs.
  for (const server of servers) for (let i = 0; i < 3; i++) await send(server, operations.MessagePost);
  // A flush through the unit of work (MikroORM's AsyncLocalStorage), in every schema since 7a5a010: an older
  // server's MessagePost is one statement and would leave the hooks off.
  const follow: MixOperation = { label: 'followSet', query: 'mutation { followSet(topicSlugs: [], municipalityNumbers: []) }', variables: () => ({}) };
  for (const server of servers) await send(server, follow);
  const cases = servers.flatMap((server) => OPS.map((name) => ({ key: `${name} (${server.label})`, name, server })));
  for (const c of cases) await slice(c.server, c.name, 1500); // warm-up
  const totals = new Map(cases.map((c) => [c.key, { requests: 0, cpu: 0, pg: 0, rounds: [] as number[] }]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of r % 2 ? [...cases].reverse() : cases) {
      const pid = c.server.server.child.pid!;
      const before = cpuSecondsOf(pid);
      const pgBefore = postgres.read();
      const requests = await slice(c.server, c.name, SLICE_MS);
      const cpu = cpuSecondsOf(pid) - before;
      const t = totals.get(c.key)!;
      t.requests += requests;
      t.cpu += cpu;
      t.pg += postgres.since(pgBefore);
      t.rounds.push(round((cpu * 1000) / requests, 2));
    }
  }
  const results = [...totals].map(([key, t]) => ({ operation: key, serverCpuMsPerRequest: round((t.cpu * 1000) / t.requests, 2), postgresCpuMsPerRequest: round((t.pg * 1000) / t.requests, 2), requests: t.requests, perRound: t.rounds }));
  for (const r of results) console.log(`${r.operation.padEnd(26)} server CPU ${r.serverCpuMsPerRequest} ms/request, PostgreSQL ${r.postgresCpuMsPerRequest} (server's rounds: ${r.perRound.join(' ')})`);
  writeResult('cpu', { method: `closed loop, ${CONNECTIONS} connections, slices of ${SLICE_MS} ms alternating, ${ROUNDS} rounds`, results });
} finally {
  for (const { server } of servers) await stopServer(server);
  await db.stop();
}
process.exit(0);
