import { ApolloError } from '@apollo/client/core';
import type { FormattedExecutionResult } from 'graphql';
import type { Client, Sink, SubscribePayload } from 'graphql-ws';
import { reactive } from 'vue';

/**
 * The browser's live connection (graphql-ws), as the user should hear of it (ConnectionStatus.vue):
 * `reconnecting` while live views are waiting for a connection that dropped or never came up.
 */
export type LiveState = 'idle' | 'connected' | 'reconnecting';
export const liveConnection = reactive({ state: 'idle' as LiveState, subscriptions: 0 });

/** A ping 10 s after the last pong; no pong within 5 s: the connection is dead, and is replaced. */
export const KEEP_ALIVE_MS = 10_000;
export const PONG_TIMEOUT_MS = 5_000;

/** Exponential backoff with jitter, capped at 30 s, so a restarted server is not stampeded. */
export function retryDelay(retries: number): number {
  const base = Math.min(30_000, 1_000 * 2 ** retries);
  return base / 2 + Math.random() * (base / 2);
}

/** Close codes that say nothing is wrong: all subscriptions ended (1000), or we restart for a new session. */
export const RESTART_CLOSE_CODE = 4205;
const QUIET_CLOSE_CODES = new Set([1000, RESTART_CLOSE_CODE]);

/**
 * Whether a live subscription that failed should be started again later. Everything that is about the connection
 * is (a close code graphql-ws gives up on, a refused upgrade, a server restart, an internal error); answers about
 * the operation are not (signed out: the session ended; no access; not found).
 */
export function isTransientLiveError(error: unknown): boolean {
  if (!(error instanceof ApolloError)) return true;
  if (!error.graphQLErrors.length) return true;
  return error.graphQLErrors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
}

/** Change-feed cursors are ids of one sequence: the highest one seen is where "now" was. */
let latestCursor: string | null = null;

export function noteLiveCursor(cursor: unknown): void {
  if (typeof cursor !== 'string' || !/^\d+$/.test(cursor)) return;
  if (latestCursor === null || BigInt(cursor) > BigInt(latestCursor)) latestCursor = cursor;
}

/**
 * A cursor from before any event a subscription started now could miss: the server's position when this
 * connection opened (its ack), or any event seen since. A live view that has seen nothing yet resumes from it.
 */
export function liveCursorFloor(): string | null {
  return latestCursor;
}

/**
 * Wires a graphql-ws client's events to `liveConnection` and to the browser: reconnects at once when the
 * browser comes back online or the tab becomes visible, and replaces a connection whose pong does not come.
 * Returns the options to merge into `createClient` and `wrap`, which counts the client's subscriptions.
 */
export function liveConnectionOptions() {
  let client: Client | null = null;
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | null = null;

  function expectPong() {
    clearTimeout(pongTimer);
    pongTimer = setTimeout(() => client?.terminate(), PONG_TIMEOUT_MS);
  }

  /** Skips the wait before the next attempt, or checks an open connection at once. */
  function reconnectNow() {
    if (wake) wake();
    else if (socket?.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: 'ping' }));
      expectPong();
    }
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('online', reconnectNow);
    window.addEventListener('offline', () => {
      if (liveConnection.subscriptions > 0) liveConnection.state = 'reconnecting';
      client?.terminate(); // nothing gets through now; a new connection starts when we are back
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reconnectNow();
    });
  }

  const options = {
    lazy: true,
    retryAttempts: Infinity,
    // graphql-ws retries only close events by default: a refused connection (an error event) ended every
    // subscription for good, so a server that was down for long enough never came back to the page.
    shouldRetry: () => true,
    retryWait: (retries: number) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          if (wake === done) wake = null;
          resolve();
        };
        const timer = setTimeout(done, retryDelay(retries));
        wake = done;
      }),
    keepAlive: KEEP_ALIVE_MS,
  };

  const on = {
    opened: (s: unknown) => {
      socket = s as WebSocket;
    },
    connected: (_s: unknown, payload: unknown) => {
      noteLiveCursor((payload as { cursor?: unknown } | undefined)?.cursor);
      liveConnection.state = 'connected';
    },
    ping: (received: boolean) => {
      if (!received) expectPong();
    },
    pong: (received: boolean) => {
      if (received) clearTimeout(pongTimer);
    },
    closed: (event: unknown) => {
      clearTimeout(pongTimer);
      socket = null;
      const code = (event as { code?: number } | undefined)?.code;
      if (code !== undefined && QUIET_CLOSE_CODES.has(code)) liveConnection.state = 'idle';
      else if (liveConnection.subscriptions > 0) liveConnection.state = 'reconnecting';
    },
  };

  /** The client with its subscriptions counted: "disconnected" only matters while something is live. */
  function wrap(raw: Client): Client {
    client = raw;
    function subscribe<Data, Extensions>(payload: SubscribePayload, sink: Sink<FormattedExecutionResult<Data, Extensions>>) {
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        liveConnection.subscriptions -= 1;
        if (!liveConnection.subscriptions && liveConnection.state === 'reconnecting') liveConnection.state = 'idle';
      };
      liveConnection.subscriptions += 1;
      const dispose = raw.subscribe<Data, Extensions>(payload, {
        next: (value) => sink.next(value),
        error: (error) => {
          end();
          sink.error(error);
        },
        complete: () => {
          end();
          sink.complete();
        },
      });
      return () => {
        end();
        dispose();
      };
    }
    return { ...raw, subscribe };
  }

  return { options, on, wrap, reconnectNow };
}
