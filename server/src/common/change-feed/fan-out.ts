import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../../context.js';
import { createMemo } from '../read-model/memo.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * graphql-ws executes a subscription's selection once per subscriber and event. A message in a large group
 * reaches thousands of subscribers of the same document, and most of them get the same answer: executing it
 * thousands of times was most of a fan-out's CPU (bench/ws-fanout.ts). So an event is executed once per
 * document, variables and platform role, and the result goes to every such subscriber, unless that execution
 * read who is asking (any context field but the shared services below, e.g. `viewer` for `viewerCan` or an
 * e-mail address): then every subscriber runs its own, as before. Who may receive the event at all is still
 * decided per subscriber, before the event reaches this (`replayThenLive`'s `allowed`).
 */
export async function subscribeSharingResults(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const ctx = args.contextValue as Context;
  const operation = JSON.stringify([print(args.document), args.variableValues ?? null, args.operationName ?? null]);
  // The auth checker's answer depends on the platform role only (auth-checker.ts): part of the key, read per event
  // because a live subscription's viewer is replaced when their access changes (AccessGuard).
  return mapEvents(stream, (event) => resultFor(args, `${operation}/${ctx.viewer.platformRole ?? ''}`, event));
}

/** Context fields that are the same whoever asks (`then`: type-graphql asks every argument whether it is a
 * promise; a context never is). `memo` is replaced by a fresh one per execution. */
const SHARED_SERVICES = new Set<PropertyKey>(['em', 'pubSub', 'presence', 'logger', 'config', 'mailer', 'loginLimiter', 'then']);
const VIEWER_FOR_AUTH = Symbol('viewer for the auth checker');

/** The viewer for `@Authorized` checks, which do not make a result personal (the role is in the key). */
export function viewerForAuth(ctx: Context): Viewer {
  return (ctx as Context & { [VIEWER_FOR_AUTH]?: Viewer })[VIEWER_FOR_AUTH] ?? ctx.viewer;
}

interface Outcome {
  result: ExecutionResult;
  personal: boolean;
}

const executions = new WeakMap<object, Map<string, Promise<Outcome>>>();
/** How many live-event results were executed and how many reused, since the process started. */
export const liveResults = { executed: 0, reused: 0 };

async function resultFor(args: ExecutionArgs, key: string, event: unknown): Promise<ExecutionResult> {
  // Replayed events are read per subscriber: only live ones (one object per process) are shared.
  if (typeof event !== 'object' || event === null) return (await run(args, event)).result;
  let byKey = executions.get(event);
  if (!byKey) executions.set(event, (byKey = new Map()));
  const first = byKey.get(key);
  if (!first) {
    const mine = run(args, event);
    byKey.set(key, mine);
    return (await mine).result;
  }
  const outcome = await first;
  if (outcome.personal) return (await run(args, event)).result;
  liveResults.reused++;
  return outcome.result;
}

async function run(args: ExecutionArgs, event: unknown): Promise<Outcome> {
  const ctx = args.contextValue as Context;
  const memo = createMemo();
  let personal = false;
  const watched = new Proxy(ctx, {
    get(target, name, receiver) {
      if (name === VIEWER_FOR_AUTH) return target.viewer;
      if (name === 'memo') return memo;
      if (!SHARED_SERVICES.has(name)) personal = true;
      return Reflect.get(target, name, receiver);
    },
  });
  liveResults.executed++;
  // Object.assign, not a spread: docs/design.md, "Per-request code".
  const result = await execute(Object.assign({}, args, { rootValue: event, contextValue: watched }));
  return { result, personal };
}

/** Like graphql-js's own (internal) mapAsyncIterator: return() reaches the source at once, even while it waits. */
function mapEvents<T>(source: AsyncIterable<unknown>, map: (event: unknown) => Promise<T>): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    await iterator.return?.().catch(() => undefined);
  };
  const mapped = async (step: IteratorResult<unknown>): Promise<IteratorResult<T>> => {
    if (step.done) return { done: true, value: undefined };
    try {
      return { done: false, value: await map(step.value) };
    } catch (error) {
      await close();
      throw error;
    }
  };
  return {
    next: async () => mapped(await iterator.next()),
    return: async () => (iterator.return ? mapped(await iterator.return()) : { done: true, value: undefined }),
    throw: async (error: unknown) => {
      if (iterator.throw) return mapped(await iterator.throw(error));
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
