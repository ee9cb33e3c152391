import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client that presents `cookie` on the upgrade request, as a browser would. */
export function wsClient(port: number, cookie?: string, opts: { retry?: boolean } = {}): Client {
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    retryAttempts: opts.retry ? 50 : 0,
    retryWait: async () => new Promise((r) => setTimeout(r, 100)),
    shouldRetry: () => !!opts.retry,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols: string[]) {
        super(url, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
  });
}

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  /** Resolves when `count` items have arrived (or rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<T[]>;
  stop(): void;
}

/** Subscribes and collects what arrives. */
export function collect<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}): Collected<T> {
  const state: Collected<T> = {
    items: [],
    errors: [],
    completed: false,
    waitFor: async (count, ms = 5000) => {
      const deadline = Date.now() + ms;
      while (state.items.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} events, got ${state.items.length}: ${JSON.stringify(state.items)} errors: ${JSON.stringify(state.errors)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return state.items;
    },
    stop: () => unsubscribe(),
  };
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        if (v.errors) state.errors.push(v.errors);
        else state.items.push(v.data as T);
      },
      error: (e) => state.errors.push(e),
      complete: () => (state.completed = true),
    },
  );
  return state;
}

/** Waits for a round trip on the same socket: the server has the subscription. It attaches to the live feed some
 * database round trips later, so a test that must not miss the first events subscribes with a cursor (`after`). */
export async function settled(client: Client): Promise<void> {
  await new Promise((resolve, reject) => client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: () => resolve(undefined) }));
}
