import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { ExecutionArgs, ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { WebSocketServer } from 'ws';
import { isLocalRequest } from '../common/mail/dev-mailbox.js';
import type { Logger } from '../common/logger.js';
import { currentRequestId } from '../common/request-context.js';
import type { Config } from '../config.js';
import { addCollector, httpInFlight, metrics, scrape, type HotSeries } from './metrics.js';

/** Route groups for the HTTP metrics: the first path segment when it is one of ours, else `other` (the client's
 * pages and assets). A fixed set, so no request can add a time series. */
const ROUTES = new Set(['graphql', 'filer', 'healthz', 'metrics', 'konto', 'kalender', 'feeds', 'e-post', 'dev', 'assets']);
const routeOf = (path: string) => {
  const first = path.split('/')[1] ?? '';
  return ROUTES.has(first) ? first : 'other';
};

/** Counts and times every HTTP request; logs 5xx answers and slow ones (with the request id, as every line). The
 * per-request work is kept small (bench/cpu-pairs.ts, `Typename`): series looked up by a string, no label objects,
 * and the log line (with req.ip, which parses X-Forwarded-For) built only when it is written. */
export function httpMetrics(logger: Logger): express.RequestHandler {
  const durations = new Map<string, HotSeries>();
  const counts = new Map<string, { value: number }>();
  return (req, res, next) => {
    const started = performance.now();
    // Now: routers mounted on a path rewrite req.url while they handle it.
    const path = req.path;
    const route = routeOf(path);
    httpInFlight.now++;
    res.once('close', () => {
      httpInFlight.now--;
      const ms = performance.now() - started;
      const status = res.statusCode;
      const key = `${route} ${req.method} ${status}`;
      let count = counts.get(key);
      if (!count) counts.set(key, (count = metrics.httpRequests.series({ route, method: req.method, status: `${Math.floor(status / 100)}xx` })));
      count.value++;
      let duration = durations.get(route);
      if (!duration) durations.set(route, (duration = metrics.httpDuration.series({ route })));
      duration.observe(ms / 1000);
      const level = status >= 500 || ms > 1000 ? 'info' : 'debug';
      if (!logger.isLevelEnabled(level)) return;
      // Listeners run outside the request's context: the id is added here.
      logger[level]({ reqId: res.getHeader('X-Request-Id'), method: req.method, path, status, ms: Math.round(ms), ip: req.ip?.replace(/^::ffff:(?=\d+\.)/, '') }, 'request');
    });
    next();
  };
}

/** Operation names become label values: only plausible ones, and at most this many different ones per process
 * (a client can send any name; the rest are counted as `other`). */
const MAX_OPERATION_NAMES = 200;
const operationNames = new Set<string>();
function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
  if (operationNames.has(name)) return name;
  if (operationNames.size >= MAX_OPERATION_NAMES) return 'other';
  operationNames.add(name);
  return name;
}

/** The series of one operation name and type: looked up once per operation, not hashed per request. */
const graphqlSeries = new Map<string, { requests: { value: number }; duration: HotSeries }>();
function graphqlSeriesOf(operationName: string | null | undefined, type: string) {
  const operation = operationLabel(operationName);
  const key = `${operation} ${type}`;
  let series = graphqlSeries.get(key);
  if (!series) graphqlSeries.set(key, (series = { requests: metrics.graphqlRequests.series({ operation, type }), duration: metrics.graphqlDuration.series({ operation, type }) }));
  return series;
}

/** Requests and latency per GraphQL operation over HTTP, and the request id in every error's extensions. */
export const graphqlObservability: ApolloServerPlugin = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ operationName, operation, response }) {
        const series = graphqlSeriesOf(operationName, operation?.operation ?? 'unknown');
        series.requests.value++;
        series.duration.observe((performance.now() - started) / 1000);
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const requestId = currentRequestId();
        if (requestId) response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
      },
    };
  },
};

/** Counts every error that leaves the server by its code (the shape formatError gives it). */
export function countingErrors<A extends unknown[]>(format: (formatted: GraphQLFormattedError, ...rest: A) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, ...rest: A): GraphQLFormattedError => {
    const result = format(formatted, ...rest);
    metrics.graphqlErrors.inc({ code: typeof result.extensions?.code === 'string' ? result.extensions.code : 'UNKNOWN' });
    return result;
  };
}

/** Open WebSockets, counted as they open and close. */
export function countWebSockets(wsServer: WebSocketServer): void {
  wsServer.on('connection', (socket) => {
    metrics.wsConnections.inc();
    socket.once('close', () => metrics.wsConnections.dec());
  });
}

