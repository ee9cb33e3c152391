import { request } from 'node:http';
import { Writable } from 'node:stream';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../src/common/logger.js';
import { unsubscribeUrl } from '../src/common/mail/unsubscribe.js';
import { clientAddressOf, compileTrust } from '../src/common/request-context.js';
import { DEFAULT_POOL_SIZE, loadConfig } from '../src/config.js';
import { factories } from './factories.js';
import { freePort } from './server-process.js';
import { startTestServer, type TestServer } from './test-server.js';
import { collect, settled, wsClient } from './ws.js';

/** Log lines the server wrote, parsed. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('debug', false, stream) };
}

/** A GET with any headers (fetch cannot set Host). */
function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `localhost:${port}`, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('/metrics without a token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('answers a request made on this machine straight to the port, and 404 through a proxy', async () => {
    const direct = await get(server.port, '/metrics');
    expect(direct.status).toBe(200);
    expect(direct.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect((await get(server.port, '/metrics', { 'x-forwarded-for': '198.51.100.7' })).status).toBe(404);
    expect((await get(server.port, '/metrics', { host: 'samhandling.example.no' })).status).toBe(404);
  });

  it('reports operations, errors by code, WebSockets, subscriptions, change-feed lag, the pool and mail', async () => {
    const make = factories(server);
    const cookie = await make.cookieFor(await make.user());
    const before = (await get(server.port, '/metrics')).body;
    expect((await server.gql(`query Tellesjekk { municipalities { number } }`)).errors).toBeUndefined();
    expect((await server.gql(`query Feilsjekk { organisation(id: "finnes-ikke") { id } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { groupCreate } = (await server.gql<{ groupCreate: { id: string } }>(`mutation { groupCreate(input: { name: "Målegruppe", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`, {}, { cookie })).data!;
    const { threadCreate } = (await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Tråd", body: "Start") { id } }`, { g: groupCreate.id }, { cookie })).data!;
    const client = wsClient(server.port, cookie);
    const events = collect(client, `subscription($g: ID!) { groupEvents(groupId: $g) { type } }`, { g: groupCreate.id });
    await settled(client);
    await new Promise((r) => setTimeout(r, 100));
    const during = (await get(server.port, '/metrics')).body;
    expect(value(during, 'samhandling_websocket_connections')).toBe(1);
    expect(value(during, 'samhandling_websocket_subscriptions')).toBe(1);
    await server.gql(`mutation($t: ID!) { messagePost(threadId: $t, body: "Hei") { id } }`, { t: threadCreate.id }, { cookie });
    await events.waitFor(1);
    await client.dispose();
    await new Promise((r) => setTimeout(r, 100));

    const after = (await get(server.port, '/metrics')).body;
    expect(value(after, 'samhandling_graphql_requests_total{operation="Tellesjekk",type="query"}')).toBe(1);
    expect(after).toMatch(/^samhandling_graphql_request_duration_seconds_bucket\{le="\+Inf",operation="Tellesjekk",type="query"\} 1$/m);
    expect(value(after, 'samhandling_graphql_errors_total{code="NOT_FOUND"}')).toBe((value(before, 'samhandling_graphql_errors_total{code="NOT_FOUND"}') ?? 0) + 1);
    expect(value(after, 'samhandling_websocket_connections')).toBe(0);
    expect(value(after, 'samhandling_websocket_subscriptions')).toBe(0);
    expect(value(after, 'samhandling_change_feed_lag_seconds_count')).toBeGreaterThan(0);
    expect(value(after, 'samhandling_db_pool_connections{state="used"}')).toBeGreaterThanOrEqual(0);
    expect(value(after, 'samhandling_db_pool_max_connections')).toBe(DEFAULT_POOL_SIZE);
    expect(value(after, 'samhandling_db_pool_wait_seconds_count')).toBeGreaterThan(0);
    expect(value(after, `samhandling_process{pid="${process.pid}"}`)).toBe(1);
    expect(value(after, 'samhandling_http_requests_total{route="graphql",method="POST",status="2xx"}')).toBeGreaterThan(0);
    for (const name of ['samhandling_mail_queued_total', 'samhandling_mail_sent_total', 'samhandling_mail_outbox_pending', 'samhandling_http_requests_in_flight', 'process_cpu_seconds_total']) {
      expect(after, name).toMatch(new RegExp(`^${name} `, 'm'));
    }
  });
});

describe('/metrics with METRICS_TOKEN or on METRICS_PORT', () => {
  it('wants the bearer token', async () => {
    const server = await startTestServer({ metricsToken: 'et-langt-hemmelig-token' });
    try {
      expect((await get(server.port, '/metrics')).status).toBe(401);
      expect((await get(server.port, '/metrics', { authorization: 'Bearer feil-token-helt-feil' })).status).toBe(401);
      const ok = await get(server.port, '/metrics', { authorization: 'Bearer et-langt-hemmelig-token', 'x-forwarded-for': '198.51.100.7' });
      expect(ok.status).toBe(200);
      expect(ok.body).toContain('samhandling_http_requests_total');
    } finally {
      await server.close();
    }
  });

  it('serves them on the internal port only', async () => {
    const metricsPort = await freePort();
    const server = await startTestServer({ metricsPort, metricsHost: '127.0.0.1' });
    try {
      expect((await get(server.port, '/metrics')).status).toBe(404);
      const internal = await get(metricsPort, '/metrics');
      expect(internal.status).toBe(200);
      expect(internal.body).toContain('samhandling_graphql_requests_total');
      expect((await get(metricsPort, '/graphql')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('request ids', () => {
  const { lines, logger } = capturedLogger();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { logger });
  });
  afterAll(() => server.close());

  it('answers one in a header on every response and in every error, and writes it on every log line of the request', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ organisation(id: "x") { id } }' }) });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]!.extensions.requestId).toBe(id);

    // A proxy's id is kept; an implausible one is replaced.
    const fromProxy = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'nginx-5f2b9c1d7e' } });
    expect(fromProxy.headers.get('x-request-id')).toBe('nginx-5f2b9c1d7e');
    expect((await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'kort' } })).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    // Errors outside GraphQL: an upload refused, malformed JSON.
    const upload = await fetch(`${server.url}/filer/ressurser/x`, { method: 'POST' });
    expect(((await upload.json()) as { errors: { extensions: { requestId: string } }[] }).errors[0]!.extensions.requestId).toBe(upload.headers.get('x-request-id'));
    const malformed = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { extensions: { requestId: string } }[] }).errors[0]!.extensions.requestId).toBe(malformed.headers.get('x-request-id'));

    // A line written deep inside a request handler carries the id without being told.
    const make = factories(server);
    const user = await make.user();
    const link = unsubscribeUrl(server.url, server.config.sessionSecret, user.id);
    const unsubscribed = await fetch(link, { method: 'POST' });
    const reqId = unsubscribed.headers.get('x-request-id');
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.find((l) => l.msg === 'notification e-mail turned off from a List-Unsubscribe link')).toMatchObject({ reqId });
    expect(lines.find((l) => l.msg === 'request' && l.reqId === reqId)).toMatchObject({ method: 'POST', status: 200 });
    // Lines outside requests have none.
    expect(lines.some((l) => l.msg === 'request' && !l.reqId)).toBe(false);
  });
  it('gives each WebSocket connection one: answered on the upgrade, in every error sent over it, on the log lines of its operations', async () => {
    /** A plain graphql-ws client with `headers` on the upgrade; `id()` is the X-Request-Id the server answered. */
    const connect = (headers: Record<string, string> = {}) => {
      let answered: string | undefined;
      const client = createClient({
        url: `ws://127.0.0.1:${server.port}/graphql`,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {}, // the socket closed with 1013 below
        webSocketImpl: class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers });
            this.on('upgrade', (res) => (answered = res.headers['x-request-id'] as string));
          }
        },
      });
      return { client, id: () => answered };
    };
    type Errors = { message: string; extensions: { code: string; requestId: string } }[];
    /** The errors of one operation, whether they come in a result (`next`) or as graphql-ws's `error` message. */
    const errorsOf = (client: Client, query: string) =>
      new Promise<Errors>((resolve, reject) =>
        client.subscribe({ query }, { next: (v) => v.errors && resolve(v.errors as unknown as Errors), error: (e) => (Array.isArray(e) ? resolve(e as Errors) : reject(e)), complete: () => {} }),
      );

    const fromProxy = connect({ 'x-request-id': 'nginx-ws-5f2b9c1d7e' });
    // An execution error (in a result) and a validation error (an `error` message).
    const notFound = await errorsOf(fromProxy.client, '{ organisation(id: "x") { id } }');
    expect(notFound[0]!.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: 'nginx-ws-5f2b9c1d7e' });
    expect(fromProxy.id()).toBe('nginx-ws-5f2b9c1d7e');
    expect((await errorsOf(fromProxy.client, '{ finnesIkke }'))[0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'nginx-ws-5f2b9c1d7e' });
    await fromProxy.client.dispose();

    const own = connect();
    const first = (await errorsOf(own.client, '{ organisation(id: "x") { id } }'))[0]!.extensions.requestId;
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(own.id()).toBe(first);
    // A second operation on the same connection: the same id; another connection: another.
    expect((await errorsOf(own.client, '{ finnesIkke }'))[0]!.extensions.requestId).toBe(first);
    const other = connect();
    expect((await errorsOf(other.client, '{ organisation(id: "x") { id } }'))[0]!.extensions.requestId).not.toBe(first);
    await other.client.dispose();

    // A line written while an operation is handled, after an await and without being told: the database fails as
    // the operation's context is made, and the socket is closed for the client to retry.
    const fork = vi.spyOn(server.orm.em, 'fork').mockImplementationOnce(() => {
      throw new Error('databasen svarer ikke');
    });
    await errorsOf(own.client, '{ __typename }').catch(() => {});
    fork.mockRestore();
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.find((l) => l.msg === 'WebSocket closed: database not answering, client will retry')).toMatchObject({ reqId: first });
    expect(lines.find((l) => l.msg === 'WebSocket closed' && l.reqId === first)).toMatchObject({ code: 1013 });
    await own.client.dispose();
  });
});

