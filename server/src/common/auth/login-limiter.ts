import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Orm } from '../../orm.js';
import { consumeOrThrow, limitedError, pgLimiter, tryConsume } from '../rate-limiter.js';

const WINDOW_SECONDS = 15 * 60;

/** The numbers docs/security.md states. */
export const LOGIN_LIMITS = {
  /** Failed attempts per IP address in the window (a successful one gives its point back). */
  perIp: 30,
  /** Failed attempts per account from browsers that have not signed in to it before; then it is locked. */
  perAccount: 5,
  /** Failed attempts per known browser (device cookie) of the account, counted apart from the lock above. */
  perDevice: 5,
  windowSeconds: WINDOW_SECONDS,
  /** Unlock links mailed to the owner: one per lock, and at most this many a day. */
  unlockMailsPerDay: 5,
};

/**
 * Login throttling shared by all server processes (counters live in PostgreSQL). Five wrong passwords lock
 * the account for browsers that have never signed in to it; a browser that has (it shows the account's
 * device cookie, common/auth/device-cookie.ts) keeps its own count and is let through with the right
 * password, so a stranger guessing cannot lock the owner out. When the account locks, the owner is
 * mailed an unlock link (AccountService.login).
 */
export class LoginLimiter {
  private readonly perIp: RateLimiterPostgres;
  private readonly perAccount: RateLimiterPostgres;
  private readonly perDevice: RateLimiterPostgres;
  private readonly unlockMailPerLock: RateLimiterPostgres;
  private readonly unlockMailPerDay: RateLimiterPostgres;

  constructor(orm: Orm, limits: Partial<typeof LOGIN_LIMITS> = {}) {
    const l = { ...LOGIN_LIMITS, ...limits };
    this.perIp = pgLimiter(orm.em, 'login_ip', l.perIp, l.windowSeconds);
    this.perAccount = pgLimiter(orm.em, 'login_account', l.perAccount, l.windowSeconds);
    this.perDevice = pgLimiter(orm.em, 'login_device', l.perDevice, l.windowSeconds);
    this.unlockMailPerLock = pgLimiter(orm.em, 'unlock_mail', 1, l.windowSeconds);
    this.unlockMailPerDay = pgLimiter(orm.em, 'unlock_mail_day', l.unlockMailsPerDay, 86_400);
  }

  /**
   * Counts an attempt from `ip` and refuses when the IP is over its limit, or the account is locked
   * (for an unknown browser) or this known browser `device` has failed too often.
   */
  async beforeAttempt(ip: string, email: string, device: string | null = null): Promise<void> {
    await consumeOrThrow(this.perIp, ip, 'auth/too_many_attempts');
    const counter = device ? await this.perDevice.get(device) : await this.perAccount.get(email);
    if (counter && counter.remainingPoints <= 0) throw limitedError(counter, 'auth/too_many_attempts');
  }

  /** Counts a failure; true when it is the one that locked the account and the owner should get an unlock link. */
  async failed(email: string, device: string | null = null): Promise<boolean> {
    if (device) {
      await this.perDevice.consume(device).catch(() => undefined);
      return false;
    }
    const res = await this.perAccount.consume(email).catch(() => null);
    if (!res || res.remainingPoints > 0 || res.consumedPoints !== this.perAccount.points) return false;
    return (await tryConsume(this.unlockMailPerLock, email)) && (await tryConsume(this.unlockMailPerDay, email));
  }

  async succeeded(ip: string, email: string, device: string | null = null): Promise<void> {
    await this.perIp.reward(ip).catch(() => undefined);
    if (device) await this.perDevice.delete(device);
    else await this.perAccount.delete(email);
  }

  /** Lifts the lock of the account (an unlock link or a password reset proved the inbox). */
  async unlock(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
