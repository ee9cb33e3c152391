import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Orm } from '../../orm.js';
import { RateLimitedError } from '../errors.js';

const WINDOW_SECONDS = 15 * 60;

/**
 * Login throttling shared by all server processes (counters live in PostgreSQL):
 * at most 30 attempts per IP and 5 failed attempts per account in 15 minutes.
 */
export class LoginLimiter {
  private readonly perIp: RateLimiterPostgres;
  private readonly perAccount: RateLimiterPostgres;

  constructor(orm: Orm, limits = { perIp: 30, perAccount: 5 }) {
    const common = {
      storeClient: orm.em.getConnection().getKnex(),
      storeType: 'knex',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: WINDOW_SECONDS,
    };
    this.perIp = new RateLimiterPostgres({ ...common, keyPrefix: 'login_ip', points: limits.perIp });
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'login_account', points: limits.perAccount });
  }

  /** Counts an attempt from `ip` and refuses when the IP or the account is over its limit. */
  async beforeAttempt(ip: string, email: string): Promise<void> {
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      throw limited(e);
    }
    const account = await this.perAccount.get(email);
    if (account && account.remainingPoints <= 0) throw limited(account);
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.consume(email).catch(() => undefined);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

function limited(e: unknown) {
  if (e instanceof RateLimiterRes) return new RateLimitedError('auth/too_many_attempts', Math.ceil(e.msBeforeNext / 1000));
  return e;
}
