import type { EntityManager } from '@mikro-orm/postgresql';
import { consumeOrThrow, perDatabase, pgLimiter } from '../../common/rate-limiter.js';

/**
 * Guest registrations need no account, and each sends a mail and keeps a row for a day: at most this many an
 * hour from one IP address and for one event. Counted in PostgreSQL like the login limiter, so the limits
 * hold across server processes. Well above a real guest (or a family, or an office behind one address).
 */
export const GUEST_REGISTRATION_LIMITS = { perIpPerHour: 10, perEventPerHour: 50 };

const limiters = perDatabase((store) => ({
  perIp: pgLimiter(store, 'guest_registration_ip', GUEST_REGISTRATION_LIMITS.perIpPerHour, 3600),
  perEvent: pgLimiter(store, 'guest_registration_event', GUEST_REGISTRATION_LIMITS.perEventPerHour, 3600),
}));

/** Counts a guest registration from `ip` for `eventId`, or refuses it (RATE_LIMITED) when either is over its limit. */
export async function countGuestRegistration(em: EntityManager, ip: string, eventId: string): Promise<void> {
  const { perIp, perEvent } = limiters(em);
  await consumeOrThrow(perIp, ip, 'registration/too_many_attempts');
  await consumeOrThrow(perEvent, eventId, 'registration/too_many_attempts');
}
