import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { metrics } from '../../ops/metrics.js';
import type { PubSub } from '../../schema.js';
import { noteAccessChange } from './access.js';
import { PRESENCE_CHANNEL } from './presence.js';

export const CHANGE_CHANNEL = 'change_event';
/** A session row was deleted (migration 20261123120000's trigger); the payload is its token hash. */
export const SESSION_ENDED_CHANNEL = 'session_ended';
// Any constant: the advisory lock that makes change_event ids commit in the order they are handed out.
const ORDER_LOCK = 7_240_501;

export interface ChangeRecord {
  id: string;
  topic: string;
  type: string;
  payload: Record<string, unknown>;
  actorId: string | null;
  createdAt: Date;
}

export interface NewChange {
  topic: string;
  type: string;
  payload: Record<string, unknown>;
  actorId?: string | null;
}

/**
 * Writes change events inside the caller's transaction and NOTIFYs the last id (delivered on commit only,
 * so a rolled-back change is never announced). The transaction-scoped advisory lock makes writers of
 * change events commit one after another, so a larger id is never visible before a smaller one and an
 * `after` cursor can never skip an event. Call it last in the transaction: the lock is held until commit.
 */
export async function recordChanges(em: EntityManager, changes: NewChange[]): Promise<ChangeRecord[]> {
  if (!changes.length) return [];
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  if (!ctx) throw new Error('recordChanges must run inside a transaction');
  // One round trip however many changes (a reply to a busy thread tells dozens of people): the rows travel as
  // one JSON parameter and get their ids in its order.
  const inserted = await conn.execute<{ id: string; created_at: Date }[]>(
    `with ${changeEventCtes(`jsonb_to_recordset(?::jsonb) as ${CHANGE_COLUMNS}`)}
     select id, created_at from inserted, notified order by id`,
    [JSON.stringify(changes.map((c) => ({ topic: c.topic, type: c.type, payload: c.payload, actor_id: c.actorId ?? null })))],
    'all',
    ctx,
  );
  return changes.map((c, j): ChangeRecord => ({ id: String(inserted[j]!.id), topic: c.topic, type: c.type, payload: c.payload, actorId: c.actorId ?? null, createdAt: inserted[j]!.created_at }));
}

/** The columns of a change event as a row source's alias (`jsonb_to_recordset(?) as ${CHANGE_COLUMNS}`). */
export const CHANGE_COLUMNS = 'x(topic text, type text, payload jsonb, actor_id uuid)';

/**
 * The CTEs that record the change events `source` yields (topic, type, payload, actor_id, as alias `x`) and
 * NOTIFY the last id: `inserted` (id, created_at, in the source's order) and `notified`, which the statement's
 * own select must read (a select CTE nobody reads never runs). The lock is taken before any id is handed out
 * (the insert's rows need it). `after` names a CTE that writes the rows this change is about: it runs first,
 * so that a statement writing and recording at once takes its row locks before the order lock, as a
 * transaction calling recordChanges last does, and the two never wait for each other in a circle.
 */
export function changeEventCtes(source: string, after?: string): string {
  return `ordered as (select pg_advisory_xact_lock(${ORDER_LOCK}) as locked${after ? ` from (select count(*) from ${after}) written` : ''}),
          inserted as (insert into change_event (topic, type, payload, actor_id)
                       select x.topic, x.type, x.payload, x.actor_id from ordered, ${source}
                       returning id, created_at),
          notified as (select pg_notify('${CHANGE_CHANNEL}', (select max(id) from inserted)::text) as sent)`;
}

/** Change events on `topic` after the cursor, oldest first (the replay of a reconnecting subscriber). */
export async function changesAfter(em: EntityManager, topic: string, after: string, limit = 500): Promise<ChangeRecord[]> {
  const rows = await em.execute<{ id: string; topic: string; type: string; payload: Record<string, unknown>; actor_id: string | null; created_at: Date }[]>(
    'select id, topic, type, payload, actor_id, created_at from change_event where topic = ? and id > ? order by id limit ?',
    [topic, after, limit],
  );
  return rows.map(toRecord);
}

