/** A running subscription: stop it to unsubscribe. */
export interface SubscriptionHandle {
  unsubscribe: () => void;
}

export interface CursorSubscriptionOptions<T> {
  /** Starts the server subscription from `after` (null: live only). */
  subscribe: (after: string | null, handlers: { next: (event: T) => void; error: (error: unknown) => void; complete: () => void }) => SubscriptionHandle;
  cursorOf: (event: T) => string;
  onEvent: (event: T) => void;
  /** The server ended the stream (e.g. the viewer lost access). */
  onComplete?: () => void;
  onError?: (error: unknown) => void;
  /** Where the feed was when the subscription started (a cursor no later than its first event): a resume that
   * has seen no event yet starts from here, so what happened while the connection was down is not lost. */
  floor?: () => string | null;
}

/**
 * Keeps the cursor of the last event seen and resubscribes from it, so a dropped connection neither loses
 * nor repeats events. Events from an older subscription (one being replaced) and events already seen are
 * ignored.
 */
export function createCursorSubscription<T>(options: CursorSubscriptionOptions<T>) {
  let cursor: string | null = null;
  let floor: string | null = null;
  let generation = 0;
  let handle: SubscriptionHandle | null = null;
  const seen = new Set<string>();

  function start(after: string | null = cursor) {
    stop();
    if (cursor === null && floor === null) floor = options.floor?.() ?? null;
    const mine = ++generation;
    const current = () => mine === generation;
    handle = options.subscribe(after, {
      next: (event) => {
        if (!current()) return;
        const c = options.cursorOf(event);
        if (seen.has(c)) return;
        seen.add(c);
        cursor = c;
        options.onEvent(event);
      },
      error: (error) => {
        if (!current()) return;
        handle = null;
        options.onError?.(error);
      },
      complete: () => {
        if (!current()) return;
        handle = null;
        options.onComplete?.();
      },
    });
  }

  function stop() {
    generation += 1;
    const h = handle;
    handle = null;
    h?.unsubscribe();
  }

  return {
    start,
    /** After a reconnection: subscribe again from the last cursor seen (or, none yet, from the floor). */
    resume: () => start(cursor ?? floor),
    /** Sets the floor if it is not known yet (the first connection's position, when it comes). */
    noteFloor: (value: string | null) => {
      if (floor === null) floor = value;
    },
    stop,
    /** Forgets the position, for another topic (the variables changed). */
    reset: () => {
      stop();
      cursor = null;
      floor = null;
      seen.clear();
    },
    get cursor() {
      return cursor;
    },
    get active() {
      return handle !== null;
    },
  };
}
