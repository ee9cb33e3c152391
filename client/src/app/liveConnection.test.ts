import { ApolloError } from '@apollo/client/core';
import type { Client, Sink } from 'graphql-ws';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTransientLiveError, liveConnection, liveConnectionOptions, liveCursorFloor, noteLiveCursor, retryDelay } from './liveConnection';

function fakeClient() {
  const sinks: Sink[] = [];
  const client = {
    subscribe: (_payload: unknown, sink: Sink) => {
      sinks.push(sink);
      return () => undefined;
    },
    terminate: vi.fn(),
  } as unknown as Client;
  return { client, sinks };
}

afterEach(() => {
  liveConnection.state = 'idle';
  liveConnection.subscriptions = 0;
});

describe('the live connection', () => {
  it('retries everything, for ever, with a capped backoff', () => {
    const { options } = liveConnectionOptions();
    expect(options.retryAttempts).toBe(Infinity);
    // A refused connection is an error event, not a close event: graphql-ws's default gave up on it.
    expect(options.shouldRetry()).toBe(true);
    for (let i = 0; i < 40; i++) expect(retryDelay(i)).toBeLessThanOrEqual(30_000);
    expect(retryDelay(0)).toBeLessThanOrEqual(1_000);
  });

  it('starts a live subscription again after a connection problem, not after the server refused it', () => {
    expect(isTransientLiveError(new Error('Socket closed with event 4500'))).toBe(true);
    expect(isTransientLiveError(new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] }))).toBe(true);
    expect(isTransientLiveError(new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'UNAUTHENTICATED' } })] }))).toBe(false);
    expect(isTransientLiveError(new ApolloError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } })] }))).toBe(false);
  });

  it('keeps the highest cursor seen (the ack’s or an event’s) as the floor', () => {
    noteLiveCursor('9');
    noteLiveCursor('100');
    noteLiveCursor('99');
    noteLiveCursor('not a cursor');
    expect(liveCursorFloor()).toBe('100');
  });

  it('says "reconnecting" only while something is live, and not for a quiet close', () => {
    const live = liveConnectionOptions();
    const { client, sinks } = fakeClient();
    const wrapped = live.wrap(client);
    live.on.closed({ code: 1006, reason: '' });
    expect(liveConnection.state).toBe('idle');

    const stop = wrapped.subscribe({ query: 'subscription { x }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(liveConnection.subscriptions).toBe(1);
    live.on.connected(null, { cursor: '5' });
    expect(liveConnection.state).toBe('connected');
    live.on.closed({ code: 1001, reason: 'Going away' });
    expect(liveConnection.state).toBe('reconnecting');
    live.on.connected(null, {});
    live.on.closed({ code: 4205, reason: 'Client Restart' });
    expect(liveConnection.state).toBe('idle');
    live.on.closed({ code: 1006, reason: '' });
    expect(liveConnection.state).toBe('reconnecting');
    stop();
    expect(liveConnection.subscriptions).toBe(0);
    expect(liveConnection.state).toBe('idle');
    sinks[0]!.complete(); // after the stop: counted once
    expect(liveConnection.subscriptions).toBe(0);
  });

  it('replaces a connection whose pong does not come within 5 s', () => {
    vi.useFakeTimers();
    try {
      const live = liveConnectionOptions();
      const { client } = fakeClient();
      live.wrap(client);
      live.on.ping(false);
      vi.advanceTimersByTime(4_000);
      live.on.pong(true);
      vi.advanceTimersByTime(10_000);
      expect(client.terminate).not.toHaveBeenCalled();
      live.on.ping(false);
      vi.advanceTimersByTime(5_000);
      expect(client.terminate).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('skips the wait before the next attempt when the browser comes back online', async () => {
    vi.useFakeTimers();
    try {
      const live = liveConnectionOptions();
      let waited = false;
      const wait = live.options.retryWait(10).then(() => (waited = true));
      await vi.advanceTimersByTimeAsync(100);
      expect(waited).toBe(false);
      window.dispatchEvent(new Event('online'));
      await wait;
      expect(waited).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
