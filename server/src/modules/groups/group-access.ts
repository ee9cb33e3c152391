import type { EntityManager } from '@mikro-orm/postgresql';
import { GroupMemberStatus, GroupRole } from './group.entity.js';

/** The viewer's standing in one group: their own membership, or membership through an organisation. */
export interface GroupAccess {
  status: GroupMemberStatus | null;
  role: GroupRole | null;
  /** Reads and posts as a member (an active membership of their own or through their organisation). */
  active: boolean;
}

export const NO_ACCESS: GroupAccess = { status: null, role: null, active: false };

// em.execute (not em.getConnection().execute) so that inside a transaction the query runs on the transaction's
// own connection: taking a second one from the pool there deadlocked ten concurrent posts (bench/mixed.ts).
export async function loadGroupAccess(em: EntityManager, userId: string | null, groupId: string): Promise<GroupAccess> {
  if (!userId) return NO_ACCESS;
  return (await loadGroupAccesses(em, [userId], groupId)).get(userId) ?? NO_ACCESS;
}

/** The standing of several users in one group, in one query (a reply tells every earlier author in the thread). */
export async function loadGroupAccesses(em: EntityManager, userIds: string[], groupId: string): Promise<Map<string, GroupAccess>> {
  if (!userIds.length) return new Map();
  const rows = await em.execute<{ user_id: string; status: GroupMemberStatus | null; role: GroupRole | null; via_org: boolean }[]>(
    `select u.id as user_id, gm.status, gm.role,
            exists (select 1 from group_organisation go join membership m on m.organisation_id = go.organisation_id
                     where go.group_id = ? and m.user_id = u.id) as via_org
       from unnest(array[${userIds.map(() => '?').join(', ')}]::uuid[]) as u(id) left join group_member gm on gm.group_id = ? and gm.user_id = u.id`,
    [groupId, ...userIds, groupId],
  );
  return new Map(
    rows.map((row) => {
      const own = row.status === GroupMemberStatus.ACTIVE;
      return [row.user_id, { status: row.status ?? null, role: own ? row.role : row.via_org ? GroupRole.MEMBER : null, active: own || row.via_org }];
    }),
  );
}
