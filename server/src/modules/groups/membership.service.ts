import { audit } from '../../common/audit.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupsOnlyOwnedBy } from '../accounts/last-admin.js';
import { authorize } from '../../common/auth/policies.js';
import { canGroup } from './group.policy.js';
import { groupTopic } from '../../common/change-feed/topics.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { GroupJoinPolicy, GroupMember, GroupMemberStatus, GroupOrganisation, GroupRole, NetworkGroup } from './group.entity.js';
import { assertVerified, GroupService } from './group.service.js';

/** Who belongs to a group: people joining, asking, invited, removed, their roles, and member organisations. */
export class GroupMembershipService {
  private readonly groups: GroupService;

  constructor(private readonly ctx: Context) {
    this.groups = new GroupService(ctx);
  }

  private get viewer() {
    return this.ctx.viewer;
  }

  /** Removals and role changes go into the admin audit log (modules/moderation) under this name. */
  private actor() {
    const u = this.viewer.user!;
    return { id: u.id, name: u.name };
  }

  async join(groupId: string): Promise<GroupMember> {
    const user = this.viewer.requireUser();
    assertVerified(this.viewer);
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const group = await this.groups.group(groupId, tx);
      const access = await this.groups.access(groupId, tx);
      if (access.active) throw new ConflictError('group/already_member');
      if (access.status === GroupMemberStatus.REQUESTED) throw new ConflictError('group/already_requested');
      const existing = await tx.findOne(GroupMember, { group, user: user.id });
      const invited = existing?.status === GroupMemberStatus.INVITED;
      if (group.joinPolicy === GroupJoinPolicy.INVITATION && !invited) throw new ForbiddenError('group/invitation_only');
      const status = group.joinPolicy === GroupJoinPolicy.REQUEST && !invited ? GroupMemberStatus.REQUESTED : GroupMemberStatus.ACTIVE;
      const member = existing ?? tx.create(GroupMember, { group, user: tx.getReference(User, user.id), role: GroupRole.MEMBER, status });
      member.status = status;
      if (status === GroupMemberStatus.ACTIVE) {
        changes.push({ topic: groupTopic(groupId), type: 'member.joined', payload: { userId: user.id } });
      } else {
        const moderators = await tx.find(GroupMember, { group, status: GroupMemberStatus.ACTIVE, role: { $in: [GroupRole.OWNER, GroupRole.MODERATOR] } });
        changes.push(...(await notify(tx, moderators.map((m) => m.user.id), NotificationType.JOIN_REQUEST, { actorName: user.name, groupId, groupName: group.name })));
      }
      return member;
    });
  }

  async leave(groupId: string): Promise<boolean> {
    const user = this.viewer.requireUser();
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const member = isUuid(groupId) ? await tx.findOne(GroupMember, { group: groupId, user: user.id }) : null;
      if (!member) throw new NotFoundError('group_member');
      await this.assertOwnerRemains(tx, member);
      tx.remove(member);
      changes.push({ topic: groupTopic(groupId), type: 'member.removed', payload: { userId: user.id } });
      return true;
    });
  }

  async invite(groupId: string, userId: string): Promise<GroupMember> {
    const inviter = this.viewer.requireUser();
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const group = await this.groups.group(groupId, tx);
      authorize(this.viewer, canGroup.moderate(this.viewer, group, await this.groups.access(groupId, tx)));
      const invitee = isUuid(userId) ? await tx.findOne(User, { id: userId }) : null;
      if (!invitee) throw UserInputError.field('userId', 'user/not_found');
      const existing = await tx.findOne(GroupMember, { group, user: invitee });
      if (existing?.status === GroupMemberStatus.ACTIVE) throw new ConflictError('group/already_member');
      // Someone who asked to join is simply let in.
      const status = existing?.status === GroupMemberStatus.REQUESTED ? GroupMemberStatus.ACTIVE : GroupMemberStatus.INVITED;
      const member = existing ?? tx.create(GroupMember, { group, user: invitee, role: GroupRole.MEMBER, status });
      member.status = status;
      if (status === GroupMemberStatus.ACTIVE) changes.push({ topic: groupTopic(groupId), type: 'member.joined', payload: { userId: invitee.id } });
      else changes.push(...(await notify(tx, [invitee.id], NotificationType.GROUP_INVITATION, { actorName: inviter.name, groupId, groupName: group.name })));
      return member;
    });
  }

  async approve(memberId: string): Promise<GroupMember> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const member = await this.member(tx, memberId);
      authorize(this.viewer, canGroup.moderate(this.viewer, member.group, await this.groups.access(member.group.id, tx)));
      if (member.status !== GroupMemberStatus.REQUESTED) throw new ConflictError('group/not_requested');
      member.status = GroupMemberStatus.ACTIVE;
      changes.push({ topic: groupTopic(member.group.id), type: 'member.joined', payload: { userId: member.user.id } });
      return member;
    });
  }

  /** Removes a member or declines a request. Their subscriptions to the group stop at the next event. */
  async removeMember(memberId: string): Promise<boolean> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const member = await this.member(tx, memberId);
      const access = await this.groups.access(member.group.id, tx);
      authorize(this.viewer, canGroup.moderate(this.viewer, member.group, access));
      if (!canGroup.removeMember(this.viewer, member.group, access, { role: member.role, userId: member.user.id })) {
        throw member.user.id === this.viewer.id ? new ConflictError('group/remove_self') : new ForbiddenError('group/owner_only');
      }
      await this.assertOwnerRemains(tx, member);
      tx.remove(member);
      tx.persist(audit(tx, { entityType: 'group', entityId: member.group.id, action: 'member_removed', actor: this.actor(), details: { groupName: member.group.name, userId: member.user.id, userName: member.user.name, role: member.role, status: member.status } }));
      changes.push({ topic: groupTopic(member.group.id), type: 'member.removed', payload: { userId: member.user.id } });
      return true;
    });
  }

  async setRole(memberId: string, role: GroupRole): Promise<GroupMember> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const member = await this.member(tx, memberId);
      authorize(this.viewer, canGroup.manage(this.viewer, member.group, await this.groups.access(member.group.id, tx)));
      if (member.status !== GroupMemberStatus.ACTIVE) throw new ConflictError('group/not_active');
      if (role !== GroupRole.OWNER) await this.assertOwnerRemains(tx, member);
      if (member.role !== role) tx.persist(audit(tx, { entityType: 'group', entityId: member.group.id, action: 'member_role_changed', actor: this.actor(), details: { groupName: member.group.name, userId: member.user.id, userName: member.user.name, from: member.role, to: role } }));
      member.role = role;
      changes.push({ topic: groupTopic(member.group.id), type: 'member.role_changed', payload: { userId: member.user.id, role } });
      return member;
    });
  }

  async addOrganisation(groupId: string, organisationId: string): Promise<NetworkGroup> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const group = await this.groups.group(groupId, tx);
      authorize(this.viewer, canGroup.manage(this.viewer, group, await this.groups.access(groupId, tx)));
      const org = isUuid(organisationId) ? await tx.findOne(Organisation, { id: organisationId }) : null;
      if (!org) throw UserInputError.field('organisationId', 'organisation/not_found');
      if (!(await tx.count(GroupOrganisation, { group, organisation: org }))) tx.create(GroupOrganisation, { group, organisation: org });
      changes.push({ topic: groupTopic(groupId), type: 'group.access_changed', payload: { organisationId } });
      return group;
    });
  }

  async removeOrganisation(groupId: string, organisationId: string): Promise<NetworkGroup> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const group = await this.groups.group(groupId, tx);
      authorize(this.viewer, canGroup.manage(this.viewer, group, await this.groups.access(groupId, tx)));
      if (isUuid(organisationId)) await tx.nativeDelete(GroupOrganisation, { group, organisation: organisationId });
      changes.push({ topic: groupTopic(groupId), type: 'group.access_changed', payload: { organisationId } });
      return group;
    });
  }

  private async member(tx: EntityManager, id: string): Promise<GroupMember> {
    const m = isUuid(id) ? await tx.findOne(GroupMember, { id }, { populate: ['group', 'user'] }) : null;
    if (!m) throw new NotFoundError('group_member');
    return m;
  }

  /** A group always keeps at least one owner (modules/accounts/last-admin.ts). */
  private async assertOwnerRemains(tx: EntityManager, leaving: GroupMember) {
    if (leaving.role !== GroupRole.OWNER || leaving.status !== GroupMemberStatus.ACTIVE) return;
    if ((await groupsOnlyOwnedBy(tx, leaving.user.id, leaving.group.id)).length) throw new ConflictError('group/last_owner');
  }
}
