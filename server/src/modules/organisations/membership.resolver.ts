import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { defineLoader } from '../../common/read-model/memo.js';
import { pgArray } from '../../common/read-model/rows.js';
import { canOrganisation } from './organisation.policy.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { Membership, MembershipRole } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { MembershipPermissions } from './organisation.types.js';

/** How many admins each organisation has: one query for a whole members table. */
const adminCounts = defineLoader(async (ctx: Context, ids: readonly string[]) => {
  const rows = await ctx.em.execute<{ organisation_id: string; admins: string }[]>(
    `select organisation_id, count(*) as admins from membership where role = ? and organisation_id = any(?::uuid[]) group by organisation_id`,
    [MembershipRole.ADMIN, pgArray(ids)],
  );
  const counts = new Map(rows.map((r) => [r.organisation_id, Number(r.admins)]));
  return ids.map((id) => counts.get(id) ?? 0);
});

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation.' })
  async organisation(@Root() m: Membership, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.em.findOneOrFail(Organisation, { id: m.organisation.id });
  }

  @FieldResolver(() => User, { description: 'The member.' })
  async user(@Root() m: Membership, @Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: m.user.id });
  }

  @FieldResolver(() => MembershipPermissions, { description: 'What the viewer may do with this membership.' })
  async viewerCan(@Root() m: Membership, @Ctx() ctx: Context): Promise<MembershipPermissions> {
    const manages = canOrganisation.manageMembers(ctx.viewer, m.organisation);
    // Only those who manage members need the count; the organisation's only admin can be neither demoted nor removed.
    const soleAdmin = manages && m.role === MembershipRole.ADMIN && (await adminCounts(ctx).get(m.organisation.id)) <= 1;
    return { changeRole: canOrganisation.changeMemberRole(ctx.viewer, m, soleAdmin), remove: canOrganisation.removeMember(ctx.viewer, m, soleAdmin) };
  }
}
