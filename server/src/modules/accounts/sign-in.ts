import { ForbiddenError } from '../../common/errors.js';
import { requireHttp, sessionExpiry, setSessionCookie } from '../../common/auth/session.js';
import { hashToken, newToken } from '../../common/auth/tokens.js';
import { Viewer } from '../../common/auth/viewer.js';
import type { Context } from '../../context.js';
import { Membership } from '../organisations/membership.entity.js';
import { Session } from './session.entity.js';
import type { User } from './user.entity.js';

/** Signs `user` in: a new session id every time (no fixation), the old session of this browser ended. */
export async function startSession(ctx: Context, user: User): Promise<void> {
  requireHttp(ctx);
  // A suspended account (modules/moderation) gets no session, whichever way it signs in.
  if (user.suspendedAt) throw new ForbiddenError('auth/account_suspended');
  const token = newToken();
  if (ctx.viewer.sessionTokenHash) await ctx.em.nativeDelete(Session, { tokenHash: ctx.viewer.sessionTokenHash });
  ctx.em.create(Session, { tokenHash: hashToken(ctx.config.sessionSecret, token), user, expiresAt: sessionExpiry() });
  await ctx.em.flush();
  // The rest of this operation (the fields of its result) is answered as the new user.
  const tokenHash = hashToken(ctx.config.sessionSecret, token);
  const memberships = await ctx.em.find(Membership, { user }, { fields: ['role', 'organisation'] });
  ctx.viewer = new Viewer(user, new Map(memberships.map((m) => [m.organisation.id, m.role])), tokenHash);
  setSessionCookie(ctx, token);
}
