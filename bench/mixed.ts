/**
 * Benchmark 3: a realistic mix of reads and writes against a server process on real PostgreSQL, offered at
 * rising fixed rates (open loop, Poisson arrivals: bench/lib.ts openLoad); the answer is the highest rate served
 * with p99 ≤ 100 ms and no errors.
 * Measured with one server process and with two sharing the port (WEB_CONCURRENCY=2, one per core).
 * Arrivals go round the client's own operations: event list, activity catalogue, event page, thread
 * page, organisations, search, and two message posts (80 % reads, 20 % writes), each as a random one of 50
 * signed-in members;
 * 20 seconds per rate; a rate that fails is measured once more (the machine's own stalls, see the loop).
 * Run: npm run bench:mixed   (writes bench/results/mixed.json)
 */
import { freePort, spawnServer, stopServer } from '../server/test/server-process.js';
import { benchDatabase, openLoad, SECRET, writeResult } from './lib.js';
import { prepareMix } from './mix.js';

const RATES = [10, 20, 30, 40, 50, 75, 100, 150, 200, 250, 300, 400];
const db = await benchDatabase('bench_mixed');
const WORKERS = (process.env.MIXED_WORKERS ?? '1,2').split(',').map(Number);
let server = await spawnServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production' });
try {
  const { members, threadId, cycle } = await prepareMix(server.port, db.orm);
  let arrival = 0;
  const next = () => {
    const op = cycle[arrival++ % cycle.length]!;
    return { label: op.label, cookie: members[Math.floor(Math.random() * members.length)], body: JSON.stringify({ query: op.query, variables: op.variables() }) };
  };

  const runs: { workers: number; highestRateWithP99Under100msAndNoErrors: number; steps: (Awaited<ReturnType<typeof openLoad>> & { offeredRate: number; attempt: number; passed: boolean })[] }[] = [];
  for (const workers of WORKERS) {
    await stopServer(server);
    server = await spawnServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production', WEB_CONCURRENCY: String(workers) });
    const url = `http://127.0.0.1:${server.port}/graphql`;
    await openLoad({ url, rate: 20, duration: 5, next }); // warm-up
    const steps: (typeof runs)[number]['steps'] = [];
    for (const rate of RATES) {
      // A rate that fails is measured once more: this machine stalls every process on it for 100–300 ms now and
      // then (docs/benchmarks.md), which decides a 20-second p99 alone; a limit of the server fails both windows.
      let passed = false;
      for (let attempt = 1; attempt <= 2 && !passed; attempt++) {
        const r = await openLoad({ url, rate, duration: 20, next });
        // Passed: every request sent (Poisson arrivals, so about `rate` a second) answered without error, 99 % within 100 ms.
        passed = r.latencyMs.p99 <= 100 && r.errors === 0 && r.non2xx === 0 && r.requests === r.offered;
        steps.push({ offeredRate: rate, attempt, passed, ...r });
        console.log(`${workers} process(es), ${rate} req/s offered (window ${attempt}): ${r.requestsPerSecond} served, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, errors ${r.errors + r.non2xx}`, JSON.stringify(r.byLabel));
        if (r.firstError) console.log(`first error: ${r.firstError}\nserver log (warnings and errors, last 5):\n${server.output().split('\n').filter((l) => /"level":(40|50|60)/.test(l)).slice(-5).join('\n')}`);
      }
      if (!passed) break;
    }
    runs.push({ workers, highestRateWithP99Under100msAndNoErrors: [...steps].reverse().find((s) => s.passed)?.offeredRate ?? 0, steps });
  }
  const [{ n }] = await db.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from message where thread_id = ?', [threadId]);
  writeResult('mixed', {
    mix: '8 reads (event list, activity catalogue, event page ×2, thread page ×2, organisations, search) : 2 message posts, each arrival a random one of 50 signed-in members',
    load: 'open loop, Poisson arrivals at the offered rate, 20 s per rate (a failed rate measured once more), latency from when each request was due',
    highestRateWithP99Under100msAndNoErrors: Math.max(...runs.map((r) => r.highestRateWithP99Under100msAndNoErrors)),
    goal: '≥ 300 req/s',
    messagesWritten: Number(n),
    runs,
  });
} finally {
  await stopServer(server);
  await db.stop();
}
process.exit(0);
