/**
 * How two server processes share the port, in pairs (issue 28, item 2): node:cluster handing out connections
 * (WEB_BALANCE=connection) against the primary's proxy balancing each request (WEB_BALANCE=request, balancer.ts).
 * Both servers run side by side on one database, and short open-loop slices of the mixed benchmark's cycle alternate
 * between them (A B B A …), so the machine's drift (other work on it) falls on both alike. Each slice at a fixed rate,
 * once over 64 kept-alive connections opened beforehand and once with a new connection per request (as many browsers
 * arriving do). Per slice: p50/p99, seconds over 100 ms, CPU per request of all the server's processes (the primary,
 * which is the proxy in one of them, apart), each worker's share of the database acquisitions, pool waits, load average.
 * Run: npm run bench:balance   (writes bench/results/balance-pairs.json)
 * Options: BALANCE_RATE=150  BALANCE_SLICE=10 (seconds)  BALANCE_ROUNDS=4  BALANCE_CONNECTIONS=kept,new
 */
import { Agent } from 'node:http';
import { loadavg } from 'node:os';
import { freePort, stopServer, type ServerProcess } from '../server/test/server-process.js';
import { benchDatabase, openLoad, pct, preopenedAgent, round, SECRET, spawnBuiltServer, writeResult } from './lib.js';
import { prepareMix } from './mix.js';
import { cpuSeconds, poolWaits, poolWaitsBetween, serverPids } from './process-stats.js';

const RATE = Number(process.env.BALANCE_RATE ?? 150);
const SLICE = Number(process.env.BALANCE_SLICE ?? 10);
const ROUNDS = Number(process.env.BALANCE_ROUNDS ?? 4);
const CONNECTIONS = (process.env.BALANCE_CONNECTIONS ?? 'kept,new').split(',') as ('kept' | 'new')[];
const MODES = ['connection', 'request'] as const;

const db = await benchDatabase('bench_balance');
const servers = {} as Record<(typeof MODES)[number], ServerProcess>;
try {
  for (const mode of MODES) servers[mode] = await spawnBuiltServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production', WEB_CONCURRENCY: '2', WEB_BALANCE: mode });
  const { members, cycle } = await prepareMix(servers.connection.port, db.orm);
  const next = () => {
    const op = cycle[Math.floor(Math.random() * cycle.length)]!; // at random, not in turn: bench/mixed.ts says why
    return { label: op.label, cookie: members[Math.floor(Math.random() * members.length)], body: JSON.stringify({ query: op.query, variables: op.variables() }) };
  };
  const url = (mode: (typeof MODES)[number]) => `http://127.0.0.1:${servers[mode].port}/graphql`;
  const kept = Object.fromEntries(await Promise.all(MODES.map(async (m) => [m, await preopenedAgent(url(m), 64)] as const))) as Record<(typeof MODES)[number], Agent>;
  for (const m of MODES) await openLoad({ url: url(m), rate: 20, duration: 5, next, agent: kept[m] }); // warm-up

  const slices: Record<string, unknown>[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const connections of CONNECTIONS) {
      for (const mode of r % 2 ? [...MODES].reverse() : MODES) {
        const server = servers[mode];
        const pids = serverPids(server.child.pid!);
        const [cpuBefore, waitsBefore] = [cpuSeconds(pids), await poolWaits(server.port, 2)];
        const agent = connections === 'kept' ? kept[mode] : new Agent({ keepAlive: false, maxSockets: 512 });
        const res = await openLoad({ url: url(mode), rate: RATE, duration: SLICE, next, agent });
        const cpuAfter = cpuSeconds(pids);
        const waits = poolWaitsBetween(waitsBefore, await poolWaits(server.port, 2));
        const cpuMs = (pid: number) => ((cpuAfter[pid]! - cpuBefore[pid]!) * 1000) / res.requests;
        const acquisitions = Object.values(waits).map((w) => w.acquisitions);
        const slice = {
          round: r + 1,
          connections,
          balance: mode,
          served: res.requests,
          errors: res.errors + res.non2xx,
          p50: res.latencyMs.p50,
          p99: res.latencyMs.p99,
          secondsOver100ms: res.perSecondP99.filter((p) => p > 100).length,
          serverCpuMsPerRequest: round(pids.reduce((s, pid) => s + cpuMs(pid), 0), 2),
          primaryCpuMsPerRequest: round(cpuMs(pids[0]!), 2),
          busiestWorkerShare: round(Math.max(...acquisitions) / acquisitions.reduce((a, b) => a + b, 0), 2),
          poolWaitsOver10msByPid: Object.fromEntries(Object.entries(waits).map(([pid, w]) => [pid, w.over10ms])),
          loadAverage: loadavg().map((x) => +x.toFixed(2)),
        };
        console.log(JSON.stringify(slice));
        slices.push(slice);
      }
    }
  }
  const summary = Object.fromEntries(
    CONNECTIONS.flatMap((c) =>
      MODES.map((m) => {
        const mine = slices.filter((s) => s.connections === c && s.balance === m);
        const med = (k: string) => round(pct(mine.map((s) => s[k] as number), 50), 2);
        return [`${c} connections, WEB_BALANCE=${m}`, { medianP50: med('p50'), medianP99: med('p99'), worstP99: Math.max(...mine.map((s) => s.p99 as number)), medianServerCpuMsPerRequest: med('serverCpuMsPerRequest'), medianPrimaryCpuMsPerRequest: med('primaryCpuMsPerRequest'), medianBusiestWorkerShare: med('busiestWorkerShare'), errors: mine.reduce((a, s) => a + (s.errors as number), 0) }];
      }),
    ),
  );
  writeResult('balance-pairs', { load: `open loop, Poisson arrivals at ${RATE} req/s, ${SLICE}-s slices alternating between the two servers, ${ROUNDS} rounds`, summary, slices });
} finally {
  await Promise.all(Object.values(servers).map((s) => stopServer(s)));
  await db.stop();
}
process.exit(0);
