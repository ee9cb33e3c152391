/**
 * What a request of the mixed benchmark allocates on the server's JavaScript heap, by package and by function:
 * V8's sampling heap profiler (through the inspector, counting objects the young- and old-generation collectors
 * freed too) in one server process running the build, while this process sends the mix's cycle one request at a
 * time. Unlike CPU time on this machine, whose speed drifts by a factor of two within minutes, the bytes are the same
 * from run to run within a few per cent, so a change's effect shows in one run (docs/benchmarks.md §3, session 25).
 * Run: npm run bench:alloc   (writes bench/results/allocations.json)
 * Options: ALLOC_REQUESTS=1000 (measured, after as many to warm up)  ALLOC_OP=Thread (one operation of the mix only)
 *          BASELINE=<another checkout> (measure that checkout's server instead, for a before/after pair)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { freePort, stopServer } from '../server/test/server-process.js';
import { benchDatabase, round, SECRET, spawnBuiltServer, writeResult } from './lib.js';
import { framePackage, frameSource } from './frames.js';
import { prepareMix } from './mix.js';

const REQUESTS = Number(process.env.ALLOC_REQUESTS ?? 1000);
const ONLY = process.env.ALLOC_OP;
const INSPECTOR_PORT = await freePort();

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children?: SamplingNode[];
}

process.env.SERVER_NODE_FLAGS = `${process.env.SERVER_NODE_FLAGS ?? ''} --inspect=127.0.0.1:${INSPECTOR_PORT}`;
const db = await benchDatabase('bench_alloc');
const serverDir = process.env.BASELINE ? join(process.env.BASELINE, 'server') : undefined;
const server = await spawnBuiltServer(await freePort(), { DATABASE_URL: db.url, SESSION_SECRET: SECRET, NODE_ENV: 'production' }, serverDir);
try {
  const { members, cycle } = await prepareMix(server.port, db.orm);
  const ops = ONLY ? cycle.filter((op) => op.label === ONLY) : cycle;
  if (!ops.length) throw new Error(`unknown operation ${ONLY}; known: ${[...new Set(cycle.map((op) => op.label))].join(', ')}`);
  const send = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const op = ops[i % ops.length]!;
      const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: members[i % members.length]! }, body: JSON.stringify({ query: op.query, variables: op.variables() }) });
      const text = await res.text();
      if (text.includes('"errors"')) throw new Error(`${op.label}: ${text.slice(0, 300)}`);
    }
  };

  // The inspector's protocol over its WebSocket: one request at a time, answered by id.
  const [target] = (await (await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const inspector = new WebSocket(target!.webSocketDebuggerUrl);
  await new Promise((resolve) => inspector.once('open', resolve));
  let lastId = 0;
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++lastId;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: T; error?: { message: string } };
        if (message.id !== id) return;
        inspector.off('message', onMessage);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result!);
      };
      inspector.on('message', onMessage);
      inspector.send(JSON.stringify({ id, method, params }));
    });

  await send(REQUESTS); // warm-up: compiled code, caches and prepared statements as a running server has them
  await call('HeapProfiler.enable');
  await call('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await send(REQUESTS);
  const { profile } = await call<{ profile: { head: SamplingNode } }>('HeapProfiler.stopSampling');
  inspector.close();
  if (process.env.ALLOC_PROFILE) writeFileSync(process.env.ALLOC_PROFILE, JSON.stringify(profile)); // for DevTools' Memory tab

  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  const add = (map: Map<string, number>, key: string, bytes: number) => map.set(key, (map.get(key) ?? 0) + bytes);
  const visit = (node: SamplingNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    // V8's own work (sort, Promise.all …) has no URL: named by its function.
    add(byPackage, url ? framePackage(url) : `(${functionName || 'native'})`, node.selfSize);
    add(byFunction, `${functionName || '(anonymous)'} ${frameSource(url)}:${lineNumber + 1}`, node.selfSize);
    total += node.selfSize;
    node.children?.forEach(visit);
  };
  visit(profile.head);
  const perRequest = (bytes: number) => round(bytes / REQUESTS / 1024, 1);
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, bytes]) => ({ name, kbPerRequest: perRequest(bytes) }));
  console.log(`${ONLY ?? 'the mix'}: ${perRequest(total)} KB allocated per request (${REQUESTS} requests)`);
  writeResult(ONLY ? `allocations-${ONLY}` : 'allocations', { checkout: process.env.BASELINE ?? 'this', method: `sampling heap profiler, every 4 KB, freed objects included; ${REQUESTS} requests after as many to warm up, one at a time`, operation: ONLY ?? 'Mix', kbPerRequest: perRequest(total), byPackage: top(byPackage, 20), byFunction: top(byFunction, 30) });
} finally {
  await stopServer(server);
  await db.stop();
}
process.exit(0);
