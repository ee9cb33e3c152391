import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { nameKey } from '../../common/text.js';
import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

export enum GroupVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
}
registerEnumType(GroupVisibility, { name: 'GroupVisibility', description: 'PUBLIC: every signed-in user reads it. MEMBERS: only members read it.' });

export enum GroupJoinPolicy {
  OPEN = 'OPEN',
  REQUEST = 'REQUEST',
  INVITATION = 'INVITATION',
}
registerEnumType(GroupJoinPolicy, { name: 'GroupJoinPolicy', description: 'OPEN: anyone joins. REQUEST: moderators approve. INVITATION: invited only.' });

export enum GroupRole {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}
registerEnumType(GroupRole, { name: 'GroupRole', description: 'A member’s role in a group: OWNER manages the group (settings, roles, organisations), MODERATOR moderates (removes messages, approves requests, invites), MEMBER reads and posts.' });

export enum GroupMemberStatus {
  ACTIVE = 'ACTIVE',
  REQUESTED = 'REQUESTED',
  INVITED = 'INVITED',
}
registerEnumType(GroupMemberStatus, { name: 'GroupMemberStatus', description: 'Where a person stands in a group: ACTIVE (a member), REQUESTED (asked to join, waiting for a moderator) or INVITED (invited, not yet joined).' });

@ObjectType({ description: 'A network group, e.g. "Regionalt nettverk for integrering".' })
@Entity({ tableName: 'network_group' })
export class NetworkGroup {
  [OptionalProps]?: 'id' | 'description' | 'createdAt' | 'nameKey';

  @Field(() => ID, { description: 'Unique id of the group.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The group’s name, unique on the platform (case-insensitively).' })
  @Property({ type: 'string', length: 120 })
  @Unique()
  name!: string;

  /** The name as compared for uniqueness (`nameKey`: case, Unicode form, invisibles and lookalikes folded). */
  @Property({ type: 'text', onCreate: (g: NetworkGroup) => nameKey(g.name), onUpdate: (g: NetworkGroup) => nameKey(g.name) })
  @Unique()
  nameKey!: string;

  @Field(() => String, { description: 'What the group is for (plain text; may be empty).' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => GroupVisibility, { description: 'Who may read the group’s threads.' })
  @Enum({ items: () => GroupVisibility, type: 'string' })
  visibility!: GroupVisibility;

  @Field(() => GroupJoinPolicy, { description: 'How people become members.' })
  @Enum({ items: () => GroupJoinPolicy, type: 'string' })
  joinPolicy!: GroupJoinPolicy;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When the group was created (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A person's place in a group: active, asked to join, or invited. */
@ObjectType({ description: "A person's membership of a network group." })
@Entity({ tableName: 'group_member' })
@Unique({ properties: ['group', 'user'] })
export class GroupMember {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the membership (pass to groupMemberApprove, groupMemberRemove, groupMemberSetRole).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => NetworkGroup, deleteRule: 'cascade' })
  group!: NetworkGroup;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Field(() => GroupRole, { description: 'The person’s role in the group.' })
  @Enum({ items: () => GroupRole, type: 'string' })
  role!: GroupRole;

  @Field(() => GroupMemberStatus, { description: 'Whether the person is a member, has asked to join, or has been invited.' })
  @Enum({ items: () => GroupMemberStatus, type: 'string' })
  status!: GroupMemberStatus;

  @Field(() => Date, { description: 'When the person joined, asked to join or was invited (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** An organisation as a member of a group: all its members read and post as group members. */
@Entity({ tableName: 'group_organisation' })
export class GroupOrganisation {
  [OptionalProps]?: 'createdAt';

  @ManyToOne({ entity: () => NetworkGroup, primary: true, deleteRule: 'cascade' })
  group!: NetworkGroup;

  @ManyToOne({ entity: () => Organisation, primary: true, deleteRule: 'cascade' })
  @Index()
  organisation!: Organisation;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
