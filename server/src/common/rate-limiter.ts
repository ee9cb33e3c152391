import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from './errors.js';

/** What a limiter needs of the database: the knex instance MikroORM's connection wraps. */
export interface LimiterStore {
  getConnection(): { getKnex(): unknown };
}

/**
 * A counter of `points` per `seconds` in the `rate_limit` table (RateLimitBucket), so every server process
 * shares it. The window is fixed: it starts with the first point and ends `seconds` later.
 */
export function pgLimiter(store: LimiterStore, keyPrefix: string, points: number, seconds: number): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: store.getConnection().getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit',
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: seconds,
  });
}

/**
 * `make`'s limiters once per database (the knex instance), made on first use: nothing to start or stop with the
 * app, and each test server's database gets its own.
 */
export function perDatabase<T>(make: (store: LimiterStore) => T): (store: LimiterStore) => T {
  const byKnex = new WeakMap<object, T>();
  return (store) => {
    const knex = store.getConnection().getKnex() as object;
    let found = byKnex.get(knex);
    if (!found) byKnex.set(knex, (found = make(store)));
    return found;
  };
}

/** Takes a point; false (nothing thrown) when the key is over its limit. For caps that must stay silent. */
export async function tryConsume(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (e) {
    if (e instanceof RateLimiterRes) return false;
    throw e;
  }
}

/** Takes a point or throws RATE_LIMITED with `code` and the seconds until the window ends. */
export async function consumeOrThrow(limiter: RateLimiterPostgres, key: string, code: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    throw limitedError(e, code);
  }
}

export function limitedError(e: unknown, code: string): unknown {
  if (e instanceof RateLimiterRes) return new RateLimitedError(code, Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
  return e;
}
