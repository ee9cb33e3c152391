import { ArgsType, Field, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Viewer } from '../auth/viewer.js';
import { UserInputError } from '../errors.js';
import { AccessGuard } from './access.js';
import { changesAfter } from './change-feed.js';
import { presenceTopic, type PresenceSnapshot } from './pubsub.js';
import type { ChangeRecord, Topic } from './topics.js';

export interface LiveOptions<T extends Topic> {
  topic: T;
  /** The last event id the client saw; events after it are replayed first. */
  after?: string | null;
  /**
   * Whether `viewer` may receive the topic's events, read from the database. Asked when the subscription starts
   * and again after every change of the viewer's access or an access-changing event on `accessTopics`
   * (AccessGuard); false ends the subscription before anything more is delivered.
   */
  allowed(viewer: Viewer): Promise<boolean>;
  /** Topics besides the viewer's own access topic whose access-changing events call for a new check (the group's own). */
  accessTopics?: Topic[];
  /** Events this subscriber does not want (still counted for the cursor). */
  wanted?(event: ChangeRecord<T>): boolean | Promise<boolean>;
}

/** The cursor every change-feed subscription takes; a subscription's own arguments extend it. */
@ArgsType()
export class AfterArgs {
  @Field(() => String, { nullable: true, description: 'The cursor of the last event received; what came after it is sent first.' })
  after?: string | null;
}

/**
 * A subscription's `subscribe` with its arguments as their `@ArgsType` class, as the resolver method gets them:
 * type-graphql hands `subscribe` the raw dictionary (GraphQL has checked the types already).
 */
export function subscribeWith<A extends object, R>(Args: new () => A, subscribe: (args: A, ctx: Context) => R): (data: SubscribeResolverData<unknown, object, Context>) => R {
  return ({ args, context }) => subscribe(Object.assign(new Args(), args), context);
}

/**
 * A subscription to one topic: first the events after the client's cursor, from the table, in order;
 * then live ones from this process's pubsub, with nothing missed in between (we listen before we read)
 * and nothing twice (live events at or below the last replayed id are dropped).
 */
export async function* replayThenLive<T extends Topic>(ctx: Pick<Context, 'pubSub' | 'em' | 'viewer'>, opts: LiveOptions<T>): AsyncGenerator<ChangeRecord<T>> {
  const after = parseCursor(opts.after);
  const guard = new AccessGuard(ctx, opts.accessTopics ?? [], opts.allowed);
  const live = ctx.pubSub.subscribe(opts.topic)[Symbol.asyncIterator]();
  // The pubsub attaches its listener on the first next(): ask for it now, before reading the backlog.
  let pendingLive = live.next();
  let last = after ?? 0n;
  try {
    if (!(await guard.check())) return;
    if (after !== null) {
      for (;;) {
        const backlog = await changesAfter(ctx.em, opts.topic, last.toString());
        for (const event of backlog) {
          if (!(await guard.check())) return;
          last = BigInt(event.id);
          if ((await opts.wanted?.(event)) ?? true) yield event;
        }
        if (backlog.length < 500) break;
      }
    }
    for (;;) {
      const step = await guard.until(pendingLive);
      if (step === null) {
        if (!(await guard.check())) return;
        continue;
      }
      const { value: event, done } = step;
      if (done) return;
      pendingLive = live.next();
      if (BigInt(event.id) <= last) continue;
      if (!(await guard.check())) return;
      last = BigInt(event.id);
      if ((await opts.wanted?.(event)) ?? true) yield event;
    }
  } finally {
    guard.close();
    await live.return?.();
  }
}

function parseCursor(after: string | null | undefined): bigint | null {
  if (after == null || after === '') return null;
  if (!/^\d{1,19}$/.test(after)) throw UserInputError.field('after', 'validation/cursor_invalid');
  return BigInt(after);
}

/** Errors that mean "the database connection went away" (restart, failover), not a bad query. */
function isConnectionLoss(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08006', '08003', '08001'].includes(e.code)) return true;
  return /Connection terminated|connection.*(closed|ended)|Client has encountered a connection error|timeout exceeded when trying to connect/i.test(e.message ?? '');
}

/**
 * Loads what a live event points to. An event can reach this process just as the database restarts; a
 * subscriber must then get the event whole, a moment late, rather than an error in place of the row.
 */
export async function loadForLiveEvent<T>(load: () => Promise<T>, attempts = 40, waitMs = 250): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await load();
    } catch (error) {
      if (i >= attempts || !isConnectionLoss(error)) throw error;
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

const shared = new Map<string, Promise<unknown>>();

/**
 * One load per live event and process, shared by every subscriber it is delivered to: a message fanned out to
 * 5 000 subscribers is read once, not 5 000 times (bench/ws-fanout.ts). Keyed by the event's cursor, so an
 * edit (a new event) is read afresh; kept for a few seconds, while the fan-out runs.
 */
export function sharedForLiveEvent<T>(cursor: string, what: string, load: () => Promise<T>): Promise<T> {
  const key = `${cursor}/${what}`;
  let pending = shared.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = loadForLiveEvent(load);
    shared.set(key, pending);
    const forget = () => shared.delete(key);
    pending.then(() => setTimeout(forget, 10_000).unref(), forget);
  }
  return pending;
}

/**
 * A presence subscription (a group's, the allocation board's): the viewer attends `room` and gets its snapshot,
 * then every change, for as long as `guard` lets them; they leave when it ends, however it ends.
 */
export async function* attendWhileAllowed(ctx: Pick<Context, 'pubSub' | 'presence' | 'viewer'>, room: string, guard: AccessGuard): AsyncGenerator<PresenceSnapshot> {
  const live = ctx.pubSub.subscribe(presenceTopic(room))[Symbol.asyncIterator]();
  let next = live.next();
  let leave: (() => void) | null = null;
  try {
    const user = ctx.viewer.requireUser();
    if (!(await guard.check())) return;
    leave = ctx.presence.attend(room, { id: user.id, name: user.name });
    yield ctx.presence.snapshot(room);
    for (;;) {
      const step = await guard.until(next);
      if (step?.done) return;
      if (step) next = live.next();
      if (!(await guard.check())) return;
      if (step) yield step.value;
    }
  } finally {
    leave?.();
    guard.close();
    await live.return?.();
  }
}
