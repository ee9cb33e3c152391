import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * The permission rules that need only the viewer and an id. Services call `authorize(can.x(...))` before
 * acting, and the `viewerCan` fields answer from the same functions, so the client never shows an action the
 * server would refuse. Rules that read a module's own entities live in that module, beside them (common/
 * imports no module): `modules/organisations/organisation.policy.ts`, `modules/groups/group.policy.ts`,
 * `modules/settlement/settlement.policy.ts`.
 */
export const can = {
  userSeePrivate: (v: Viewer, u: { id: string }) => v.id === u.id || v.isAdmin,
  userSetPlatformRole: (v: Viewer) => v.isAdmin,
  userList: (v: Viewer) => v.isAdmin,
  /** Events belong to their host organisations (the primary host and accepted co-hosts): their members run them; county staff run any. */
  eventManage: (v: Viewer, organisationIds: string | readonly string[]) => v.isStaff || (typeof organisationIds === 'string' ? [organisationIds] : organisationIds).some((id) => v.roleIn(id) !== null),
  /** The county's attendance figures across events: county staff. */
  eventAttendanceFigures: (v: Viewer) => v.isStaff,
  /** Activities, like events: the organisation's members keep them; county staff may too. */
  activityManage: (v: Viewer, organisationId: string) => can.eventManage(v, organisationId),
  activityVolunteer: (v: Viewer) => v.signedIn && v.emailVerified,
  /** Resources too belong to the sharing organisation. */
  resourceManage: (v: Viewer, organisationId: string) => can.eventManage(v, organisationId),
  /** Grant schemes, rounds, assessment and decisions: county staff. */
  grantAdminister: (v: Viewer) => v.isStaff,
  /** An application is the organisation's: any of its members drafts and submits it. */
  grantApply: (v: Viewer, organisationId: string) => v.roleIn(organisationId) !== null,
};

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for signed-in ones when `allowed` is false. */
export function authorize(viewer: Viewer, allowed: boolean, reason?: string): void {
  if (allowed) return;
  if (!viewer.signedIn) throw new UnauthenticatedError();
  throw new ForbiddenError(reason);
}

export const canAnnounce = (v: Viewer) => v.isStaff;
