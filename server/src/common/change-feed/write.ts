import type { EntityManager } from '@mikro-orm/postgresql';
import { sendMail, type Context } from '../../context.js';
import type { MailMessage } from '../mail/mailer.js';
import { CHANGE_CHANNEL } from './change-feed.js';
import type { ChangeRecord, ChangeType, NewChange } from './topics.js';

/**
 * Writing with change events: the one place that does it. A change others should see is recorded in the
 * transaction that makes it (so a rolled-back change is never announced) and NOTIFYed on commit. Three ways, by
 * who owns the transaction:
 *
 * 1. `writeAndRecord(ctx, work)`: a resolver's write, the usual case. `work` runs in a new transaction and
 *    pushes its changes (the viewer is their actor) and mails; changes are recorded last, mails sent after the
 *    commit.
 * 2. `recordChanges(tx, changes)`: inside a transaction you already hold, without a viewer (hourly jobs that
 *    lock a row first, a write with its own transaction shape). Call it last in the transaction.
 * 3. `recordInStatement(…)`: a hot write that is a single statement outside any transaction (a message post:
 *    group/message.service.ts), whose changes are about the rows that very statement inserts. Use it only
 *    where a transaction's round trips would make writers queue behind a row lock.
 *
 * All three take the same advisory lock before any change_event id is handed out, so ids commit in order and a
 * subscriber's `after` cursor never skips an event (live.ts); what a change carries is checked against the
 * topic map (topics.ts).
 */

// Any constant: the advisory lock that makes change_event ids commit in the order they are handed out.
const ORDER_LOCK = 7_240_501;

export type Work<T> = (tx: EntityManager, changes: NewChange[], mails: MailMessage[]) => Promise<T>;

/**
 * Way 1: `work` runs in a transaction and collects change events (recorded last, so their ids commit in order,
 * with the viewer as their actor unless given) and mails (sent only after the commit, so a rolled-back change
 * never mails anyone).
 */
export async function writeAndRecord<T>(ctx: Context, work: Work<T>): Promise<T> {
  const mails: MailMessage[] = [];
  const result = await ctx.em.transactional(async (em) => {
    const tx = em as EntityManager;
    const changes: NewChange[] = [];
    const r = await work(tx, changes, mails);
    await tx.flush();
    await recordChanges(tx, changes.map((c) => ({ actorId: ctx.viewer.id, ...c })));
    return r;
  });
  for (const m of mails) await sendMail(ctx, m);
  return result;
}

/**
 * Way 2: writes change events inside the caller's transaction and NOTIFYs the last id (delivered on commit only).
 * The transaction-scoped advisory lock makes writers of change events commit one after another, so a larger id is
 * never visible before a smaller one. Call it last in the transaction: the lock is held until commit.
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
    [changesParam(changes, null)],
    'all',
    ctx,
  );
  // Object.assign, not a spread: docs/design.md, "Per-request code".
  return changes.map((c, j): ChangeRecord => Object.assign({}, c, { id: String(inserted[j]!.id), actorId: c.actorId ?? null, createdAt: inserted[j]!.created_at }));
}

/**
 * Changes a statement derives from rows it writes itself, one per row of `from`: `topic`, `payload` (jsonb) and
 * `actorId` (uuid) are SQL over those rows, their `?`s bound by `params` in the order they are written (topic,
 * payload, actorId, from). The type is checked against the topic map; the payload's keys are the caller's word.
 */
export interface RowChanges {
  type: ChangeType;
  topic: string;
  payload: string;
  actorId: string;
  from: string;
  params: unknown[];
}

/**
 * Way 3: the CTEs that record, from inside one statement, the changes `given` (their actor `actorId` unless
 * given) and then those `fromRows` derive, in that order. Put `ctes` after the statement's own (`with …, ${ctes}`),
 * append `params` after the statement's own, and read `notified` in the final select (a CTE nobody reads never
 * runs: `select … from m, notified`). `after` names the CTE that writes the rows the changes are about: it runs
 * first, so the statement takes its row locks before the order lock, as a transaction calling recordChanges last
 * does, and the two never wait for each other in a circle.
 */
export function recordInStatement(opts: { given?: NewChange[]; actorId: string | null; fromRows?: RowChanges[]; after?: string }): { ctes: string; params: unknown[] } {
  const rows = opts.fromRows ?? [];
  const source = [
    `select * from jsonb_to_recordset(?::jsonb) as ${CHANGE_COLUMNS}`,
    // The type is one of the map's names (a-z, dots and underscores): written in, as the statement's other constants.
    ...rows.map((r) => `select ${r.topic}, '${r.type}', ${r.payload}, ${r.actorId} from ${r.from}`),
  ];
  return {
    ctes: `changes as (${source.join('\n union all ')}),\n${changeEventCtes('changes x', opts.after)}`,
    params: [changesParam(opts.given ?? [], opts.actorId), ...rows.flatMap((r) => r.params)],
  };
}

/** Changes as the one JSON parameter `jsonb_to_recordset(?::jsonb) as ${CHANGE_COLUMNS}` reads. */
function changesParam(changes: NewChange[], actorId: string | null): string {
  return JSON.stringify(changes.map((c) => ({ topic: c.topic, type: c.type, payload: c.payload, actor_id: c.actorId ?? actorId })));
}

/** The columns of a change event as a row source's alias. */
const CHANGE_COLUMNS = 'x(topic text, type text, payload jsonb, actor_id uuid)';

/**
 * The CTEs that record the change events `source` yields (topic, type, payload, actor_id, as alias `x`) and
 * NOTIFY the last id: `inserted` (id, created_at, in the source's order) and `notified`. The lock is taken
 * before any id is handed out (the insert's rows need it); `after`: see recordInStatement.
 */
function changeEventCtes(source: string, after?: string): string {
  // created_at is the clock at the insert, not the column's default now() (the transaction's start): the change-feed
  // lag metric counts from it, and a transaction that worked or waited for the order lock for a second is not a
  // second of delivery lag. The insert comes last, after the lock, so this is the commit less one round trip (none
  // for recordInStatement's single statement). The commit itself is not stamped: pg_xact_commit_timestamp needs
  // track_commit_timestamp, a server setting an external PostgreSQL may not have. It also makes created_at grow
  // with the id (ids are handed out under the lock), which now() did not.
  return `ordered as (select pg_advisory_xact_lock(${ORDER_LOCK}) as locked${after ? ` from (select count(*) from ${after}) written` : ''}),
          inserted as (insert into change_event (topic, type, payload, actor_id, created_at)
                       select x.topic, x.type, x.payload, x.actor_id, clock_timestamp() from ordered, ${source}
                       returning id, created_at),
          notified as (select pg_notify('${CHANGE_CHANNEL}', (select max(id) from inserted)::text) as sent)`;
}
