import { createHmac, randomBytes } from 'node:crypto';

/** A random secret for a cookie or an e-mailed link (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as an HMAC keyed by SESSION_SECRET: a leaked table gives no usable links or sessions. */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}
