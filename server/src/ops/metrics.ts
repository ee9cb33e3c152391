import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry, type Metric } from 'prom-client';

/**
 * What `/metrics` reports (Prometheus text format), per server process: each process is its own scrape target
 * (the sums across processes are Prometheus's job). Counters and histograms are process-wide; gauges of an app's
 * own state (sockets, the database pool, the outbox) are read at scrape time by the collectors apps register.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const registers = [registry];

/** The series of these label values in `all`, made by `make` on first use. */
function seriesOf<L extends string, S>(all: Map<string, S>, labelNames: readonly L[], labels: Record<L, string>, make: () => S): S {
  const key = labelNames.map((n) => labels[n]).join('\u0000');
  let series = all.get(key);
  if (!series) all.set(key, (series = make()));
  return series;
}

/**
 * A histogram for what every request records (request durations, the pool wait). prom-client's Histogram hashes the
 * label object and makes a closure on every observation; this one counts into the arrays of a series the caller
 * keeps (`series(...)`, looked up once per label values), and the registry reads it at scrape time in prom-client's
 * text (the same lines as a prom-client Histogram: `_bucket` with `le` first, `_sum`, `_count`).
 */
export class HotHistogram<L extends string = never> {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly all = new Map<string, HotSeries>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly buckets: readonly number[],
    private readonly labelNames: readonly L[] = [],
  ) {
    registry.registerMetric(this as unknown as Metric);
  }

  /** The series of these label values, made on first use (keep it, or look it up by a key of your own). */
  series(labels: Record<L, string> = {} as Record<L, string>): HotSeries {
    return seriesOf(this.all, this.labelNames, labels, () => new HotSeries(this.buckets, { ...labels }));
  }

  /** prom-client's metric shape, read by the registry at each scrape. */
  get() {
    const values: { metricName: string; labels: Record<string, string | number>; value: number }[] = [];
    for (const s of this.all.values()) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => values.push({ metricName: `${this.name}_bucket`, labels: { le, ...s.labels }, value: (cumulative += s.counts[i]!) }));
      values.push({ metricName: `${this.name}_bucket`, labels: { le: '+Inf', ...s.labels }, value: s.count });
      values.push({ metricName: `${this.name}_sum`, labels: s.labels, value: s.sum });
      values.push({ metricName: `${this.name}_count`, labels: s.labels, value: s.count });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }
}

export class HotSeries {
  readonly counts: number[];
  sum = 0;
  count = 0;

  constructor(
    private readonly buckets: readonly number[],
    readonly labels: Record<string, string>,
  ) {
    this.counts = buckets.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.count++;
    const i = this.buckets.findIndex((le) => value <= le);
    if (i >= 0) this.counts[i]!++;
  }
}

/** A counter for what every request records, as HotHistogram: counted in a series the caller keeps, read at scrape time. */
export class HotCounter<L extends string> {
  readonly type = 'counter';
  readonly aggregator = 'sum';
  private readonly all = new Map<string, { labels: Record<string, string>; value: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labelNames: readonly L[],
  ) {
    registry.registerMetric(this as unknown as Metric);
  }

  /** The series of these label values, made on first use; `value++` counts. */
  series(labels: Record<L, string>): { value: number } {
    return seriesOf(this.all, this.labelNames, labels, () => ({ labels: { ...labels }, value: 0 }));
  }

  get() {
    return { name: this.name, help: this.help, type: this.type, values: [...this.all.values()], aggregator: this.aggregator };
  }
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** HTTP requests being answered now (the in-flight gauge reads it at each scrape). */
export const httpInFlight = { now: 0 };

const sessionLookups = new HotCounter('samhandling_session_lookups_total', "Signed-in requests' session lookups, answered from the process's cache (hit) or the database (miss).", ['result']);

export const metrics = {
  mailQueued: new Counter({ name: 'samhandling_mail_queued_total', help: 'Mails written to the outbox.', registers }),
  mailSent: new Counter({ name: 'samhandling_mail_sent_total', help: 'Mails the mail server (or dev mailbox) accepted.', registers }),
  mailDeferred: new Counter({ name: 'samhandling_mail_deferred_total', help: 'Failed send attempts that will be retried (mail server down or refusing for now).', registers }),
  mailFailed: new Counter({ name: 'samhandling_mail_failed_total', help: 'Mails given up: refused for good by the mail server, or still unsent after MAIL_MAX_AGE.', labelNames: ['reason'] as const, registers }),
  mailOutboxPending: new Gauge({ name: 'samhandling_mail_outbox_pending', help: 'Mails in the outbox not yet sent (all processes: read from the database).', registers }),
  mailOutboxOldestSeconds: new Gauge({ name: 'samhandling_mail_outbox_oldest_seconds', help: 'Age of the oldest unsent mail in the outbox.', registers }),

  httpRequests: new HotCounter('samhandling_http_requests_total', 'HTTP requests answered, by route group, method and status class.', ['route', 'method', 'status']),
  httpDuration: new HotHistogram('samhandling_http_request_duration_seconds', 'Time to answer an HTTP request, by route group.', SECONDS, ['route']),
  httpInFlight: new Gauge({
    name: 'samhandling_http_requests_in_flight',
    help: 'HTTP requests being answered now.',
    registers,
    // Counted in a plain number (httpInFlight below), read at scrape time.
    collect() {
      this.set(httpInFlight.now);
    },
  }),
  graphqlRequests: new HotCounter('samhandling_graphql_requests_total', 'GraphQL operations over HTTP, by operation name and type.', ['operation', 'type']),
  graphqlDuration: new HotHistogram('samhandling_graphql_request_duration_seconds', 'Time to answer a GraphQL operation over HTTP, by operation name and type.', SECONDS, ['operation', 'type']),
  graphqlErrors: new Counter({ name: 'samhandling_graphql_errors_total', help: 'GraphQL errors sent to clients (HTTP and WebSocket), by code.', labelNames: ['code'] as const, registers }),
  wsConnections: new Gauge({ name: 'samhandling_websocket_connections', help: 'Open WebSocket connections.', registers }),
  wsSubscriptions: new Gauge({ name: 'samhandling_websocket_subscriptions', help: 'Active GraphQL subscriptions over WebSocket.', registers }),
  changeFeedLag: new Histogram({ name: 'samhandling_change_feed_lag_seconds', help: "From the change event's insert (the end of the writing transaction, just before its commit; PostgreSQL's clock) to this process handing it to its subscribers (this machine's clock).", buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60], registers }),
  dbPool: new Gauge({ name: 'samhandling_db_pool_connections', help: 'Database pool connections: used, free, and acquisitions waiting.', labelNames: ['state'] as const, registers }),
  dbPoolWait: new HotHistogram('samhandling_db_pool_wait_seconds', 'Time a query waited for a pooled database connection.', [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]).series(),
  process: new Gauge({ name: 'samhandling_process', help: 'This server process (1), labelled with its pid: tells the processes behind one port apart.', labelNames: ['pid'] as const, registers }),
  sessionCache: { hit: sessionLookups.series({ result: 'hit' }), miss: sessionLookups.series({ result: 'miss' }) },
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
