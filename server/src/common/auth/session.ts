import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { Session } from '../../modules/accounts/session.entity.js';
import { User } from '../../modules/accounts/user.entity.js';
import { Membership, type MembershipRole } from '../../modules/organisations/membership.entity.js';
import { AppError } from '../errors.js';
import { hashToken, newToken } from './tokens.js';
import { Viewer } from './viewer.js';

export const SESSION_COOKIE = 'samhandling_session';
const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 5 * 60_000;

/** The stored key of the session a Cookie header presents, if it presents one. */
export function sessionTokenHash(secret: string, cookieHeader: string | undefined): string | null {
  const token = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
  return token ? hashToken(secret, token) : null;
}

/** The viewer behind a Cookie header: an unexpired session's user and their memberships, or anonymous. */
export async function loadViewer(em: EntityManager, secret: string, cookieHeader: string | undefined): Promise<Viewer> {
  const tokenHash = sessionTokenHash(secret, cookieHeader);
  return tokenHash ? sessionViewer(em, tokenHash) : Viewer.anonymous();
}

/** The viewer of the stored session `tokenHash` (read anew by a live subscription when the user's access changes). */
export async function sessionViewer(em: EntityManager, tokenHash: string): Promise<Viewer> {
  // One plain query for the session, its user and their memberships: every signed-in request waits for this,
  // and the ORM's query building cost more than the query (bench/event-list.ts).
  const [row] = await em.getConnection().execute<(Record<string, unknown> & { s_expires_at: string | Date; s_last_seen_at: string | Date; s_memberships: { o: string; r: MembershipRole }[] })[]>(
    `select u.*, s.expires_at as s_expires_at, s.last_seen_at as s_last_seen_at,
            coalesce((select json_agg(json_build_object('o', m.organisation_id, 'r', m.role)) from membership m where m.user_id = u.id), '[]') as s_memberships
       from session s join app_user u on u.id = s.user_id where s.token_hash = ?`,
    [tokenHash],
  );
  // The driver leaves timestamps as text (MikroORM's own parsing); em.map converts the user's.
  if (!row || new Date(row.s_expires_at) < new Date()) return Viewer.anonymous();
  const { s_expires_at: _expires, s_last_seen_at: lastSeenAt, s_memberships: memberships, ...userColumns } = row;
  const now = new Date();
  if (now.getTime() - new Date(lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    // Sliding expiry, written at most every few minutes and outside the request's unit of work.
    await em.nativeUpdate(Session, { tokenHash }, { lastSeenAt: now, expiresAt: expiry(now) });
  }
  const user = em.map(User, userColumns);
  return new Viewer(user, new Map(memberships.map((m) => [m.o, m.r])), tokenHash);
}

function expiry(from = new Date()) {
  return new Date(from.getTime() + SESSION_DAYS * 86_400_000);
}

function requireHttp(ctx: Context) {
  if (!ctx.http) throw new AppError('BAD_USER_INPUT', 'auth/http_only');
  return ctx.http;
}

/** Signs `user` in: a new session id every time (no fixation), the old session of this browser ended. */
export async function startSession(ctx: Context, user: User): Promise<void> {
  const http = requireHttp(ctx);
  const token = newToken();
  if (ctx.viewer.sessionTokenHash) await ctx.em.nativeDelete(Session, { tokenHash: ctx.viewer.sessionTokenHash });
  ctx.em.create(Session, { tokenHash: hashToken(ctx.config.sessionSecret, token), user, expiresAt: expiry() });
  await ctx.em.flush();
  // The rest of this operation (the fields of its result) is answered as the new user.
  const tokenHash = hashToken(ctx.config.sessionSecret, token);
  const memberships = await ctx.em.find(Membership, { user }, { fields: ['role', 'organisation'] });
  ctx.viewer = new Viewer(user, new Map(memberships.map((m) => [m.organisation.id, m.role])), tokenHash);
  http.res.append(
    'Set-Cookie',
    serializeCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.config.publicUrl.startsWith('https:'),
      path: '/',
      maxAge: SESSION_DAYS * 86_400,
    }),
  );
}

export function clearSessionCookie(ctx: Context): void {
  ctx.viewer = Viewer.anonymous();
  ctx.http?.res.append(
    'Set-Cookie',
    serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: ctx.config.publicUrl.startsWith('https:'), path: '/', maxAge: 0 }),
  );
}