function toRecord(r: { id: string; topic: string; type: string; payload: Record<string, unknown>; actor_id: string | null; created_at: Date }): ChangeRecord {
  return { id: String(r.id), topic: r.topic, type: r.type, payload: r.payload, actorId: r.actor_id, createdAt: r.created_at };
}

/**
 * Each server process LISTENs on one dedicated connection, loads every notified change event and
 * publishes it to its own subscribers under the event's topic. After the connection drops (a database
 * restart) it reconnects with backoff and first publishes what was committed meanwhile, so live
 * subscribers of this process miss nothing either.
 */
export class ChangeFeedListener {
  private client: pg.Client | null = null;
  private lastId: string | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private queue: Promise<void> = Promise.resolve();
  private catchUpScheduled = false;
  /** True while LISTEN is active; /healthz reports it. */
  connected = false;

  constructor(
    private readonly url: string,
    private readonly pubSub: PubSub,
    private readonly logger: Logger,
    /** Signals handed over as they come: on the presence channel (who is online or typing), and ended sessions. */
    private readonly signals: { presence?(payload: string): void; sessionEnded?(tokenHash: string): void } = {},
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.queue;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(attempt = 0): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
      await client.query(`LISTEN ${SESSION_ENDED_CHANNEL}`);
      if (this.lastId === null) {
        const { rows } = await client.query<{ max: string | null }>('select max(id)::text as max from change_event');
        this.lastId = rows[0]?.max ?? '0';
      }
      client.on('notification', (n) => {
        if (n.channel === CHANGE_CHANNEL) this.wake();
        else if (n.channel === PRESENCE_CHANNEL && n.payload) this.signals.presence?.(n.payload);
        else if (n.channel === SESSION_ENDED_CHANNEL && n.payload) this.signals.sessionEnded?.(n.payload);
      });
      this.client = client;
      this.connected = true;
      if (attempt > 0) this.logger.info('change feed: LISTEN resumed');
      this.wake(); // whatever committed while we were away
    } catch (err) {
      await client.end().catch(() => undefined);
      if (this.stopped) return;
      const delay = Math.min(30_000, 250 * 2 ** attempt);
      this.logger.warn({ err: (err as Error).message, retryInMs: delay }, 'change feed: cannot LISTEN yet');
      this.retry = setTimeout(() => void this.connect(attempt + 1), delay);
    }
  }

  private lost(client: pg.Client, err?: Error) {
    if (client !== this.client || this.stopped) return;
    this.client = null;
    this.connected = false;
    this.logger.warn({ err: err?.message }, 'change feed: connection lost, reconnecting');
    void client.end().catch(() => undefined);
    this.retry = setTimeout(() => void this.connect(1), 250);
  }

  /** Notifications are only a wake-up call: events are read by id, in order, from the last one seen. The id
   * stays a bigint in the query (pg hands it over as a string): ordered as text, 100 came before 99. */
  private async catchUp(): Promise<void> {
    const client = this.client;
    if (!client) return;
    for (;;) {
      const { rows } = await client.query('select id, topic, type, payload, actor_id, created_at from change_event where id > $1 order by id limit 1000', [this.lastId]);
      for (const row of rows) {
        const record = toRecord(row);
        this.lastId = record.id;
        metrics.changeFeedLag.observe(Math.max(0, Date.now() - record.createdAt.getTime()) / 1000);
        noteAccessChange(this.pubSub, record);
        this.pubSub.publish(record.topic, record);
      }
      if (rows.length < 1000) return;
    }
  }

  /** A burst of notifications costs one catch-up query, not one each. */
  private wake() {
    if (this.catchUpScheduled) return;
    this.catchUpScheduled = true;
    this.enqueue(async () => {
      this.catchUpScheduled = false;
      await this.catchUp();
    });
  }

  private enqueue(task: () => Promise<void>) {
    this.queue = this.queue.then(task).catch((err) => this.logger.error({ err }, 'change feed: catch-up failed'));
  }
}
