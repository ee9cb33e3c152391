/**
 * Benchmark 4: graphql-ws at scale. The server runs in this process (so its heap and event loop can be
 * measured); 5 000 authenticated connections come from a child process (bench/ws-clients.ts).
 *  - memory per idle connection: heap and RSS before and after, after a full GC;
 *  - one message fanned out to 1 000 and to 5 000 subscribers of one group: publish→receive p50/p95/p99
 *    over 20 messages each, and the server's event-loop delay meanwhile.
 * Run: npm run bench:ws   (writes bench/results/ws.json; uses node --expose-gc)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../server/src/app.js';
import { repoRoot } from '../server/src/common/paths.js';
import { loadConfig } from '../server/src/config.js';
import { benchDatabase, logger, pct, round, SECRET, sessions, writeResult } from './lib.js';

const CONNECTIONS = 5000;
const MESSAGES = 20;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const db = await benchDatabase('bench_ws');
// Every simulated client connects from 127.0.0.1: lift the per-address connection cap (50).
const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: db.url, SESSION_SECRET: SECRET, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1', WS_MAX_CONNECTIONS_PER_IP: String(CONNECTIONS) });
const app = await createApp({ config, orm: db.orm, logger, databaseUrl: db.url });
const port = await app.listen(0);
const child: ChildProcess = fork(join(repoRoot, 'bench', 'ws-clients.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const next = <T>(type: string) => new Promise<T>((resolve) => {
  const on = (m: { type: string }) => {
    if (m.type === 'error') console.error(m);
    if (m.type !== type) return;
    child.off('message', on);
    resolve(m as T);
  };
  child.on('message', on);
});
const memory = () => {
  gc();
  const m = process.memoryUsage();
  return { heapUsedMB: round(m.heapUsed / 2 ** 20), rssMB: round(m.rss / 2 ** 20) };
};
const post = async (cookie: string, threadId: string, body: string) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: 'mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }', variables: { t: threadId, b: body } }) });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
};

/** BENCH_PROFILE=1: the functions with the most self time during each fan-out, by package. */
async function startProfile(): Promise<() => Promise<string>> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
    session.disconnect();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      const key = `${functionName || '(anonymous)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/server\/src\//, 'src/')}:${lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + profile.timeDeltas[i]!);
    });
    return [...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, us]) => `${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  };
}

try {
  await next('started');
  const [owner, ...cookies] = await sessions(db.orm, CONNECTIONS + 1, 'ws');
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner! }, body: JSON.stringify({ query, variables }) });
    return ((await res.json()) as { data: T }).data;
  };
  const { groupCreate } = await gql<{ groupCreate: { id: string } }>(`mutation { groupCreate(input: { name: "Regionalt nettverk", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`);
  const { threadCreate } = await gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Kunngjøringer", body: "Velkommen") { id } }`, { g: groupCreate.id });

  const before = memory();
  const connectStarted = performance.now();
  child.send({ type: 'connect', port, cookies });
  const { count: connected } = await next<{ count: number }>('connected');
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await sleep(1000);
  const idle = memory();
  const idleConnections = {
    connections: connected,
    secondsToConnect: round(connectSeconds),
    heapBytesPerConnection: Math.round(((idle.heapUsedMB - before.heapUsedMB) * 2 ** 20) / connected),
    rssBytesPerConnection: Math.round(((idle.rssMB - before.rssMB) * 2 ** 20) / connected),
    before,
    after: idle,
  };

  const fanOut: Record<string, unknown> = {};
  for (const subscribers of [1000, 5000]) {
    child.send({ type: 'subscribe', count: subscribers, groupId: groupCreate.id });
    await next('subscribed');
    for (let i = 0; ; i++) {
      await post(owner!, threadCreate.id, `ready@${i}`);
      await sleep(500);
      child.send({ type: 'status' });
      const { ready } = await next<{ ready: number }>('status');
      if (ready === subscribers) break;
      if (i > 60) throw new Error(`only ${ready} of ${subscribers} subscribers attached`);
    }
    await sleep(1000);
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const profiler = process.env.BENCH_PROFILE ? await startProfile() : null;
    for (let m = 0; m < MESSAGES; m++) {
      await post(owner!, threadCreate.id, `m${m}@${performance.timeOrigin + performance.now()}`);
      await sleep(subscribers >= 5000 ? 1500 : 500);
    }
    await sleep(2000);
    lag.disable();
    if (profiler) console.log(`profile, ${subscribers} subscribers:\n${await profiler()}`);
    child.send({ type: 'collect' });
    const { latencies } = await next<{ latencies: Record<string, number[]> }>('latencies');
    const all = Object.values(latencies).flat();
    if (process.env.BENCH_PROFILE) for (const [tag, l] of Object.entries(latencies)) console.log(tag, round(pct(l, 50)), round(pct(l, 95)), round(Math.max(...l)));
    fanOut[`${subscribers}Subscribers`] = {
      messages: MESSAGES,
      deliveries: all.length,
      expectedDeliveries: MESSAGES * subscribers,
      publishToReceiveMs: { p50: round(pct(all, 50)), p95: round(pct(all, 95)), p99: round(pct(all, 99)), max: round(Math.max(...all)) },
      eventLoopDelayMs: { p50: round(lag.percentile(50) / 1e6), p99: round(lag.percentile(99) / 1e6), max: round(lag.max / 1e6) },
      goalP95Ms: subscribers === 1000 ? 100 : 500,
    };
  }
  writeResult('ws', { idleConnections, fanOut, memoryAfterSubscriptions: memory() });
} finally {
  child.send({ type: 'exit' });
  await sleep(500);
  await app.stop();
  await db.stop();
}
process.exit(0);
