import { metrics } from '../../ops/metrics.js';
import type { PreparingPostgreSqlDriver, WriteKind } from '../read-model/prepared-statements.js';

/** A session's row as the session lookup reads it (session.ts): the user's columns, the session's times, the memberships. */
export type SessionRow = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly s_expires_at: string | Date;
  readonly s_last_seen_at: string | Date;
  readonly s_memberships: readonly { readonly o: string; readonly r: string }[];
};

/** A safety net, not the mechanism: a row is read again after this long even if no notification said it changed. */
const MAX_AGE_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * Session rows kept in the process between requests: every signed-in request needed one statement for its session,
 * user and memberships, a tenth of the mix's CPU (docs/benchmarks.md §3, session 33). A row leaves the cache when
 * anything it was read from changes:
 * - every change to a user, a membership or a session NOTIFYs `viewer_changed` with the user's id on commit
 *   (migration 20261207100000's triggers, whatever made the write); the change feed's listener hands it to `forgetUser`;
 * - the ORM's own writes to them forget every row at once, before the commit (driver hook in app.ts): the next
 *   request of this process sees the change without waiting for the notification;
 * - while the listener is not LISTENing nothing is served or kept, and everything is dropped when it stops or
 *   starts (notifications were missed meanwhile).
 * A read that began before a change was forgotten is not kept (`generation`): it may have read the row before it.
 * Rows are frozen: requests share them.
 */
export class SessionCache {
  private readonly rows = new Map<string, { row: SessionRow; readAt: number }>();
  private readonly tokensByUser = new Map<string, Set<string>>();
  private generation = 0;
  private live = false;

  constructor(private readonly maxAgeMs = MAX_AGE_MS, private readonly maxEntries = MAX_ENTRIES) {}

  /** The row of session `tokenHash`: kept, or read by `read` (and kept when it may be). */
  async row(tokenHash: string, read: () => Promise<SessionRow | undefined>): Promise<SessionRow | undefined> {
    const kept = this.live ? this.rows.get(tokenHash) : undefined;
    if (kept && performance.now() - kept.readAt < this.maxAgeMs) {
      metrics.sessionCache.hit.value++;
      return kept.row;
    }
    metrics.sessionCache.miss.value++;
    const generation = this.generation;
    const row = await read();
    if (row && this.live && generation === this.generation) this.keep(tokenHash, deepFreeze(row));
    return row;
  }

  /** Something the rows of `userId` were read from changed. */
  forgetUser(userId: string): void {
    this.generation++;
    const tokens = this.tokensByUser.get(userId);
    if (!tokens) return;
    for (const token of tokens) this.rows.delete(token);
    this.tokensByUser.delete(userId);
  }

  /** A session's own row changed here (its sliding expiry was written). */
  forgetSession(tokenHash: string): void {
    this.generation++;
    const kept = this.rows.get(tokenHash);
    if (kept) this.drop(tokenHash, kept.row.id);
  }

  forgetAll(): void {
    this.generation++;
    this.rows.clear();
    this.tokensByUser.clear();
  }

  /** Whether notifications arrive (the change feed's LISTEN is active): rows are served and kept only then. */
  setLive(live: boolean): void {
    this.live = live;
    this.forgetAll();
  }

  get size(): number {
    return this.rows.size;
  }

  private keep(tokenHash: string, row: SessionRow): void {
    const previous = this.rows.get(tokenHash);
    if (previous) this.drop(tokenHash, previous.row.id);
    if (this.rows.size >= this.maxEntries) {
      const [oldest, { row: oldestRow }] = this.rows.entries().next().value!;
      this.drop(oldest, oldestRow.id);
    }
    this.rows.set(tokenHash, { row, readAt: performance.now() });
    let tokens = this.tokensByUser.get(row.id);
    if (!tokens) this.tokensByUser.set(row.id, (tokens = new Set()));
    tokens.add(tokenHash);
  }

  private drop(tokenHash: string, userId: string): void {
    this.rows.delete(tokenHash);
    const tokens = this.tokensByUser.get(userId);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) this.tokensByUser.delete(userId);
  }
}

/** Whether an ORM write may change kept rows: a user, a membership, a session, or an organisation going (its
 * memberships go with it). A new user or session was never kept. */
function changesSessionRows(entityName: string, kind: WriteKind): boolean {
  if (entityName === 'Membership') return true;
  if (entityName === 'User' || entityName === 'Session') return kind !== 'insert';
  return entityName === 'Organisation' && kind === 'delete';
}

/** Makes the ORM's writes forget every kept row as they run (see SessionCache); returns the undoing. */
export function forgetSessionsOnWrites(driver: PreparingPostgreSqlDriver, cache: SessionCache): () => void {
  const listener = (entityName: string, kind: WriteKind) => {
    if (changesSessionRows(entityName, kind)) cache.forgetAll();
  };
  driver.writes.add(listener);
  return () => void driver.writes.delete(listener);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
