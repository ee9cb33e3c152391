import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { MembershipRole } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';
import type { View } from '../../common/rows.js';

@ObjectType({ description: 'What the viewer may do with an organisation.' })
export class OrganisationPermissions {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean, { description: 'Verify or reject (county staff).' })
  verify!: boolean;

  @Field(() => Boolean, { description: 'Invite, change roles, remove members.' })
  manageMembers!: boolean;

  @Field(() => Boolean)
  viewMembers!: boolean;

  @Field(() => Boolean)
  leave!: boolean;

  @Field(() => Boolean, { description: "Create and manage the organisation's events, drafts included." })
  manageEvents!: boolean;

  @Field(() => Boolean, { description: "Register and manage the organisation's activities, drafts included." })
  manageActivities!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a membership.' })
export class MembershipPermissions {
  @Field(() => Boolean)
  changeRole!: boolean;

  @Field(() => Boolean)
  remove!: boolean;
}

@ObjectType()
export class OrganisationConnection {
  @Field(() => [Organisation])
  nodes!: View<Organisation>[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType({ description: 'What an invitation link shows before it is accepted.' })
export class InvitationPreview {
  @Field(() => Organisation)
  organisation!: Organisation;

  @Field(() => String, { description: 'The invited address; the invitation is accepted while signed in with it.' })
  email!: string;

  @Field(() => MembershipRole)
  role!: MembershipRole;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => InvitationStatus)
  status!: InvitationStatus;
}
