import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * What `/metrics` reports (Prometheus text format), per server process: each process is its own scrape target
 * (the sums across processes are Prometheus's job). Counters and histograms are process-wide; gauges of an app's
 * own state (sockets, the database pool, the outbox) are read at scrape time by the collectors apps register.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const registers = [registry];

export const metrics = {
  mailQueued: new Counter({ name: 'samhandling_mail_queued_total', help: 'Mails written to the outbox.', registers }),
  mailSent: new Counter({ name: 'samhandling_mail_sent_total', help: 'Mails the mail server (or dev mailbox) accepted.', registers }),
  mailDeferred: new Counter({ name: 'samhandling_mail_deferred_total', help: 'Failed send attempts that will be retried (mail server down or refusing for now).', registers }),
  mailFailed: new Counter({ name: 'samhandling_mail_failed_total', help: 'Mails given up: refused for good by the mail server, or still unsent after MAIL_MAX_AGE.', labelNames: ['reason'] as const, registers }),
  mailOutboxPending: new Gauge({ name: 'samhandling_mail_outbox_pending', help: 'Mails in the outbox not yet sent (all processes: read from the database).', registers }),
  mailOutboxOldestSeconds: new Gauge({ name: 'samhandling_mail_outbox_oldest_seconds', help: 'Age of the oldest unsent mail in the outbox.', registers }),

  httpRequests: new Counter({ name: 'samhandling_http_requests_total', help: 'HTTP requests answered, by route group, method and status class.', labelNames: ['route', 'method', 'status'] as const, registers }),
  httpDuration: new Histogram({ name: 'samhandling_http_request_duration_seconds', help: 'Time to answer an HTTP request, by route group.', labelNames: ['route'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers }),
  httpInFlight: new Gauge({ name: 'samhandling_http_requests_in_flight', help: 'HTTP requests being answered now.', registers }),
  graphqlRequests: new Counter({ name: 'samhandling_graphql_requests_total', help: 'GraphQL operations over HTTP, by operation name and type.', labelNames: ['operation', 'type'] as const, registers }),
  graphqlDuration: new Histogram({ name: 'samhandling_graphql_request_duration_seconds', help: 'Time to answer a GraphQL operation over HTTP, by operation name and type.', labelNames: ['operation', 'type'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers }),
  graphqlErrors: new Counter({ name: 'samhandling_graphql_errors_total', help: 'GraphQL errors sent to clients (HTTP and WebSocket), by code.', labelNames: ['code'] as const, registers }),
  wsConnections: new Gauge({ name: 'samhandling_websocket_connections', help: 'Open WebSocket connections.', registers }),
  wsSubscriptions: new Gauge({ name: 'samhandling_websocket_subscriptions', help: 'Active GraphQL subscriptions over WebSocket.', registers }),
  changeFeedLag: new Histogram({ name: 'samhandling_change_feed_lag_seconds', help: 'From the writing transaction to this process handing the change event to its subscribers.', buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60], registers }),
  dbPool: new Gauge({ name: 'samhandling_db_pool_connections', help: 'Database pool connections: used, free, and acquisitions waiting.', labelNames: ['state'] as const, registers }),
  dbPoolWait: new Histogram({ name: 'samhandling_db_pool_wait_seconds', help: 'Time a query waited for a pooled database connection.', buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers }),
  process: new Gauge({ name: 'samhandling_process', help: 'This server process (1), labelled with its pid: tells the processes behind one port apart.', labelNames: ['pid'] as const, registers }),
  dbPoolMax: new Gauge({ name: 'samhandling_db_pool_max_connections', help: 'The database pool size limit.', registers }),
};

metrics.process.set({ pid: String(process.pid) }, 1);

/** Collectors run before each scrape (they set gauges from an app's state); an app adds its own and removes them when it stops. */
const collectors = new Set<() => Promise<void> | void>();

export function addCollector(collect: () => Promise<void> | void): () => void {
  collectors.add(collect);
  return () => void collectors.delete(collect);
}

/** The text `/metrics` answers. A failing collector leaves its gauges as they were, rather than failing the scrape. */
export async function scrape(): Promise<{ contentType: string; body: string }> {
  await Promise.all([...collectors].map((c) => Promise.resolve().then(c).catch(() => undefined)));
  return { contentType: registry.contentType, body: await registry.metrics() };
}

export { Counter, Gauge, Histogram };
