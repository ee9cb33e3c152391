import { execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../src/common/logger.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';
import { freePort, spawnServer, stopServer, type ServerProcess } from './server-process.js';

/**
 * WEB_BALANCE=request (balancer.ts): two workers behind the primary's proxy. A stopped worker must not hold up requests
 * the other can answer (node:cluster hands every other new connection to it), WebSockets pass through and close with
 * 1001 on SIGTERM, and only the proxy's X-Forwarded-For is believed.
 */
const SECRET = 'balancer-test-secret-'.padEnd(48, 'x');
let orm: Orm;
let drop: () => Promise<void>;
let databaseUrl: string;
const running: ServerProcess[] = [];

beforeAll(async () => {
  const db = await createScratchDatabase(inject('pgServerUrl'), 'balancer');
  ({ url: databaseUrl, drop } = db);
  orm = await createOrm(databaseUrl, createLogger('silent'));
  await migrate(orm);
}, 120_000);

afterAll(async () => {
  await Promise.all(running.map((s) => stopServer(s, 'SIGKILL')));
  await orm.close();
  await drop();
});

const start = async (env: Record<string, string> = {}) => {
  const server = await spawnServer(await freePort(), { DATABASE_URL: databaseUrl, SESSION_SECRET: SECRET, WEB_CONCURRENCY: '2', WEB_BALANCE: 'request', ...env });
  running.push(server);
  for (let i = 0; i < 240 && !server.output().includes('Press Ctrl-C'); i++) await sleep(250);
  return server;
};

/** The primary's node children: the workers. */
const workersOf = (pid: number) =>
  execFileSync('ps', ['--ppid', String(pid), '-o', 'pid=,comm='], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, comm]) => comm === 'node')
    .map(([p]) => Number(p));