type Subscribe = (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;

/** Active subscriptions: from the start of the stream until it ends or the client (or a closed socket) returns it. */
export function countingSubscriptions(subscribe: Subscribe): Subscribe {
  return async (args) => {
    const result = await subscribe(args);
    if (!(Symbol.asyncIterator in result)) return result;
    metrics.wsSubscriptions.inc();
    let open = true;
    const end = () => {
      if (open) metrics.wsSubscriptions.dec();
      open = false;
    };
    const counted: AsyncIterableIterator<ExecutionResult> = {
      next: async () => {
        const step = await result.next();
        if (step.done) end();
        return step;
      },
      return: async (value?: unknown) => {
        end();
        return result.return ? result.return(value) : { done: true, value: undefined };
      },
      throw: async (error?: unknown) => {
        end();
        if (result.throw) return result.throw(error);
        throw error;
      },
      [Symbol.asyncIterator]() {
        return counted;
      },
    };
    return counted;
  };
}

/** The database pool's use, read at each scrape. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  on(event: 'acquireRequest' | 'acquireSuccess' | 'acquireFail', listener: (eventId: number) => void): void;
  removeListener(event: 'acquireRequest' | 'acquireSuccess' | 'acquireFail', listener: (eventId: number) => void): void;
}

/** The database pool's use at each scrape, and how long every acquisition waited (knex's tarn pool events). */
export function observePool(orm: { em: { getConnection(): { getKnex(): unknown } } }, max: number): () => void {
  const pool = (orm.em.getConnection().getKnex() as { client?: { pool?: TarnPool } }).client?.pool;
  const asked = new Map<number, number>();
  const onRequest = (id: number) => void asked.set(id, performance.now());
  const onDone = (id: number) => {
    const since = asked.get(id);
    asked.delete(id);
    if (since !== undefined) metrics.dbPoolWait.observe((performance.now() - since) / 1000);
  };
  const onFail = (id: number) => void asked.delete(id);
  pool?.on('acquireRequest', onRequest);
  pool?.on('acquireSuccess', onDone);
  pool?.on('acquireFail', onFail);
  const removeCollector = addCollector(() => {
    if (!pool) return;
    metrics.dbPool.set({ state: 'used' }, pool.numUsed());
    metrics.dbPool.set({ state: 'free' }, pool.numFree());
    metrics.dbPool.set({ state: 'waiting' }, pool.numPendingAcquires());
    metrics.dbPoolMax.set(max);
  });
  return () => {
    removeCollector();
    pool?.removeListener('acquireRequest', onRequest);
    pool?.removeListener('acquireSuccess', onDone);
    pool?.removeListener('acquireFail', onFail);
  };
}

const sameSecret = (given: string, expected: string) => {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
};

async function answerMetrics(res: express.Response | import('node:http').ServerResponse) {
  const { contentType, body } = await scrape();
  res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.end(body);
}

/**
 * `/metrics` on the app's port: with METRICS_TOKEN, for `Authorization: Bearer <token>`; without one, only to a
 * request made on this machine straight to the port (not through a proxy), like the dev mailbox. With METRICS_PORT
 * the metrics live on that internal port instead (metricsServer), and the app's port answers 404.
 */
export function serveMetrics(app: express.Express, config: Pick<Config, 'metricsToken' | 'metricsPort'>): void {
  app.get('/metrics', async (req, res) => {
    const token = config.metricsToken;
    const bearer = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    const allowed = config.metricsPort === undefined && (token ? !!bearer && sameSecret(bearer, token) : isLocalRequest(req));
    if (!allowed) {
      if (token && config.metricsPort === undefined) res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(token && config.metricsPort === undefined ? 401 : 404).type('text/plain').send(token && config.metricsPort === undefined ? 'Unauthorized' : 'Not found');
      return;
    }
    await answerMetrics(res);
  });
}

/** METRICS_PORT: a second listener with `/metrics` only (and the token, if one is set), for a network only Prometheus reaches. */
export async function startMetricsServer(config: Pick<Config, 'metricsToken' | 'metricsPort' | 'metricsHost'>, logger: Logger): Promise<Server | null> {
  if (config.metricsPort === undefined) return null;
  const server = createServer((req, res) => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics' || (config.metricsToken && !(bearer && sameSecret(bearer, config.metricsToken)))) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    answerMetrics(res).catch((err) => {
      logger.error({ err }, 'metrics failed');
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.metricsPort, config.metricsHost, () => resolve());
  });
  return server;
}
