import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError } from '../../common/errors.js';
import { mailLimits, type MAIL_LIMITS } from '../../common/mail/mail-limits.js';
import type { Context } from '../../context.js';
import { Organisation, VerificationStatus } from './organisation.entity.js';

/**
 * Mail an organisation sends to people outside it (invitations by e-mail, messages to registrants): only once
 * county staff have verified the organisation (anyone can register one, with any name), unless county staff
 * send it themselves; and within the sender's hourly share (MAIL_LIMITS.perAccount).
 */
export async function assertMayMailOutsiders(
  ctx: Pick<Context, 'em' | 'viewer'>,
  em: EntityManager,
  organisationId: string,
  kind: keyof (typeof MAIL_LIMITS)['perAccount'],
): Promise<void> {
  const user = ctx.viewer.requireUser();
  if (!ctx.viewer.isStaff) {
    const org = await em.findOneOrFail(Organisation, organisationId);
    if (org.verificationStatus !== VerificationStatus.VERIFIED) throw new ForbiddenError('organisation/not_verified');
  }
  await mailLimits(ctx).byAccount(kind, user.id);
}
