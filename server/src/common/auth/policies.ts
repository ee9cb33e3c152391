import type { User } from '../../modules/accounts/user.entity.js';
import type { Membership } from '../../modules/organisations/membership.entity.js';
import { MembershipRole } from '../../modules/organisations/membership.entity.js';
import type { Organisation } from '../../modules/organisations/organisation.entity.js';
import { GroupJoinPolicy, GroupMemberStatus, GroupRole, GroupVisibility, type NetworkGroup } from '../../modules/groups/group.entity.js';
import type { GroupAccess } from '../../modules/groups/group-access.js';
import type { Message } from '../../modules/groups/message.entity.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * Every permission rule of the platform, in one place. Services call `authorize(can.x(...))` before acting,
 * and the `viewerCan` fields answer from the same functions, so the client never shows an action the
 * server would refuse. Later modules add their rules here.
 */
export const can = {
  organisationCreate: (v: Viewer) => v.signedIn && v.emailVerified,
  organisationEdit: (v: Viewer, org: Pick<Organisation, 'id'>) => v.isStaff || v.roleIn(org.id) === MembershipRole.ADMIN,
  organisationVerify: (v: Viewer) => v.isStaff,
  organisationManageMembers: (v: Viewer, org: Pick<Organisation, 'id'>) => v.isAdmin || v.roleIn(org.id) === MembershipRole.ADMIN,
  organisationViewMembers: (v: Viewer) => v.signedIn,
  organisationLeave: (v: Viewer, org: Pick<Organisation, 'id'>) => v.roleIn(org.id) !== null,
  membershipChangeRole: (v: Viewer, m: Membership) => can.organisationManageMembers(v, m.organisation),
  membershipRemove: (v: Viewer, m: Membership) => can.organisationManageMembers(v, m.organisation),
  userSeePrivate: (v: Viewer, u: User) => v.id === u.id || v.isAdmin,
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

/** Network groups: the viewer's standing in the group (GroupAccess) decides. */
/** Who may read a group. Also applied to many users at once, from rows rather than viewers (`groupReaders`). */
export const mayReadGroup = (who: Pick<Viewer, 'signedIn' | 'isStaff'>, visibility: GroupVisibility, a: GroupAccess) =>
  who.signedIn && (visibility === GroupVisibility.PUBLIC || a.active || who.isStaff);

/** What the group rules read of a group: an entity or a view of its row. */
export type GroupFacts = Pick<NetworkGroup, 'id' | 'name' | 'visibility' | 'joinPolicy'>;
type MessageFacts = Pick<Message, 'deletedAt' | 'author'>;

export const canGroup = {
  create: (v: Viewer) => v.signedIn && v.emailVerified,
  read: (v: Viewer, g: GroupFacts, a: GroupAccess) => mayReadGroup(v, g.visibility, a),
  /** Writing (joining, threads, posts, mentions, edits) needs a confirmed e-mail address: no throwaway accounts. */
  post: (v: Viewer, _g: GroupFacts, a: GroupAccess) => v.emailVerified && a.active,
  moderate: (v: Viewer, _g: GroupFacts, a: GroupAccess) => v.isStaff || (a.active && (a.role === GroupRole.OWNER || a.role === GroupRole.MODERATOR)),
  manage: (v: Viewer, _g: GroupFacts, a: GroupAccess) => v.isAdmin || (a.active && a.role === GroupRole.OWNER),
  join: (v: Viewer, g: GroupFacts, a: GroupAccess) =>
    v.signedIn && v.emailVerified && !a.active && a.status !== GroupMemberStatus.REQUESTED && (g.joinPolicy !== GroupJoinPolicy.INVITATION || a.status === GroupMemberStatus.INVITED),
  leave: (_v: Viewer, _g: GroupFacts, a: GroupAccess) => a.status === GroupMemberStatus.ACTIVE,
  editMessage: (v: Viewer, m: MessageFacts) => !m.deletedAt && !!v.id && v.emailVerified && m.author?.id === v.id,
  deleteMessage: (v: Viewer, m: MessageFacts, g: GroupFacts, a: GroupAccess) => !m.deletedAt && ((!!v.id && m.author?.id === v.id) || canGroup.moderate(v, g, a)),
};

export const canAnnounce = (v: Viewer) => v.isStaff;
