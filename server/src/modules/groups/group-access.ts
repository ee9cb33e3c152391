import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context.js';
import { PlatformRole } from '../accounts/user.entity.js';
import { GroupMemberStatus, GroupRole, GroupVisibility, type NetworkGroup } from './group.entity.js';

/** The viewer's standing in one group: their own membership, or membership through an organisation. */
export interface GroupAccess {
  status: GroupMemberStatus | null;
  role: GroupRole | null;
  /** Reads and posts as a member (an active membership of their own or through their organisation). */
  active: boolean;
}

export const NO_ACCESS: GroupAccess = { status: null, role: null, active: false };

export async function loadGroupAccess(em: EntityManager, userId: string | null, groupId: string): Promise<GroupAccess> {
  if (!userId) return NO_ACCESS;
  return (await loadGroupAccesses(em, [userId], groupId)).get(userId) ?? NO_ACCESS;
}

/** The viewer's access to a group on the read path, asked once per operation however many fields need it. */
export function viewerAccess(ctx: Context, groupId: string, known?: GroupAccess): Promise<GroupAccess> {
  return ctx.memo(`group-access:${groupId}`, async () => known ?? loadGroupAccess(ctx.em, ctx.viewer.id, groupId));
}

/** The standing of several users in one group, in one query (a reply tells every earlier author in the thread). */
async function loadGroupAccesses(em: EntityManager, userIds: string[], groupId: string): Promise<Map<string, GroupAccess>> {
  if (!userIds.length) return new Map();
  const rows = await accessRows(em, groupId, userIds.map(() => '?').join(', '), userIds);
  return new Map(rows.map((row) => [row.user_id, accessOf(row)]));
}

/**
 * Those among the users `usersSql` gives (ids, or a query of one id column, with `params`) who may read the group, as
 * `canGroup.read` decides for each of them: anyone in a public group, else members and county staff. One query.
 */
export async function groupReaders(em: EntityManager, group: Pick<NetworkGroup, 'id' | 'visibility'>, usersSql: string, params: unknown[]): Promise<string[]> {
  const rows = await accessRows(em, group.id, usersSql, params);
  return rows.filter((row) => group.visibility === GroupVisibility.PUBLIC || row.platform_role !== PlatformRole.USER || accessOf(row).active).map((row) => row.user_id);
}

interface AccessRow {
  user_id: string;
  platform_role: PlatformRole;
  status: GroupMemberStatus | null;
  role: GroupRole | null;
  via_org: boolean;
}

// em.execute (not em.getConnection().execute) so that inside a transaction the query runs on the transaction's
// own connection: taking a second one from the pool there deadlocked ten concurrent posts (bench/mixed.ts).
function accessRows(em: EntityManager, groupId: string, usersSql: string, params: unknown[]): Promise<AccessRow[]> {
  return em.execute<AccessRow[]>(
    `select u.id as user_id, u.platform_role, gm.status, gm.role,
            exists (select 1 from group_organisation go join membership m on m.organisation_id = go.organisation_id
                     where go.group_id = ? and m.user_id = u.id) as via_org
       from app_user u left join group_member gm on gm.group_id = ? and gm.user_id = u.id
      where u.id in (${usersSql})`,
    [groupId, groupId, ...params],
  );
}

function accessOf(row: AccessRow): GroupAccess {
  const own = row.status === GroupMemberStatus.ACTIVE;
  return { status: row.status ?? null, role: own ? row.role : row.via_org ? GroupRole.MEMBER : null, active: own || row.via_org };
}
