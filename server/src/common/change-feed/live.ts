import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../schema.js';
import { UserInputError } from '../errors.js';
import { changesAfter, type ChangeRecord } from './change-feed.js';

export interface LiveOptions {
  pubSub: PubSub;
  em: EntityManager;
  topic: string;
  /** The last event id the client saw; events after it are replayed first. */
  after?: string | null;
  /** Whether the subscriber may receive this event; false ends the subscription. */
  allowed(event: ChangeRecord): Promise<boolean>;
  /** Events that change who may see the topic (a membership removed …): permission is checked anew on
   * these; between them the last answer stands, because the feed is ordered. */
  changesAccess?(event: ChangeRecord): boolean;
  /** Events this subscriber does not want (still counted for the cursor). */
  wanted?(event: ChangeRecord): boolean | Promise<boolean>;
}

/**
 * A subscription to one topic: first the events after the client's cursor, from the table, in order;
 * then live ones from this process's pubsub, with nothing missed in between (we listen before we read)
 * and nothing twice (live events at or below the last replayed id are dropped).
 */
export async function* replayThenLive(opts: LiveOptions): AsyncGenerator<ChangeRecord> {
  const after = parseCursor(opts.after);
  const live = opts.pubSub.subscribe(opts.topic)[Symbol.asyncIterator]();
  // The pubsub attaches its listener on the first next(): ask for it now, before reading the backlog.
  let pendingLive = live.next();
  let last = after ?? 0n;
  let access: boolean | null = null;
  const check = async (event: ChangeRecord) => {
    if (access === null || opts.changesAccess?.(event)) access = await opts.allowed(event);
    return access;
  };
  try {
    if (after !== null) {
      for (;;) {
        const backlog = await changesAfter(opts.em, opts.topic, last.toString());
        for (const event of backlog) {
          if (!(await check(event))) return;
          last = BigInt(event.id);
          if ((await opts.wanted?.(event)) ?? true) yield event;
        }
        if (backlog.length < 500) break;
      }
    }
    for (;;) {
      const { value, done } = await pendingLive;
      if (done) return;
      pendingLive = live.next();
      const event = value as ChangeRecord;
      if (BigInt(event.id) <= last) continue;
      if (!(await check(event))) return;
      last = BigInt(event.id);
      if ((await opts.wanted?.(event)) ?? true) yield event;
    }
  } finally {
    await live.return?.();
  }
}

function parseCursor(after: string | null | undefined): bigint | null {
  if (after == null || after === '') return null;
  if (!/^\d{1,19}$/.test(after)) throw UserInputError.field('after', 'validation/cursor_invalid');
  return BigInt(after);
}
