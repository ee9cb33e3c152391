import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { MembershipRole } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import type { View } from '../../common/read-model/rows.js';

@ObjectType({ description: 'What the viewer may do with an organisation.' })
export class OrganisationPermissions {
  @Field(() => Boolean, { description: 'Edit the organisation (its admins and county staff).' })
  edit!: boolean;

  @Field(() => Boolean, { description: 'Verify or reject (county staff).' })
  verify!: boolean;

  @Field(() => Boolean, { description: 'Invite, change roles, remove members.' })
  manageMembers!: boolean;

  @Field(() => Boolean, { description: 'See the member list (signed-in users).' })
  viewMembers!: boolean;

  @Field(() => Boolean, { description: 'Leave the organisation (its members; the last admin is refused).' })
  leave!: boolean;

  @Field(() => Boolean, { description: "Create and manage the organisation's events, drafts included." })
  manageEvents!: boolean;

  @Field(() => Boolean, { description: "Register and manage the organisation's activities, drafts included." })
  manageActivities!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a membership.' })
export class MembershipPermissions {
  @Field(() => Boolean, { description: 'Change the member’s role (the organisation’s admins and platform admins).' })
  changeRole!: boolean;

  @Field(() => Boolean, { description: 'Remove the member (the organisation’s admins and platform admins).' })
  remove!: boolean;
}

@ObjectType({ description: 'A page of organisations.' })
export class OrganisationConnection {
  @Field(() => [Organisation], { description: 'The organisations on this page.' })
  nodes!: View<Organisation>[];

  @Field(() => Int, { description: 'How many organisations match the filter in all.' })
  totalCount!: number;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo!: PageInfo;
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'Where an invitation stands: PENDING can be accepted; ACCEPTED, EXPIRED (after 14 days) and REVOKED cannot.' });

@ObjectType({ description: 'What the viewer may do with an invitation link.' })
export class InvitationPermissions {
  @Field(() => Boolean, { description: 'Accept it: PENDING, signed in with the invited address, and not already a member.' })
  accept!: boolean;
}

@ObjectType({ description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field(() => Organisation, { description: 'The organisation the invitation is to.' })
  organisation!: Organisation;

  @Field(() => String, { description: 'The invited address; the invitation is accepted while signed in with it.' })
  email!: string;

  @Field(() => MembershipRole, { description: 'The role the invitee gets on accepting.' })
  role!: MembershipRole;

  @Field(() => Date, { description: 'When the link stops working (UTC).' })
  expiresAt!: Date;

  @Field(() => InvitationStatus, { description: 'Whether the invitation can still be accepted (PENDING) or not.' })
  status!: InvitationStatus;

  @Field(() => Boolean, { description: 'Whether the viewer is signed in with the invited address (false when signed out).' })
  viewerIsInvitee!: boolean;

  @Field(() => InvitationPermissions, { description: 'What the viewer may do with this invitation.' })
  viewerCan!: InvitationPermissions;
}
