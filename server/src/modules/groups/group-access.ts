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
  const [row] = await em.execute<{ status: GroupMemberStatus | null; role: GroupRole | null; via_org: boolean }[]>(
    `select gm.status, gm.role,
            exists (select 1 from group_organisation go join membership m on m.organisation_id = go.organisation_id
                     where go.group_id = ? and m.user_id = ?) as via_org
       from (select 1) one left join group_member gm on gm.group_id = ? and gm.user_id = ?`,
    [groupId, userId, groupId, userId],
  );
  const status = row?.status ?? null;
  const own = status === GroupMemberStatus.ACTIVE;
  const viaOrg = !!row?.via_org;
  return { status, role: own ? row!.role : viaOrg ? GroupRole.MEMBER : null, active: own || viaOrg };
}
