import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The List-Unsubscribe link of notification mail: the user's id and an HMAC of it keyed by SESSION_SECRET, so
 * nobody can turn off someone else's e-mail. It does not expire (a mail read a year later still works); all it
 * can do is turn notification e-mail off, which the user can undo in their settings.
 */
export const UNSUBSCRIBE_PATH = '/e-post/avmelding';

const mac = (secret: string, userId: string) => createHmac('sha256', secret).update(`mail-unsubscribe:${userId}`).digest('base64url');

export function unsubscribeUrl(publicUrl: string, secret: string, userId: string): string {
  return `${publicUrl}${UNSUBSCRIBE_PATH}?u=${encodeURIComponent(userId)}&t=${mac(secret, userId)}`;
}

export function unsubscribeTokenValid(secret: string, userId: string, token: string): boolean {
  const expected = Buffer.from(mac(secret, userId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
