import type { EntityManager } from '@mikro-orm/postgresql';
import type { MaybePromise } from '../../common/maybe-promise.js';
import { defineKeyedLoader } from '../../common/read-model/memo.js';
import type { Context } from '../../context.js';
import { PlatformRole } from '../accounts/user.entity.js';
import { canGroup, mayReadGroup, type GroupAccess } from './group.policy.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { GroupMemberStatus, GroupRole, NetworkGroup } from './group.entity.js';

export type { GroupAccess };

export const NO_ACCESS: GroupAccess = { status: null, role: null, active: false };

export async function loadGroupAccess(em: EntityManager, userId: string | null, groupId: string): Promise<GroupAccess> {
  if (!userId) return NO_ACCESS;
  const [row] = await accessRows(em, groupId, '?', [userId]);
  return row ? accessOf(row) : NO_ACCESS;
}

/** Whether `viewer` may read the group now, asked of the database in a fork of `em` (a live subscription's check). */
export async function mayReadGroupNow(em: EntityManager, viewer: Viewer, groupId: string): Promise<boolean> {
  const fork = em.fork();
  const group = await fork.findOne(NetworkGroup, { id: groupId });
  return !!group && canGroup.read(viewer, group, await loadGroupAccess(fork, viewer.id, groupId));
}

const viewerAccesses = defineKeyedLoader((ctx: Context, groupId: string) => loadGroupAccess(ctx.em, ctx.viewer.id, groupId));

/** The viewer's access to a group on the read path, asked once per operation however many fields need it;
 * `known`: read along with something else (a post's check), recorded unless it was read already. At once (no
 * promise) when known: every message of a thread page asks. */
export function viewerAccess(ctx: Context, groupId: string, known?: GroupAccess): MaybePromise<GroupAccess> {
  const loader = viewerAccesses(ctx);
  if (known) loader.prime(groupId, known);
  return loader.get(groupId);
}

/**
 * Those among the users `usersSql` gives (ids, or a query of one id column, with `params`) who may read the group, by
 * the same rule as `canGroup.read`. One query.
 */
export async function groupReaders(em: EntityManager, group: Pick<NetworkGroup, 'id' | 'visibility'>, usersSql: string, params: unknown[]): Promise<string[]> {
  const standing = standingOf(group, await accessRows(em, group.id, usersSql, params));
  return [...standing].filter(([, s]) => s.reads).map(([id]) => id);
}

/** Users' access to a group, and whether they may read it, by user id. */
export type Standing = Map<string, { access: GroupAccess; reads: boolean }>;

/** The standing of the users whose rows `accessRowsSql` selected. */
export function standingOf(group: Pick<NetworkGroup, 'visibility'>, rows: AccessRow[]): Standing {
  const isStaff = (role: PlatformRole) => role === PlatformRole.COUNTY_STAFF || role === PlatformRole.ADMIN;
  return new Map(
    rows.map((row) => {
      const access = accessOf(row);
      return [row.user_id, { access, reads: mayReadGroup({ signedIn: true, isStaff: isStaff(row.platform_role) }, group.visibility, access) }];
    }),
  );
}

export interface AccessRow {
  user_id: string;
  platform_role: PlatformRole;
  status: GroupMemberStatus | null;
  role: GroupRole | null;
  via_org: boolean;
}

/**
 * The access rows of the users `usersSql` gives in the group `groupSql` names: `?` (its id a parameter, given twice
 * ahead of the users' own), or a column of an enclosing statement (a thread's lookup: thread.service.ts).
 * Run with em.execute (not em.getConnection().execute) so that inside a transaction the query runs on the
 * transaction's own connection: taking a second one from the pool there deadlocked ten concurrent posts (bench/mixed.ts).
 */
export function accessRowsSql(groupSql: string, usersSql: string): string {
  return `select u.id as user_id, u.platform_role, gm.status, gm.role,
            exists (select 1 from group_organisation go join membership m on m.organisation_id = go.organisation_id
                     where go.group_id = ${groupSql} and m.user_id = u.id) as via_org
       from app_user u left join group_member gm on gm.group_id = ${groupSql} and gm.user_id = u.id
      where u.id in (${usersSql})`;
}

function accessRows(em: EntityManager, groupId: string, usersSql: string, params: unknown[]): Promise<AccessRow[]> {
  return em.execute<AccessRow[]>(accessRowsSql('?', usersSql), [groupId, groupId, ...params]);
}

function accessOf(row: AccessRow): GroupAccess {
  const own = row.status === GroupMemberStatus.ACTIVE;
  return { status: row.status ?? null, role: own ? row.role : row.via_org ? GroupRole.MEMBER : null, active: own || row.via_org };
}
