import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Context } from '../../context.js';
import { consumeOrThrow, pgLimiter, tryConsume, type LimiterStore } from '../rate-limiter.js';

const HOUR = 3_600;
const DAY = 24 * HOUR;

/**
 * How much mail one address, one IP and one account can make the platform send (the numbers docs/security.md
 * states). Counters live in PostgreSQL, shared by every server process. Caps per recipient are silent: the
 * answer stays the same and the mail is just not sent, so they reveal nothing about the address. Caps per IP
 * and per account answer RATE_LIMITED `limit/too_many_requests`: they tell the caller only about themselves.
 */
export const MAIL_LIMITS = {
  perRecipient: {
    resetPassword: { points: 3, seconds: HOUR },
    verifyEmail: { points: 3, seconds: HOUR },
    accountExists: { points: 3, seconds: HOUR },
    invitation: { points: 3, seconds: DAY },
  },
  perIp: {
    passwordReset: { points: 20, seconds: HOUR },
    signUp: { points: 30, seconds: HOUR },
  },
  perAccount: {
    invitation: { points: 30, seconds: HOUR },
    registrantMessage: { points: 10, seconds: HOUR },
  },
} as const;

type Limits = typeof MAIL_LIMITS;
type Table<G extends keyof Limits> = Record<keyof Limits[G], RateLimiterPostgres>;

export class MailLimits {
  private readonly recipient: Table<'perRecipient'>;
  private readonly ip: Table<'perIp'>;
  private readonly account: Table<'perAccount'>;

  constructor(store: LimiterStore) {
    const table = <G extends keyof Limits>(group: G, prefix: string) =>
      Object.fromEntries(
        Object.entries(MAIL_LIMITS[group]).map(([kind, l]) => [kind, pgLimiter(store, `${prefix}_${kind}`, l.points, l.seconds)]),
      ) as Table<G>;
    this.recipient = table('perRecipient', 'mail_to');
    this.ip = table('perIp', 'mail_ip');
    this.account = table('perAccount', 'mail_account');
  }

  /** Counts a mail of `kind` to `email`; false when the address has had its share (send nothing, say nothing). */
  toRecipient(kind: keyof Limits['perRecipient'], email: string): Promise<boolean> {
    return tryConsume(this.recipient[kind], email.toLowerCase());
  }

  /** Counts a request from `ip`; throws RATE_LIMITED over the limit. */
  fromIp(kind: keyof Limits['perIp'], ip: string): Promise<void> {
    return consumeOrThrow(this.ip[kind], ip, 'limit/too_many_requests');
  }

  /** Counts an action of the account; throws RATE_LIMITED over the limit. */
  byAccount(kind: keyof Limits['perAccount'], userId: string): Promise<void> {
    return consumeOrThrow(this.account[kind], userId, 'limit/too_many_requests');
  }
}

// One set per database (the knex instance), made on first use, so no service wiring is needed.
const byStore = new WeakMap<object, MailLimits>();

export function mailLimits(ctx: Pick<Context, 'em'>): MailLimits {
  const knex = ctx.em.getConnection().getKnex() as object;
  let limits = byStore.get(knex);
  if (!limits) byStore.set(knex, (limits = new MailLimits(ctx.em)));
  return limits;
}

/** The caller's address for per-IP limits (`req.ip`: the client behind a local proxy); over WebSocket, one shared bucket. */
export function clientIp(ctx: Pick<Context, 'http'>): string {
  return ctx.http?.req.ip ?? 'unknown';
}
