import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { WS_CLOSE, WS_LIMITS } from '../src/ws-server.js';
import { sessionCookie } from './server-process.js';
import { testServerForFile } from './test-server.js';

/** The WebSocket's limits (issue 20, item 7), its Origin rule and its answers while the database is away
 * (issue 21): every refusal a browser should retry is one graphql-ws clients retry. */

interface Upgrade {
  status: number;
  ws: WebSocket | null;
}

/** Opens a raw WebSocket on /graphql; resolves with 101 and the socket, or the refusal's status. */
function upgrade(port: number, opts: { origin?: string; headers?: Record<string, string> } = {}): Promise<Upgrade> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', { origin: opts.origin, headers: opts.headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, ws: null });
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

/** A graphql-ws connection, acknowledged: returns the socket, the ack's payload and its close event to come. */
async function connect(port: number, cookie?: string) {
  const { status, ws } = await upgrade(port, { headers: cookie ? { cookie } : {} });
  if (!ws) throw new Error(`upgrade refused with ${status}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  for (let i = 0; i < 200 && !messages.some((m) => m.type === 'connection_ack'); i++) await sleep(10);
  const ack = messages.find((m) => m.type === 'connection_ack');
  if (!ack) throw new Error('no connection_ack');
  const subscribe = (id: string, query: string) => ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
  return { ws, ack, closed, messages, subscribe };
}

const closedWithin = <T>(closed: Promise<T>, ms = 5_000) => Promise.race([closed, sleep(ms).then(() => 'still open' as const)]);

const server = testServerForFile({ wsMaxConnectionsPerIp: 3 });

describe('WebSocket limits', () => {
  it('allows 50 connections per address and process unless configured otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test', SESSION_SECRET: 'x'.repeat(40) }).wsMaxConnectionsPerIp).toBe(50);
    expect(WS_LIMITS.maxSubscriptionsPerConnection).toBe(50);
    expect(WS_LIMITS.maxPayloadBytes).toBe(2 * 1024 * 1024);
  });

  it('closes a connection that sends a message larger than the HTTP body limit (2 MB) with 1009, logging one line', async () => {
    const warn = vi.spyOn(server.app.services.logger, 'warn');
    const { ws, closed } = await connect(server.port);
    const query = `{ __typename } # ${'x'.repeat(WS_LIMITS.maxPayloadBytes)}`;
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    expect(await closedWithin(closed)).toMatchObject({ code: 1009 });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ err: 'Max payload size exceeded' }), 'WebSocket closed: protocol error from the client');
    warn.mockRestore();
  });

  it('answers a large message under the limit as before: an error, and the connection stays', async () => {
    const { closed, messages, subscribe, ws } = await connect(server.port);
    subscribe('1', `{ __typename } # ${'x'.repeat(100_000)}`);
    for (let i = 0; i < 200 && !messages.some((m) => m.id === '1'); i++) await sleep(10);
    expect(JSON.stringify(messages.find((m) => m.id === '1'))).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(await closedWithin(closed, 300)).toBe('still open');
    ws.close();
  });

  it('closes a connection that opens a 51st subscription with 4429, after serving the first 50', async () => {
    const cookie = await sessionCookie(server.orm, server.config.sessionSecret, 'Mange');
    const { closed, messages, subscribe, ws } = await connect(server.port, cookie);
    for (let i = 1; i <= 50; i++) subscribe(String(i), 'subscription { notificationEvents { cursor } }');
    await sleep(500);
    expect(await closedWithin(closed, 10)).toBe('still open');
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    // Ending one makes room for another.
    ws.send(JSON.stringify({ id: '1', type: 'complete' }));
    await sleep(100);
    subscribe('50b', 'subscription { notificationEvents { cursor } }');
    expect(await closedWithin(closed, 300)).toBe('still open');

    const warn = vi.spyOn(server.app.services.logger, 'warn');
    subscribe('51', 'subscription { notificationEvents { cursor } }');
    expect(await closedWithin(closed)).toEqual({ code: WS_CLOSE.tooManySubscriptions, reason: 'Too many subscriptions' });
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ open: 51 }), 'WebSocket closed: too many subscriptions');
    warn.mockRestore();
  });

  it('refuses more open connections from one address than configured with 429, and takes one again when one closes', async () => {
    const open = await Promise.all([upgrade(server.port), upgrade(server.port), upgrade(server.port)]);
    expect(open.map((o) => o.status)).toEqual([101, 101, 101]);
    expect((await upgrade(server.port)).status).toBe(429);
    // Behind a local reverse proxy, the address it forwards counts.
    const proxied = await upgrade(server.port, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(proxied.status).toBe(101);
    const closing = new Promise((resolve) => open[0]!.ws!.once('close', resolve));
    open[0]!.ws!.close();
    await closing;
    await sleep(50);
    const again = await upgrade(server.port);
    expect(again.status).toBe(101);
    for (const ws of [again.ws, proxied.ws, open[1]!.ws, open[2]!.ws]) ws!.close();
    await sleep(50);
  });

  it('answers /healthz while a connection holds 50 subscriptions', async () => {
    const cookie = await sessionCookie(server.orm, server.config.sessionSecret, 'Helse');
    const { subscribe, ws } = await connect(server.port, cookie);
    for (let i = 1; i <= 50; i++) subscribe(String(i), 'subscription { notificationEvents { cursor } }');
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    ws.close();
    await sleep(50);
  });
});

