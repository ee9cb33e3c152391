import { describe, expect, it, vi } from 'vitest';
import { createCursorSubscription } from './cursorSubscription';

interface Ev {
  cursor: string;
  n: number;
}

function fakeServer() {
  const calls: { after: string | null; next: (e: Ev) => void; complete: () => void; unsubscribed: boolean }[] = [];
  const subscribe = (after: string | null, h: { next: (e: Ev) => void; error: (e: unknown) => void; complete: () => void }) => {
    const call = { after, next: h.next, complete: h.complete, unsubscribed: false };
    calls.push(call);
    return { unsubscribe: () => (call.unsubscribed = true) };
  };
  return { calls, subscribe };
}

describe('createCursorSubscription', () => {
  it('keeps the last cursor and resubscribes from it', () => {
    const server = fakeServer();
    const seen: number[] = [];
    const live = createCursorSubscription<Ev>({ subscribe: server.subscribe, cursorOf: (e) => e.cursor, onEvent: (e) => seen.push(e.n) });
    live.start(null);
    expect(server.calls[0]!.after).toBeNull();
    server.calls[0]!.next({ cursor: 'c1', n: 1 });
    server.calls[0]!.next({ cursor: 'c2', n: 2 });
    expect(live.cursor).toBe('c2');

    live.resume();
    expect(server.calls[0]!.unsubscribed).toBe(true);
    expect(server.calls[1]!.after).toBe('c2');
    server.calls[1]!.next({ cursor: 'c3', n: 3 });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('ignores events from a replaced subscription and events already seen', () => {
    const server = fakeServer();
    const seen: number[] = [];
    const live = createCursorSubscription<Ev>({ subscribe: server.subscribe, cursorOf: (e) => e.cursor, onEvent: (e) => seen.push(e.n) });
    live.start();
    server.calls[0]!.next({ cursor: 'c1', n: 1 });
    live.resume();
    // The old stream, retried by the transport, still delivers: ignored.
    server.calls[0]!.next({ cursor: 'c2', n: 2 });
    server.calls[1]!.next({ cursor: 'c1', n: 1 });
    server.calls[1]!.next({ cursor: 'c2', n: 2 });
    expect(seen).toEqual([1, 2]);
  });

  it('reports the end of the stream once and stops', () => {
    const server = fakeServer();
    const onComplete = vi.fn();
    const live = createCursorSubscription<Ev>({ subscribe: server.subscribe, cursorOf: (e) => e.cursor, onEvent: () => undefined, onComplete });
    live.start();
    expect(live.active).toBe(true);
    server.calls[0]!.complete();
    expect(onComplete).toHaveBeenCalledOnce();
    expect(live.active).toBe(false);
    live.stop();
    server.calls[0]!.complete();
    expect(onComplete).toHaveBeenCalledOnce();
  });
});

describe('createCursorSubscription before its first event', () => {
  it('resumes from the floor it started with, so what happened while away is replayed', () => {
    const server = fakeServer();
    let now: string | null = '41';
    const live = createCursorSubscription<Ev>({ subscribe: server.subscribe, cursorOf: (e) => e.cursor, onEvent: () => undefined, floor: () => now });
    live.start(null);
    expect(server.calls[0]!.after).toBeNull();
    now = '57'; // other topics moved on meanwhile: not this subscription's floor
    live.resume();
    expect(server.calls[1]!.after).toBe('41');
    server.calls[1]!.next({ cursor: '60', n: 1 });
    live.resume();
    expect(server.calls[2]!.after).toBe('60');
  });

  it('takes the first connection’s position when it started before any connection, and forgets it all on reset', () => {
    const server = fakeServer();
    const live = createCursorSubscription<Ev>({ subscribe: server.subscribe, cursorOf: (e) => e.cursor, onEvent: () => undefined, floor: () => null });
    live.start(null);
    live.noteFloor('12');
    live.noteFloor('20');
    live.resume();
    expect(server.calls[1]!.after).toBe('12');
    server.calls[1]!.next({ cursor: '13', n: 1 });
    live.reset();
    live.start(null);
    live.resume();
    expect(server.calls[3]!.after).toBeNull();
  });
});
