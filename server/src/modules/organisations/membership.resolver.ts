import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canOrganisation } from './organisation.policy.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { Membership } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { MembershipPermissions } from './organisation.types.js';

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
  viewerCan(@Root() m: Membership, @Ctx() ctx: Context): MembershipPermissions {
    return { changeRole: canOrganisation.changeMemberRole(ctx.viewer, m), remove: canOrganisation.removeMember(ctx.viewer, m) };
  }
}
