import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { wrap, type EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.js';
import type { MembershipRole, PlatformRole } from './roles.js';
import { viewMapper } from '../read-model/rows.js';
import type { SessionCache, SessionRow } from './session-cache.js';
import { hashToken } from './tokens.js';
import { DeferredUser, Viewer, type ViewerUser } from './viewer.js';

export const SESSION_COOKIE = 'samhandling_session';
const SESSION_DAYS = 30;
const TOUCH_AFTER_MS = 5 * 60_000;

/** The stored key of the session a Cookie header presents, if it presents one. */
export function sessionTokenHash(secret: string, cookieHeader: string | undefined): string | null {
  const token = cookieHeader ? parseCookies(cookieHeader)[SESSION_COOKIE] : undefined;
  return token ? hashToken(secret, token) : null;
}

/**
 * The viewer behind a Cookie header: an unexpired session's user and their memberships, or anonymous. With `cache`
 * (an operation's context) the session's row may come from the process's SessionCache.
 */
export async function loadViewer(em: EntityManager, secret: string, cookieHeader: string | undefined, cache?: SessionCache): Promise<Viewer> {
  const tokenHash = sessionTokenHash(secret, cookieHeader);
  if (!tokenHash) return Viewer.anonymous();
  const row = cache ? await cache.row(tokenHash, () => readSessionRow(em, tokenHash)) : await readSessionRow(em, tokenHash);
  return viewerOfRow(em, tokenHash, row, cache);
}

/** The viewer of the stored session `tokenHash`, read from the database (a live subscription's check when the user's access changes). */
export async function sessionViewer(em: EntityManager, tokenHash: string): Promise<Viewer> {
  return viewerOfRow(em, tokenHash, await readSessionRow(em, tokenHash));
}

/** One plain query for the session, its user and their memberships: every signed-in request needs it, and the ORM's
 * query building cost more than the query (bench/event-list.ts). */
async function readSessionRow(em: EntityManager, tokenHash: string): Promise<SessionRow | undefined> {
  const [row] = await em.getConnection().execute<SessionRow[]>(
    `select u.*, s.expires_at as s_expires_at, s.last_seen_at as s_last_seen_at,
            coalesce((select json_agg(json_build_object('o', m.organisation_id, 'r', m.role)) from membership m where m.user_id = u.id), '[]') as s_memberships
       from session s join app_user u on u.id = s.user_id where s.token_hash = ?`,
    [tokenHash],
  );
  return row;
}

async function viewerOfRow(em: EntityManager, tokenHash: string, row: SessionRow | undefined, cache?: SessionCache): Promise<Viewer> {
  // The driver leaves timestamps as text (MikroORM's own parsing); em.map converts the user's.
  if (!row || new Date(row.s_expires_at) < new Date()) return Viewer.anonymous();
  // Suspension deletes the account's sessions; this holds even for one made in the same moment.
  if (row.suspended_at) return Viewer.anonymous();
  const { s_expires_at: _expires, s_last_seen_at: lastSeenAt, s_memberships: memberships, ...userColumns } = row;
  const now = new Date();
  if (now.getTime() - new Date(lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    // Sliding expiry, written at most every few minutes and outside the request's unit of work.
    await em.getConnection().execute('update session set last_seen_at = ?, expires_at = ? where token_hash = ?', [now, sessionExpiry(now), tokenHash]);
    cache?.forgetSession(tokenHash);
  }
  const id = userColumns.id as string;
  const fields = { id, platformRole: userColumns.platform_role as PlatformRole, emailVerifiedAt: userColumns.email_verified_at ? new Date(userColumns.email_verified_at as string) : null };
  // The entity when some code needs it: the one this unit of work has loaded meanwhile (mapping again would
  // overwrite its changes), else made from this row (which fills in a mere reference). By entity name: the class is
  // the accounts module's (modules/accounts/user.entity.ts), which common/ does not import.
  const loaded = () => {
    const known = em.getUnitOfWork().getById<ViewerUser & object>('User', id);
    return known && wrap(known, true).isInitialized() ? known : null;
  };
  // The row may be the cache's, shared and frozen: em.map gets a copy it may keep.
  const entity = () => em.map<ViewerUser>('User', { ...userColumns });
  const view = () => viewMapper(em, em.getMetadata().get<ViewerUser>('User').class)(userColumns);
  return new Viewer(new DeferredUser(fields, loaded, entity, view), new Map(memberships.map((m) => [m.o, m.r as MembershipRole])), tokenHash);
}

/** What the cookie functions use of an operation's context (context.ts's Context, which imports this file). */
interface CookieContext {
  http?: { res: { append(field: string, value: string): unknown } };
  config: { publicUrl: string };
  viewer: Viewer;
}

/** When a session used (or started) at `from` expires. */
export function sessionExpiry(from = new Date()): Date {
  return new Date(from.getTime() + SESSION_DAYS * 86_400_000);
}

/** Sessions are started over HTTP only, where a cookie can be set. */
export function requireHttp<C extends { http?: unknown }>(ctx: C): NonNullable<C['http']> {
  if (!ctx.http) throw new AppError('BAD_USER_INPUT', 'auth/http_only');
  return ctx.http as NonNullable<C['http']>;
}

/** Gives the browser the cookie of a new session (`modules/accounts/sign-in.ts` stores the session). */
export function setSessionCookie(ctx: CookieContext, token: string): void {
  requireHttp(ctx).res.append(
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

export function clearSessionCookie(ctx: CookieContext): void {
  ctx.viewer = Viewer.anonymous();
  ctx.http?.res.append(
    'Set-Cookie',
    serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure: ctx.config.publicUrl.startsWith('https:'), path: '/', maxAge: 0 }),
  );
}