/** A GET (on a new connection unless an agent is given), with its status, headers and body, or `timeout`. */
const get = (url: string, headers: Record<string, string> = {}, ms = 3_000, agent: Agent | false = false) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string } | 'timeout'>((resolve, reject) => {
    const req = request(url, { agent, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.setTimeout(ms, () => {
      req.destroy();
      resolve('timeout');
    });
    req.on('error', reject).end();
  });

/** The `ip` of the request log line with this request id (LOG_LEVEL=debug). */
const loggedIp = async (server: ServerProcess, reqId: string) => {
  for (let i = 0; i < 40; i++) {
    const line = server.output().split('\n').find((l) => l.includes(`"reqId":"${reqId}"`) && l.includes('"msg":"request"'));
    if (line) return (JSON.parse(line) as { ip: string }).ip;
    await sleep(50);
  }
  throw new Error(`no request line for ${reqId}`);
};

describe('WEB_BALANCE=request', () => {
  it('sends requests on kept-alive connections past a worker that does not answer, and scrapes both workers’ /metrics', { timeout: 300_000 }, async () => {
    const server = await start();
    const base = `http://127.0.0.1:${server.port}`;
    const workers = workersOf(server.child.pid!);
    expect(workers).toHaveLength(2);
    // Each worker's own metrics (a tie goes round, so new connections reach both).
    const pids = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const r = await get(`${base}/metrics`);
      if (r !== 'timeout') pids.add(/^samhandling_process\{pid="(\d+)"\} 1$/m.exec(r.body)?.[1] ?? '');
    }
    expect([...pids].sort()).toEqual(workers.map(String).sort());

    // Eight kept-alive connections, opened while both workers answer (node:cluster gives each to one worker for good).
    const agent = new Agent({ keepAlive: true, maxSockets: 8, scheduling: 'fifo' }); // every connection in turn
    await Promise.all(Array.from({ length: 8 }, () => get(`${base}/healthz`, {}, 30_000, agent)));
    process.kill(workers[0]!, 'SIGSTOP');
    try {
      // One request may reach the stopped worker before it counts as busy; every other goes to the one that answers.
      const results = [];
      for (let i = 0; i < 12; i++) {
        results.push(get(`${base}/healthz`, {}, 4_000, agent));
        await sleep(100);
      }
      const settled = await Promise.all(results);
      expect(settled.filter((r) => r === 'timeout').length).toBeLessThanOrEqual(1);
      expect(settled.filter((r) => r !== 'timeout' && r.status === 200).length).toBeGreaterThanOrEqual(11);
    } finally {
      process.kill(workers[0]!, 'SIGCONT');
      agent.destroy();
    }
    // Request ids pass through both ways.
    const r = await get(`${base}/healthz`, { 'x-request-id': 'balancer-test-0001' });
    expect(r !== 'timeout' && r.headers['x-request-id']).toBe('balancer-test-0001');
  });

  it('sends a worker no more requests than its database pool has connections: the rest wait in the proxy for the first worker that frees', { timeout: 300_000 }, async () => {
    const server = await start({ DB_POOL_SIZE: '1' });
    const base = `http://127.0.0.1:${server.port}`;
    const [stuck] = workersOf(server.child.pid!);
    process.kill(stuck!, 'SIGSTOP');
    try {
      // Four at once: one reaches the stopped worker (its one, with DB_POOL_SIZE=1); the other answers the rest.
      const first: ReturnType<typeof get>[] = [];
      for (let i = 0; i < 4; i++) first.push(get(`${base}/healthz`, {}, 60_000));
      await sleep(2_000);
      // Twenty at once: each waits in the proxy for the worker that answers, none goes to the stopped one (without the
      // limit, every one that finds both workers with one outstanding could go to either).
      const burst = await Promise.all(Array.from({ length: 20 }, () => get(`${base}/healthz`, {}, 20_000)));
      expect(burst.filter((r) => r === 'timeout')).toHaveLength(0);
      expect(burst.every((r) => r !== 'timeout' && r.status === 200)).toBe(true);
      process.kill(stuck!, 'SIGCONT');
      expect((await Promise.all(first)).every((r) => r !== 'timeout' && r.status === 200)).toBe(true);
    } finally {
      process.kill(stuck!, 'SIGCONT');
    }
  });

  it('believes X-Forwarded-For from its proxy only, one hop past TRUST_PROXY', { timeout: 300_000 }, async () => {
    const server = await start({ LOG_LEVEL: 'debug', TRUST_PROXY: 'false' });
    const base = `http://127.0.0.1:${server.port}`;
    // No proxy in front (TRUST_PROXY=false): a header from the client is anybody's; the address is the socket's.
    await get(`${base}/healthz`, { 'x-forwarded-for': '203.0.113.7', 'x-request-id': 'balancer-xff-0001' });
    expect(await loggedIp(server, 'balancer-xff-0001')).toBe('127.0.0.1');
    // A client on another address is seen as that address, not as the proxy's loopback.
    const lan = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (lan) {
      await get(`http://${lan}:${server.port}/healthz`, { 'x-forwarded-for': '203.0.113.7', 'x-request-id': 'balancer-xff-0002' });
      expect(await loggedIp(server, 'balancer-xff-0002')).toBe(lan);
    }
    // A local process calling a worker's own port is not the proxy: its header is dropped.
    const worker = workersOf(server.child.pid!)[0]!;
    const workerPort = Number(/127\.0\.0\.1:(\d+)/.exec(execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' }).split('\n').find((l) => l.includes(`pid=${worker},`)) ?? '')?.[1]);
    expect(workerPort).toBeGreaterThan(0);
    await get(`http://127.0.0.1:${workerPort}/healthz`, { 'x-forwarded-for': '203.0.113.7', 'x-samhandling-balancer': 'guess', 'x-request-id': 'balancer-xff-0003' });
    expect(await loggedIp(server, 'balancer-xff-0003')).toBe('127.0.0.1');
    await stopServer(server);

    // TRUST_PROXY=loopback (the default): a proxy on this machine in front of the balancer is believed, as before.
    const behindProxy = await start({ LOG_LEVEL: 'debug' });
    await get(`http://127.0.0.1:${behindProxy.port}/healthz`, { 'x-forwarded-for': '203.0.113.7', 'x-request-id': 'balancer-xff-0004' });
    expect(await loggedIp(behindProxy, 'balancer-xff-0004')).toBe('203.0.113.7');
    await stopServer(behindProxy);
  });

  it('passes WebSockets through, and on SIGTERM answers the request in flight and closes them with 1001', { timeout: 300_000 }, async () => {
    const server = await start();
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}/graphql`, 'graphql-transport-ws');
    const acked = new Promise<void>((resolve, reject) => {
      socket.on('message', (m) => (JSON.parse(String(m)).type === 'connection_ack' ? resolve() : reject(new Error(String(m)))));
      socket.on('error', reject);
    });
    await new Promise((r) => socket.once('open', r));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await acked;
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ query: '{ __typename }' });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), 1_000);
    });
    await sleep(200);
    const exited = stopServer(server);
    expect(await answered).toEqual({ status: 200, body: expect.stringContaining('"__typename":"Query"') });
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);
  });
});
