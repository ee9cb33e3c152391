import type { Viewer } from '../../common/auth/viewer.js';
import { MembershipRole, type Membership } from './membership.entity.js';
import type { Organisation } from './organisation.entity.js';

/**
 * The organisations' rules: their admins (MembershipRole.ADMIN) run them, county staff verify them. Services
 * call `authorize(canOrganisation.x(...))`, and the `viewerCan` fields answer from the same functions.
 */
export const canOrganisation = {
  create: (v: Viewer) => v.signedIn && v.emailVerified,
  edit: (v: Viewer, org: Pick<Organisation, 'id'>) => v.isStaff || v.roleIn(org.id) === MembershipRole.ADMIN,
  verify: (v: Viewer) => v.isStaff,
  manageMembers: (v: Viewer, org: Pick<Organisation, 'id'>) => v.isAdmin || v.roleIn(org.id) === MembershipRole.ADMIN,
  viewMembers: (v: Viewer) => v.signedIn,
  leave: (v: Viewer, org: Pick<Organisation, 'id'>) => v.roleIn(org.id) !== null,
  changeMemberRole: (v: Viewer, m: Membership) => canOrganisation.manageMembers(v, m.organisation),
  removeMember: (v: Viewer, m: Membership) => canOrganisation.manageMembers(v, m.organisation),
};
