import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import helmet from 'helmet';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { makeFormatError } from './common/errors.js';
import { createExpressServer } from './common/express-server.js';
import { subscriptionsOverWebSocketOnly } from './common/http-subscriptions.js';
import { documentTooLarge, parseOptions, validationRules } from './common/limits.js';
import type { Logger } from './common/logger.js';
import { clientDistDir } from './common/paths.js';
import { LoginLimiter } from './common/auth/login-limiter.js';
import { SessionSockets } from './common/auth/session-sockets.js';
import { ChangeFeedListener } from './common/change-feed/change-feed.js';
import { PRESENCE_CHANNEL, PresenceHub } from './common/change-feed/presence.js';
import { createChangePubSub } from './common/change-feed/pubsub.js';
import { activityFeedsRouter } from './modules/activities/feeds.js';
import { calendarRouter } from './modules/events/calendar.js';
import { grantFollowUpRouter } from './modules/grants/follow-up/files.js';
import { resourceFilesRouter } from './modules/resources/files.js';
import { grantFilesRouter } from './modules/grants/files.js';
import { settlementFilesRouter } from './modules/settlement/files.js';
import { adminAuditRouter } from './modules/moderation/audit-log.js';
import { accountExportRouter } from './modules/accounts/export.js';
import { createFileStorage } from './common/files/index.js';
import { createMailTransport, DevMailbox, type MailTransport } from './common/mail/mailer.js';
import { MailOutbox, type OutboxSettings } from './common/mail/outbox.js';
import { mailUnsubscribeRouter } from './modules/notifications/unsubscribe.js';
import { serveDevMailbox } from './common/mail/dev-mailbox.js';
import type { Config } from './config.js';
import { startJobs } from './jobs/index.js';
import { createContext, type AppServices, type Context } from './context.js';
import type { Orm } from './orm.js';
import { buildAppSchema } from './schema.js';
import { attachWebSocketServer } from './ws-server.js';
import { GracefulHttp } from './ops/graceful.js';
import { countingErrors, countWebSockets, graphqlObservability, httpMetrics, observePool, serveMetrics, startMetricsServer } from './ops/observability.js';
import { currentRequestId, requestIds } from './common/request-context.js';
import { sweepStaleUploads } from './common/uploads.js';
import { forgetSessionsOnWrites, SessionCache } from './common/auth/session-cache.js';
import type { PreparingPostgreSqlDriver } from './common/read-model/prepared-statements.js';

/** How long a stopping process waits for requests in flight and keep-alive connections (main.ts exits after 15 s). */
const DRAIN_GRACE_MS = 10_000;

export interface App {
  httpServer: Server;
  services: AppServices;
  schema: GraphQLSchema;
  apollo: ApolloServer<Context>;
  mailOutbox: MailOutbox;
  listen(port?: number): Promise<number>;
  /** Stops gracefully (ops/graceful.ts); `closeIdleAfterMs` for tests, where no client sends any more. */
  stop(opts?: { closeIdleAfterMs?: number }): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/** Express 5 + Apollo Server 5 over HTTP, graphql-ws on the same port and path, the built client at `/`. */
export async function createApp(opts: { config: Config; orm: Orm; logger: Logger; databaseUrl: string; mailTransport?: MailTransport; outbox?: Partial<OutboxSettings>; digestIntervalMs?: number }): Promise<App> {
  const { config, orm, logger } = opts;
  const mailTransport = opts.mailTransport ?? createMailTransport({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, mailDir: join(config.dataDir, 'mail'), logger, production: config.nodeEnv === 'production' });
  const mailer = new MailOutbox({ orm, transport: mailTransport, logger, publicUrl: config.publicUrl, secret: config.sessionSecret, settings: opts.outbox });
  mailer.start();
  const pubSub = createChangePubSub();
  const presence = new PresenceHub(pubSub, async (payload) => {
    await orm.em.getConnection().execute('select pg_notify(?, ?)', [PRESENCE_CHANNEL, payload]);
  });
  const sessionSockets = new SessionSockets(config.sessionSecret);
  const sessionCache = new SessionCache();
  const stopForgettingOnWrites = forgetSessionsOnWrites(orm.em.getDriver() as PreparingPostgreSqlDriver, sessionCache);
  const changeFeed = new ChangeFeedListener(opts.databaseUrl, pubSub, logger, {
    presence: (p) => presence.receive(p),
    sessionEnded: (hash) => sessionSockets.end(hash),
    viewerChanged: (userId) => sessionCache.forgetUser(userId),
    listening: (active) => sessionCache.setLive(active),
  });
  await changeFeed.start();
  const files = createFileStorage(config, logger);
  await files.check();
  void sweepStaleUploads(config.dataDir, logger);
  const services: AppServices = { orm, logger, config, mailer, pubSub, presence, loginLimiter: new LoginLimiter(orm), files, sessionCache };
  const schema = await buildAppSchema();
  const jobs = startJobs(
    { orm, mailer, logger, publicUrl: config.publicUrl, sessionSecret: config.sessionSecret },
    { 'event reminders and seat release': config.eventJobsSeconds * 1000, ...(opts.digestIntervalMs ? { 'notification digest': opts.digestIntervalMs } : {}) },
  );
  const formatError = countingErrors(makeFormatError(logger));
  const app = express();
  app.disable('x-powered-by');
  // req.ip: the client behind the proxies TRUST_PROXY names (default: a reverse proxy on this machine).
  app.set('trust proxy', config.trustProxy);
  app.use(requestIds(), httpMetrics(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Vue sets style attributes (v-show); no inline scripts are allowed anywhere.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", new URL(config.publicUrl).origin.replace(/^http/, 'ws')],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
      crossOriginEmbedderPolicy: false,
    }),
  );
  const httpServer = createExpressServer(app);
  const graceful = new GracefulHttp(httpServer, logger);