describe('WebSocket Origin', () => {
  it('accepts the configured public origin and the page’s own origin (another name for this server)', async () => {
    const publicOrigin = new URL(server.config.publicUrl).origin;
    const viaPublic = await upgrade(server.port, { origin: publicOrigin });
    expect(viaPublic.status).toBe(101);
    // Opened at http://127.0.0.1:<port> rather than PUBLIC_URL: Origin and Host name the same server.
    const sameOrigin = await upgrade(server.port, { origin: `http://127.0.0.1:${server.port}` });
    expect(sameOrigin.status).toBe(101);
    viaPublic.ws!.close();
    sameOrigin.ws!.close();
    await sleep(50);
  });

  it('refuses every other origin with 403 and logs which', async () => {
    const warn = vi.spyOn(server.app.services.logger, 'warn');
    for (const origin of ['https://evil.example', `http://127.0.0.1:${server.port + 1}`, `http://127.0.0.1.evil.example:${server.port}`, 'null']) {
      expect((await upgrade(server.port, { origin })).status, origin).toBe(403);
      expect(warn).toHaveBeenCalledWith({ reqId: expect.any(String), origin, host: `127.0.0.1:${server.port}` }, 'WebSocket refused: origin not allowed');
    }
    warn.mockRestore();
  });
});

describe('while the database is away', () => {
  /** Closes the server's database connections and lets no new ones in, for as long as `during` runs. */
  async function withoutDatabase(during: () => Promise<void>) {
    const url = new URL(server.databaseUrl);
    const database = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      await admin.query(`alter database "${database}" allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
      await during();
    } finally {
      await admin.query(`alter database "${database}" allow_connections true`);
      await admin.end();
    }
  }

  it('refuses new connections with 503 (which clients retry) until LISTEN is back, then takes them', async () => {
    await withoutDatabase(async () => {
      // The change feed's own connection may learn of its end a moment after the pool's do (each backend
      // exits on its own), so wait for the refusal itself rather than for /healthz.
      let refused = await upgrade(server.port);
      for (let i = 0; i < 100 && refused.status !== 503; i++) {
        refused.ws?.close();
        await sleep(50);
        refused = await upgrade(server.port);
      }
      expect(refused.status).toBe(503);
    });
    let status = 0;
    for (let i = 0; i < 100 && status !== 101; i++) {
      const attempt = await upgrade(server.port);
      status = attempt.status;
      attempt.ws?.close();
      if (status !== 101) await sleep(100);
    }
    expect(status).toBe(101);
    const { ack, ws } = await connect(server.port);
    // The ack tells the client where the change feed is, for resuming live views that have seen no event yet.
    expect(ack.payload).toEqual({ cursor: expect.stringMatching(/^\d+$/) });
    ws.close();
  });

  it('closes an open connection with 1013 (try again later), not 4500, when an operation cannot reach the database', async () => {
    const cookie = await sessionCookie(server.orm, server.config.sessionSecret, 'Borte');
    const { closed, subscribe } = await connect(server.port, cookie);
    await withoutDatabase(async () => {
      subscribe('1', 'subscription { notificationEvents { cursor } }');
      expect(await closedWithin(closed)).toEqual({ code: WS_CLOSE.tryAgainLater, reason: 'Try again later' });
    });
  });
});
