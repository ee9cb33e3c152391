import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SessionSockets } from './common/auth/session-sockets.js';
import { subscribeSharingResults } from './common/change-feed/fan-out.js';
import { checkOperation, LIMITS } from './common/limits.js';
import type { Config } from './config.js';
import { clientAddressOf, compileTrust, requestIdFrom, requestScope } from './common/request-context.js';
import { countingSubscriptions } from './ops/observability.js';
import { createContext, type AppServices } from './context.js';

/**
 * What one client may hold open. Past the subscription cap the socket is closed with `WS_CLOSE.tooManySubscriptions`
 * (graphql-ws clients treat 4429 as final and do not reconnect in a loop); past the per-address cap the upgrade is
 * answered 429. A message over `maxPayloadBytes` is closed by `ws` with 1009, as HTTP answers 413 over 2 MB.
 */
export const WS_LIMITS = {
  maxPayloadBytes: LIMITS.maxBodyBytes,
  maxSubscriptionsPerConnection: 50,
  /** Server pings (ws level) every 12 s; a client that does not answer within the next 12 s is dropped. */
  keepAliveMs: 12_000,
};

/** Close codes we send. 1013 ("try again later") is one every graphql-ws client retries; 4500 it would not. */
export const WS_CLOSE = {
  tryAgainLater: 1013,
  tooManySubscriptions: 4429,
};

export interface LiveSocketServer {
  wsServer: WebSocketServer;
  /** Closes every socket with 1001 (clients reconnect elsewhere or later) and refuses new ones with 503. */
  dispose(): Promise<void>;
}

