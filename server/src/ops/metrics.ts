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
};

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