describe('TRUST_PROXY', () => {
  const peer = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} }) as unknown as Parameters<typeof clientAddressOf>[0];

  it('believes X-Forwarded-For only as far as the configured proxies go', () => {
    const chain = '203.0.113.9, 198.51.100.7';
    // Default: a proxy on this machine; the address it saw is the client.
    expect(clientAddressOf(peer('127.0.0.1', chain), compileTrust('loopback'))).toBe('198.51.100.7');
    expect(clientAddressOf(peer('10.0.0.5', chain), compileTrust('loopback'))).toBe('10.0.0.5');
    // Two proxies in front (a load balancer, then nginx): the address the first one saw.
    expect(clientAddressOf(peer('10.0.0.5', chain), compileTrust(2))).toBe('203.0.113.9');
    expect(clientAddressOf(peer('10.0.0.5', chain), compileTrust('10.0.0.0/8'))).toBe('198.51.100.7');
    // No proxy: the header is anybody's.
    expect(clientAddressOf(peer('::ffff:192.0.2.4', chain), compileTrust(false))).toBe('192.0.2.4');
  });

  it('is read from the environment: a hop count, false or addresses; never true', () => {
    const base = { DATABASE_URL: 'postgres://u:p@localhost/db', SESSION_SECRET: 's'.repeat(32) };
    expect(loadConfig(base).trustProxy).toBe('loopback');
    expect(loadConfig({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback');
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'not-an-address' })).toThrow(/TRUST_PROXY/);
  });

  it('decides the address in logs and per-address limits', async () => {
    for (const [trustProxy, expected] of [['loopback', '198.51.100.7'], [false, '127.0.0.1']] as const) {
      const { lines, logger } = capturedLogger();
      const server = await startTestServer({ trustProxy }, { logger });
      try {
        const res = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-for': '198.51.100.7' } });
        const reqId = res.headers.get('x-request-id');
        await new Promise((r) => setTimeout(r, 50));
        expect(lines.find((l) => l.msg === 'request' && l.reqId === reqId), String(trustProxy)).toMatchObject({ ip: expected });
      } finally {
        await server.close();
      }
    }
  });
});
