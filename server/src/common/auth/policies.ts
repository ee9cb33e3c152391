import type { User } from '../../modules/accounts/user.entity.js';
import type { Membership } from '../../modules/organisations/membership.entity.js';
import { MembershipRole } from '../../modules/organisations/membership.entity.js';
import type { Organisation } from '../../modules/organisations/organisation.entity.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * Every permission rule of the platform, in one place. Services call `authorize(can.x(...))` before acting,
 * and the `viewerCan` fields answer from the same functions, so the client never shows an action the
 * server would refuse. Later modules add their rules here.
 */
export const can = {
  organisationCreate: (v: Viewer) => v.signedIn && v.emailVerified,
  organisationEdit: (v: Viewer, org: Organisation) => v.isStaff || v.roleIn(org.id) === MembershipRole.ADMIN,
  organisationVerify: (v: Viewer) => v.isStaff,
  organisationManageMembers: (v: Viewer, org: Organisation) => v.isAdmin || v.roleIn(org.id) === MembershipRole.ADMIN,
  organisationViewMembers: (v: Viewer) => v.signedIn,
  organisationLeave: (v: Viewer, org: Organisation) => v.roleIn(org.id) !== null,
  membershipChangeRole: (v: Viewer, m: Membership) => can.organisationManageMembers(v, m.organisation),
  membershipRemove: (v: Viewer, m: Membership) => can.organisationManageMembers(v, m.organisation),
  userSeePrivate: (v: Viewer, u: User) => v.id === u.id || v.isAdmin,
  userSetPlatformRole: (v: Viewer) => v.isAdmin,
  userList: (v: Viewer) => v.isAdmin,
};

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for signed-in ones when `allowed` is false. */
export function authorize(viewer: Viewer, allowed: boolean, reason?: string): void {
  if (allowed) return;
  if (!viewer.signedIn) throw new UnauthenticatedError();
  throw new ForbiddenError(reason);
}
