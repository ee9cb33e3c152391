import type { EntityManager } from '@mikro-orm/postgresql';
import { PlatformRole, User } from './user.entity.js';
import { GroupMember, GroupMemberStatus, GroupRole, type NetworkGroup } from '../groups/group.entity.js';
import { Membership, MembershipRole } from '../organisations/membership.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';

/**
 * The one rule behind "the last admin cannot leave": an organisation keeps at least one admin, a network group
 * at least one active owner, the platform at least one ADMIN. Leaving, demoting, removing a member and deleting
 * an account all ask here, so no way out leaves something that nobody can manage any more.
 */

/** The organisations (all, or just `organisationId`) whose only admin is `userId`. */
export async function organisationsOnlyAdministeredBy(em: EntityManager, userId: string, organisationId?: string): Promise<Organisation[]> {
  const mine = await em.find(Membership, { user: userId, role: MembershipRole.ADMIN, ...(organisationId ? { organisation: organisationId } : {}) }, { populate: ['organisation'] });
  if (!mine.length) return [];
  const others = await em.find(Membership, { organisation: { $in: mine.map((m) => m.organisation.id) }, role: MembershipRole.ADMIN, user: { $ne: userId } });
  const managed = new Set(others.map((m) => m.organisation.id));
  return mine.filter((m) => !managed.has(m.organisation.id)).map((m) => m.organisation);
}

/** The network groups (all, or just `groupId`) whose only active owner is `userId`. */
export async function groupsOnlyOwnedBy(em: EntityManager, userId: string, groupId?: string): Promise<NetworkGroup[]> {
  const active = { role: GroupRole.OWNER, status: GroupMemberStatus.ACTIVE };
  const mine = await em.find(GroupMember, { user: userId, ...active, ...(groupId ? { group: groupId } : {}) }, { populate: ['group'] });
  if (!mine.length) return [];
  const others = await em.find(GroupMember, { group: { $in: mine.map((m) => m.group.id) }, ...active, user: { $ne: userId } });
  const owned = new Set(others.map((m) => m.group.id));
  return mine.filter((m) => !owned.has(m.group.id)).map((m) => m.group);
}

/** Whether `user` is the platform's only ADMIN. */
export async function isOnlyPlatformAdmin(em: EntityManager, user: Pick<User, 'id' | 'platformRole'>): Promise<boolean> {
  return user.platformRole === PlatformRole.ADMIN && (await em.count(User, { platformRole: PlatformRole.ADMIN, id: { $ne: user.id } })) === 0;
}

/** What only `user` manages: while anything is listed, the account cannot be deleted (hand it over first). */
export interface SoleResponsibilities {
  organisations: Organisation[];
  groups: NetworkGroup[];
  platformAdmin: boolean;
}

export async function soleResponsibilities(em: EntityManager, user: Pick<User, 'id' | 'platformRole'>): Promise<SoleResponsibilities> {
  const [organisations, groups, platformAdmin] = await Promise.all([
    organisationsOnlyAdministeredBy(em, user.id),
    groupsOnlyOwnedBy(em, user.id),
    isOnlyPlatformAdmin(em, user),
  ]);
  return { organisations, groups, platformAdmin };
}

export const hasSoleResponsibilities = (r: SoleResponsibilities) => r.organisations.length > 0 || r.groups.length > 0 || r.platformAdmin;