  const live = attachWebSocketServer({ httpServer, path: GRAPHQL_PATH, schema, services, sessionSockets, ready: () => changeFeed.connected, formatError });
  countWebSockets(live.wsServer);
  const stopObservingPool = observePool(orm, orm.config.get('pool')?.max ?? 0);
  const metricsServer = await startMetricsServer(config, logger);

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.nodeEnv !== 'production',
    hideSchemaDetailsFromClientErrors: true,
    validationRules,
    parseOptions,
    allowBatchedHttpRequests: false,
    // main.ts stops everything on SIGINT/SIGTERM in order; Apollo's own handler (outside NODE_ENV=test) stopped the
    // server under it and left that shutdown waiting for 15 s.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Draining HTTP and the WebSockets is GracefulHttp's, in stop() below.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // We send no cache hints; left on, it wraps every field resolver of the schema, which graphql-ws shares:
      // a tenth of the CPU of a fan-out to 1 000 subscribers (bench/ws-fanout.ts).
      ApolloServerPluginCacheControlDisabled(),
      subscriptionsOverWebSocketOnly,
      graphqlObservability,
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    // Stopping: a proxy's health check takes this process out (new connections are refused already).
    if (graceful.draining) return void res.status(503).json({ status: 'stopping' });
    try {
      await orm.em.getConnection().execute('select 1');
      // Up but not yet LISTENing again (after a database restart): live updates would be missed.
      if (!changeFeed.connected) {
        res.status(503).json({ status: 'degraded', database: 'up', changeFeed: 'reconnecting' });
        return;
      }
      res.json({ status: 'ok', database: 'up' });
    } catch (err) {
      logger.warn({ err }, 'health check: database not answering');
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '2mb' }),
    // Same document size limit as over WebSocket, before any parsing.
    (req, res, next) => {
      const tooLarge = documentTooLarge(typeof req.body?.query === 'string' ? req.body.query : undefined);
      if (tooLarge) return void res.status(400).json({ errors: [tooLarge.toJSON()] });
      next();
    },
    expressMiddleware(apollo, { context: ({ req, res }) => createContext(services, { cookie: req.headers.cookie, http: { req, res } }) }),
  );

  serveMetrics(app, config);
  app.use(calendarRouter(services));
  app.use(activityFeedsRouter(services));
  app.use(resourceFilesRouter(services));
  app.use(grantFilesRouter(services));
  app.use(grantFollowUpRouter(services));
  app.use(settlementFilesRouter(services));
  app.use(adminAuditRouter(services));
  app.use(accountExportRouter(services));
  app.use(mailUnsubscribeRouter(services));
  if (config.nodeEnv !== 'production' && mailTransport instanceof DevMailbox) {
    // What is still in the outbox is written first: the page shows every mail sent so far.
    serveDevMailbox(app, { list: async (to) => (await mailer.drain(), mailTransport.list(to)) });
  }
  serveClient(app);

  // Malformed JSON and oversized bodies are the caller's mistake: answer 4xx in GraphQL's error shape.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, 'unhandled HTTP error');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    const message = status === 500 ? 'Internal server error' : err.type === 'entity.parse.failed' ? 'Malformed JSON body' : err.message;
    res.status(status).json({ errors: [new GraphQLError(message, { extensions: { code, requestId: currentRequestId() } }).toJSON()] });
  });

  return {
    httpServer,
    services,
    schema,
    apollo,
    mailOutbox: mailer,
    listen: (port = config.port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: async (stopOpts = {}) => {
      jobs.stop();
      presence.stop();
      // Stop accepting, close WebSockets with 1001, answer what is in flight (ops/graceful.ts).
      await graceful.drain({ graceMs: DRAIN_GRACE_MS, closeLive: () => live.dispose(), closeIdleAfterMs: stopOpts.closeIdleAfterMs });
      await apollo.stop();
      live.wsServer.close();
      await mailer.stop();
      await changeFeed.stop();
      stopForgettingOnWrites();
      stopObservingPool();
      metricsServer?.close();
    },
  };
}

/** The built Vue client, with history-mode routing: unknown GET paths get index.html. */
function serveClient(app: express.Express) {
  const index = join(clientDistDir, 'index.html');
  app.use(express.static(clientDistDir, { index: false, maxAge: '1h' }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' || req.path.startsWith(GRAPHQL_PATH)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The client is not built. Run `npm run build` (npm start does it for you).');
      return;
    }
    res.sendFile(index, { headers: { 'Cache-Control': 'no-cache' } });
  });
}
