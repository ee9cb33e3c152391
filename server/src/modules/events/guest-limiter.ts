import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { consumeOrThrow, pgLimiter } from '../../common/rate-limiter.js';

/**
 * Guest registrations need no account, and each sends a mail and keeps a row for a day: at most this many an
 * hour from one IP address and for one event. Counted in PostgreSQL like the login limiter, so the limits
 * hold across server processes. Well above a real guest (or a family, or an office behind one address).
 */
export const GUEST_REGISTRATION_LIMITS = { perIpPerHour: 10, perEventPerHour: 50 };

interface Limiters {
  perIp: RateLimiterPostgres;
  perEvent: RateLimiterPostgres;
}
// One pair per database (the knex instance), made on first use: nothing to start or stop with the app.
const byKnex = new WeakMap<object, Limiters>();

function limiters(em: EntityManager): Limiters {
  const knex = em.getConnection().getKnex();
  let found = byKnex.get(knex);
  if (!found) {
    found = {
      perIp: pgLimiter(em, 'guest_registration_ip', GUEST_REGISTRATION_LIMITS.perIpPerHour, 3600),
      perEvent: pgLimiter(em, 'guest_registration_event', GUEST_REGISTRATION_LIMITS.perEventPerHour, 3600),
    };
    byKnex.set(knex, found);
  }
  return found;
}

/** Counts a guest registration from `ip` for `eventId`, or refuses it (RATE_LIMITED) when either is over its limit. */
export async function countGuestRegistration(em: EntityManager, ip: string, eventId: string): Promise<void> {
  const { perIp, perEvent } = limiters(em);
  await consumeOrThrow(perIp, ip, 'registration/too_many_attempts');
  await consumeOrThrow(perEvent, eventId, 'registration/too_many_attempts');
}
