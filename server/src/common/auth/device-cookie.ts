import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { Context } from '../../context.js';
import { newToken } from './tokens.js';

const DEVICE_DAYS = 365;

/**
 * "This browser has signed in to this account before": a long-lived, HttpOnly cookie per account, set at
 * every successful login and by the e-mailed unlock link. Its value is a random id and an HMAC of the id
 * and the account, keyed by SESSION_SECRET, so it cannot be made up or moved to another account; the id
 * keys the browser's own failure counter (LoginLimiter). Only the login mutation reads it (path /graphql).
 */
export function deviceCookieName(secret: string, userId: string): string {
  return `samhandling_device_${mac(secret, `name:${userId}`).slice(0, 16)}`;
}

/** The device id this request presents for `userId`, if its cookie is genuine; else null. */
export function knownDevice(ctx: Pick<Context, 'config' | 'http'>, userId: string): string | null {
  const header = ctx.http?.req.headers.cookie;
  if (!header) return null;
  const value = parseCookies(header)[deviceCookieName(ctx.config.sessionSecret, userId)];
  const [id, signature] = value?.split('.') ?? [];
  if (!id || !signature) return null;
  const expected = Buffer.from(mac(ctx.config.sessionSecret, `device:${userId}:${id}`));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** Gives this browser a (new) device cookie for `userId`. HTTP only: over WebSocket nothing is set. */
export function rememberDevice(ctx: Pick<Context, 'config' | 'http'>, userId: string): void {
  const id = newToken();
  const value = `${id}.${mac(ctx.config.sessionSecret, `device:${userId}:${id}`)}`;
  ctx.http?.res.append(
    'Set-Cookie',
    serializeCookie(deviceCookieName(ctx.config.sessionSecret, userId), value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.publicUrl.startsWith('https:'),
      path: '/graphql',
      maxAge: DEVICE_DAYS * 86_400,
    }),
  );
}

function mac(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text).digest('base64url');
}
