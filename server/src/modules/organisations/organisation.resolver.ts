import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { can } from '../../common/auth/policies.js';
import { canOrganisation } from './organisation.policy.js';
import { thenMaybe, type MaybePromise } from '../../common/maybe-promise.js';
import { clampFirst } from '../../common/pagination.js';
import { linkedIds, type View } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { Municipality } from '../reference/municipality.entity.js';
import { referenceMunicipalities, referenceTopics } from '../reference/reference.service.js';
import { Topic } from '../reference/topic.entity.js';
import { Invitation } from './invitation.entity.js';
import { Membership, MembershipRole } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationFilter, OrganisationInput, OrganisationInviteInput } from './organisation.inputs.js';
import { ORGANISATION_MUNICIPALITIES, ORGANISATION_TOPICS, OrganisationService, type OrganisationView } from './organisation.service.js';
import { InvitationPreview, OrganisationConnection, OrganisationPermissions } from './organisation.types.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationConnection, { description: 'The public organisation directory, ordered by name.' })
  organisations(
    @Ctx() ctx: Context,
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Which organisations to list; all when omitted.' }) filter?: OrganisationFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s pageInfo.endCursor; from the start when omitted.' }) after?: string | null,
  ): Promise<OrganisationConnection> {
    return new OrganisationService(ctx).list(filter ?? {}, clampFirst(first), after);
  }

  @Query(() => Organisation, { description: 'One organisation; NOT_FOUND when unknown.' })
  organisation(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The organisation’s id.' }) id: string): Promise<Organisation> {
    return new OrganisationService(ctx).get(id);
  }

  @Query(() => InvitationPreview, { description: 'What an invitation link is for, so the invitee can decide.' })
  invitation(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the invitation link.' }) token: string): Promise<InvitationPreview> {
    return new OrganisationService(ctx).preview(token);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Registers an organisation (e-mail must be confirmed). The creator becomes its admin; county staff verify it.' })
  organisationCreate(@Ctx() ctx: Context, @Arg('input', () => OrganisationInput, { description: 'The new organisation; name and kind are required.' }) input: OrganisationInput): Promise<Organisation> {
    return new OrganisationService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Organisation, { description: 'Edits an organisation (its admins and county staff).' })
  organisationUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The organisation to edit.' }) id: string, @Arg('input', () => OrganisationInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: OrganisationInput): Promise<Organisation> {
    return new OrganisationService(ctx).update(id, input);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => Organisation, { description: 'Marks an organisation as verified (county staff).' })
  organisationVerify(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The organisation to verify.' }) id: string): Promise<Organisation> {
    return new OrganisationService(ctx).verify(id);
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => Organisation, { description: 'Rejects an organisation with a reason its admins are told (county staff).' })
  @TextArgs({ reason: 'multi-line' })
  organisationReject(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The organisation to reject.' }) id: string, @Arg('reason', () => String, { description: 'Why, for the organisation’s admins: up to 2000 characters, not empty.' }) reason: string): Promise<Organisation> {
    return new OrganisationService(ctx).reject(id, reason);
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'E-mails an invitation link valid for 14 days (organisation admins).' })
  organisationInvite(@Ctx() ctx: Context, @Arg('input', () => OrganisationInviteInput, { description: 'Who to invite, to which organisation, in which role.' }) input: OrganisationInviteInput): Promise<Invitation> {
    return new OrganisationService(ctx).invite(input);
  }

  @Authorized()
  @Mutation(() => Membership, { description: 'Accepts an invitation while signed in with the invited e-mail address.' })
  invitationAccept(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the invitation link.' }) token: string): Promise<Membership> {
    return new OrganisationService(ctx).accept(token);
  }

  @Authorized()
  @Mutation(() => Invitation, { description: 'Withdraws a pending invitation (organisation admins).' })
  invitationRevoke(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The invitation to withdraw.' }) id: string): Promise<Invitation> {
    return new OrganisationService(ctx).revokeInvitation(id);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Leaves an organisation. The last admin cannot leave.' })
  membershipLeave(@Ctx() ctx: Context, @Arg('organisationId', () => ID, { description: 'The organisation to leave.' }) organisationId: string): Promise<boolean> {
    return new OrganisationService(ctx).leave(organisationId);
  }

  @Authorized()
  @Mutation(() => Membership, { description: "Changes a member's role (organisation admins). The last admin cannot be demoted." })
  membershipChangeRole(
    @Ctx() ctx: Context,
    @Arg('membershipId', () => ID, { description: 'The membership to change.' }) membershipId: string,
    @Arg('role', () => MembershipRole, { description: 'The new role.' }) role: MembershipRole,
  ): Promise<Membership> {
    return new OrganisationService(ctx).changeRole(membershipId, role);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes a member (organisation admins). The last admin cannot be removed.' })
  membershipRemove(@Ctx() ctx: Context, @Arg('membershipId', () => ID, { description: 'The membership to end.' }) membershipId: string): Promise<boolean> {
    return new OrganisationService(ctx).removeMember(membershipId);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities served.' })
  municipalities(@Root() org: OrganisationView, @Ctx() ctx: Context): MaybePromise<View<Municipality>[]> {
    return thenMaybe(linkedIds(ctx, ORGANISATION_MUNICIPALITIES, org.id), (numbers) => referenceMunicipalities(ctx.em, numbers));
  }

  @FieldResolver(() => [Topic], { description: 'Topics the organisation works with, in display order.' })
  topics(@Root() org: OrganisationView, @Ctx() ctx: Context): MaybePromise<View<Topic>[]> {
    return thenMaybe(linkedIds(ctx, ORGANISATION_TOPICS, org.id), (slugs) => referenceTopics(ctx.em, slugs));
  }

  @FieldResolver(() => [Membership], { nullable: true, description: 'Members: visible to signed-in users only (null otherwise).' })
  members(@Root() org: OrganisationView, @Ctx() ctx: Context): Promise<Membership[]> | null {
    return canOrganisation.viewMembers(ctx.viewer) ? new OrganisationService(ctx).members(org) : null;
  }

  @FieldResolver(() => [Invitation], { nullable: true, description: 'Pending invitations: visible to those who manage members (null otherwise).' })
  invitations(@Root() org: OrganisationView, @Ctx() ctx: Context): Promise<Invitation[]> | null {
    return canOrganisation.manageMembers(ctx.viewer, org) ? new OrganisationService(ctx).pendingInvitations(org) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why county staff rejected the organisation: for its admins and county staff only.' })
  rejectionReason(@Root() org: OrganisationView, @Ctx() ctx: Context): string | null {
    return canOrganisation.edit(ctx.viewer, org) || canOrganisation.verify(ctx.viewer) ? (org.rejectionReason ?? null) : null;
  }

  @FieldResolver(() => MembershipRole, { nullable: true, description: "The viewer's role in this organisation, if a member." })
  viewerRole(@Root() org: OrganisationView, @Ctx() ctx: Context): MembershipRole | null {
    return ctx.viewer.roleIn(org.id);
  }

  @FieldResolver(() => OrganisationPermissions, { description: 'What the viewer may do with this organisation.' })
  viewerCan(@Root() org: OrganisationView, @Ctx() ctx: Context): OrganisationPermissions {
    const v = ctx.viewer;
    return {
      edit: canOrganisation.edit(v, org),
      verify: canOrganisation.verify(v),
      manageMembers: canOrganisation.manageMembers(v, org),
      viewMembers: canOrganisation.viewMembers(v),
      leave: canOrganisation.leave(v, org),
      manageEvents: can.eventManage(v, org.id),
      manageActivities: can.activityManage(v, org.id),
    };
  }
}