interface Options {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  services: AppServices;
  sessionSockets: SessionSockets;
  /** True while the database answers and LISTEN is active: before that, a subscription would miss events. */
  ready: () => boolean;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/**
 * graphql-ws on the HTTP server's port and path. A connection has a request id, as an HTTP request does (the proxy's
 * X-Request-Id on the upgrade, else a new one; answered in the same header): it is on every log line written while
 * one of its messages is handled (its operations and their live events included; a live result shared by several
 * subscribers, fan-out.ts, logs under the one whose delivery ran it) and in `extensions.requestId` of every error
 * sent over it, whose message names the operation by its own `id`. Every refusal is one a browser client retries,
 * except for a foreign origin: 503 while the server starts, stops or has lost its database (until LISTEN is back),
 * 1013 when the database fails under an open socket, 429 for too many sockets from one address.
 */
export function attachWebSocketServer(opts: Options): LiveSocketServer {
  const { httpServer, path, schema, services, sessionSockets, ready, formatError } = opts;
  const { config, logger, orm } = services;
  const originAllowed = originPolicy(config);
  const trust = compileTrust(config.trustProxy);
  const clientAddress = (req: IncomingMessage) => clientAddressOf(req, trust);
  const perAddress = new Map<string, number>();
  /** Each upgrade request's id, from verifyClient on. */
  const requestIds = new WeakMap<IncomingMessage, string>();
  const idOf = (req: IncomingMessage) => requestIds.get(req) ?? 'unknown';
  let stopping = false;

  const wsServer = new WebSocketServer({
    server: httpServer,
    path,
    maxPayload: WS_LIMITS.maxPayloadBytes,
    verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }, done: (ok: boolean, code?: number, message?: string, headers?: Record<string, string>) => void) => {
      const reqId = requestIdFrom(req.headers['x-request-id']);
      requestIds.set(req, reqId);
      // Browsers always send Origin; a page on another site must not ride on our users' cookies.
      if (origin && !originAllowed(origin, req.headers.host)) {
        logger.warn({ reqId, origin, host: req.headers.host }, 'WebSocket refused: origin not allowed');
        return done(false, 403, 'Origin not allowed', { 'X-Request-Id': reqId });
      }
      if (stopping || !ready()) return done(false, 503, 'Not ready, try again', { 'Retry-After': '2', 'X-Request-Id': reqId });
      const address = clientAddress(req);
      const open = perAddress.get(address) ?? 0;
      if (open >= config.wsMaxConnectionsPerIp) {
        logger.warn({ reqId, address, open }, 'WebSocket refused: too many connections from one address');
        return done(false, 429, 'Too many connections', { 'Retry-After': '30', 'X-Request-Id': reqId });
      }
      // Counted until the TCP connection closes, whether or not the handshake completes.
      perAddress.set(address, open + 1);
      req.socket.once('close', () => {
        const left = (perAddress.get(address) ?? 1) - 1;
        if (left > 0) perAddress.set(address, left);
        else perAddress.delete(address);
      });
      done(true);
    },
  });
  wsServer.on('headers', (headers, request) => void headers.push(`X-Request-Id: ${idOf(request)}`));
  wsServer.on('connection', (socket, request) => {
    const reqId = idOf(request);
    const inScope = requestScope(reqId);
    const opened = performance.now();
    sessionSockets.add(socket, request.headers.cookie);
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]) => {
      // Each message is handled in the connection's scope: graphql-ws's hooks, the operation, and what it awaits
      // (a subscription's deliveries) log with its id. Once per message; a delivered event costs nothing more.
      if (event === 'message') return inScope(() => emit(event, ...args));
      if (event !== 'error') return emit(event, ...args);
      // A client's protocol error (a message over maxPayload, a bad frame) is emitted on the socket after `ws` has
      // closed it with the right code (1009, 1002 …); graphql-ws would print it with a stack trace. One line is enough.
      logger.warn({ reqId, address: clientAddress(request), err: (args[0] as Error)?.message }, 'WebSocket closed: protocol error from the client');
      return true;
    }) as typeof socket.emit;
    // The WebSocket's counterpart of HTTP's `request` line (ops/observability.ts).
    socket.once('close', (code: number) => {
      if (logger.isLevelEnabled('debug')) logger.debug({ reqId, code, ms: Math.round(performance.now() - opened), ip: clientAddress(request) }, 'WebSocket closed');
    });
  });
  /** Errors sent over a connection carry its id, as HTTP's carry the request's (only when there are errors). */
  const formatErrors = (request: IncomingMessage, errors: readonly GraphQLError[]) => {
    const requestId = idOf(request);
    return errors.map((e) => {
      const formatted = formatError(e.toJSON(), e);
      return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    });
  };

  const cleanup = useServer<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>(
    {
      schema,
      // The ack carries the change feed's position now: a live view that has seen no event yet resumes from it
      // after a dropped connection, so what happened while it was away still arrives (client/src/app/apollo.ts).
      onConnect: async (ctx) => {
        try {
          const [row] = await orm.em.getConnection().execute<{ cursor: string }[]>('select coalesce(max(id), 0)::text as cursor from change_event');
          return { cursor: row!.cursor };
        } catch (err) {
          return tryAgainLater(ctx.extra.socket, err);
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        // The new operation is already in `ctx.subscriptions`.
        const open = Object.keys(ctx.subscriptions).length;
        if (open > WS_LIMITS.maxSubscriptionsPerConnection) {
          logger.warn({ address: clientAddress(ctx.extra.request), open, opId: id.slice(0, 64) }, 'WebSocket closed: too many subscriptions');
          ctx.extra.socket.close(WS_CLOSE.tooManySubscriptions, 'Too many subscriptions');
          return [new GraphQLError('Too many subscriptions', { extensions: { code: 'RATE_LIMITED' } })];
        }
        const checked = checkOperation(schema, payload.query);
        if ('errors' in checked) return checked.errors;
        // The upgrade request carries the session cookie: read per operation, so a logout applies at once. Made
        // here rather than in graphql-ws's `context`, whose failure would close with 4500, which clients never retry.
        let contextValue;
        try {
          contextValue = await createContext(services, { cookie: ctx.extra.request.headers.cookie });
        } catch (err) {
          tryAgainLater(ctx.extra.socket, err);
          return [new GraphQLError('Try again later', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
        }
        return { schema, document: checked.document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
      },
      subscribe: countingSubscriptions(subscribeSharingResults),
      onNext: (ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatErrors(ctx.extra.request, result.errors) } : undefined),
      onError: (ctx, _id, _payload, errors) => formatErrors(ctx.extra.request, errors),
    },
    wsServer,
    WS_LIMITS.keepAliveMs,
  );

  /** The database failed under an open socket: the client reconnects, and is refused with 503 until it is back. */
  function tryAgainLater(socket: WebSocket, err: unknown): false {
    logger.warn({ err: (err as Error).message }, 'WebSocket closed: database not answering, client will retry');
    socket.close(WS_CLOSE.tryAgainLater, 'Try again later');
    return false; // graphql-ws's own close (4403) finds the socket closing already
  }

  return {
    wsServer,
    dispose: async () => {
      stopping = true;
      await cleanup.dispose();
    },
  };
}

/**
 * The configured public origin (and Vite's in development), and the page's own origin: a page opened by another
 * name for this server (http://127.0.0.1:4000 beside http://localhost:4000) is same-origin, as in Action Cable
 * and Socket.IO. Any other site is refused. Host only: behind a TLS proxy the Host header has no scheme.
 */
export function originPolicy(config: Pick<Config, 'publicUrl' | 'nodeEnv'>): (origin: string, host: string | undefined) => boolean {
  const allowed = new Set([new URL(config.publicUrl).origin]);
  if (config.nodeEnv !== 'production') allowed.add('http://localhost:5173');
  return (origin, host) => {
    if (allowed.has(origin)) return true;
    try {
      return !!host && new URL(origin).host === host.toLowerCase();
    } catch {
      return false; // "null" and other opaque origins
    }
  };
}
