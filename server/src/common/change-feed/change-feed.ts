import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from '../logger.js';
import { metrics } from '../../ops/metrics.js';
import { noteAccessChange } from './access.js';
import { PRESENCE_CHANNEL } from './presence.js';
import type { PubSub } from './pubsub.js';
import type { ChangeRecord, Topic } from './topics.js';

/** Recorded change events are NOTIFYed here (write.ts), the payload the last id: a wake-up call, see catchUp. */
export const CHANGE_CHANNEL = 'change_event';
/** A session row was deleted (migration 20261123120000's trigger); the payload is its token hash. */
export const SESSION_ENDED_CHANNEL = 'session_ended';
/** A user, their memberships or one of their sessions changed (migration 20261207100000's triggers); the payload is the user's id. */
export const VIEWER_CHANGED_CHANNEL = 'viewer_changed';

/**
 * A change_event row as a ChangeRecord. The table holds only what `recordChanges` wrote, checked against the topic
 * map when it was written, and the access trigger's `access.changed`: read back, a row is trusted to be what the map
 * says its topic carries. The id is read as text (a bigint: pg would hand it over as a string anyway); ordering and
 * comparing stay on the bigint column itself (as text, 100 would come before 99).
 */
const RECORD_COLUMNS = 'change_event.id::text as id, topic, type, payload, actor_id as "actorId", created_at as "createdAt"';

/** Change events on `topic` after the cursor, oldest first (the replay of a reconnecting subscriber). */
export function changesAfter<T extends Topic>(em: EntityManager, topic: T, after: string, limit = 500): Promise<ChangeRecord<T>[]> {
  return em.execute<ChangeRecord<T>[]>(`select ${RECORD_COLUMNS} from change_event where topic = ? and change_event.id > ? order by change_event.id limit ?`, [topic, after, limit]);
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
    /** Signals handed over as they come: on the presence channel (who is online or typing), ended sessions, changed
     * viewers, and whether LISTEN is active (`listening`: false when the connection is lost, true once it listens again). */
    private readonly signals: { presence?(payload: string): void; sessionEnded?(tokenHash: string): void; viewerChanged?(userId: string): void; listening?(active: boolean): void } = {},
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.connected) {
      this.connected = false;
      this.signals.listening?.(false);
    }
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
      await client.query(`LISTEN ${VIEWER_CHANGED_CHANNEL}`);
      if (this.lastId === null) {
        const { rows } = await client.query<{ max: string | null }>('select max(id)::text as max from change_event');
        this.lastId = rows[0]?.max ?? '0';
      }
      client.on('notification', (n) => {
        if (n.channel === CHANGE_CHANNEL) this.wake();
        else if (n.channel === PRESENCE_CHANNEL && n.payload) this.signals.presence?.(n.payload);
        else if (n.channel === SESSION_ENDED_CHANNEL && n.payload) this.signals.sessionEnded?.(n.payload);
        else if (n.channel === VIEWER_CHANGED_CHANNEL && n.payload) this.signals.viewerChanged?.(n.payload);
      });
      this.client = client;
      this.connected = true;
      this.signals.listening?.(true);
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
    this.signals.listening?.(false);
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
      // Named, so PostgreSQL parses and plans it once per connection: it runs after every write (0.1 ms of planning each).
      const { rows } = await client.query<ChangeRecord>({ name: 'change-feed-after', text: `select ${RECORD_COLUMNS} from change_event where change_event.id > $1 order by change_event.id limit 1000`, values: [this.lastId] });
      for (const record of rows) {
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
