import type { Viewer } from '../../common/auth/viewer.js';
import { GroupJoinPolicy, GroupMemberStatus, GroupRole, GroupVisibility, type NetworkGroup } from './group.entity.js';
import type { Message } from './message.entity.js';

/**
 * The network groups' rules: the viewer's standing in the group (GroupAccess) decides. Services call
 * `authorize(canGroup.x(...))`, and the groups' `viewerCan` fields answer from the same functions.
 */

/** The viewer's standing in one group: their own membership, or membership through an organisation. */
export interface GroupAccess {
  status: GroupMemberStatus | null;
  role: GroupRole | null;
  /** Reads and posts as a member (an active membership of their own or through their organisation). */
  active: boolean;
}

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
  /** Moderators remove members and decline requests; only owners (and admins) remove an owner; oneself leaves instead. */
  removeMember: (v: Viewer, g: GroupFacts, a: GroupAccess, m: { role: GroupRole; userId: string }) =>
    canGroup.moderate(v, g, a) && m.userId !== v.id && (m.role !== GroupRole.OWNER || canGroup.manage(v, g, a)),
  editMessage: (v: Viewer, m: MessageFacts) => !m.deletedAt && !!v.id && v.emailVerified && m.author?.id === v.id,
  deleteMessage: (v: Viewer, m: MessageFacts, g: GroupFacts, a: GroupAccess) => !m.deletedAt && ((!!v.id && m.author?.id === v.id) || canGroup.moderate(v, g, a)),
};
