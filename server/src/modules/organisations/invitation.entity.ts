import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { MembershipRole } from './membership.entity.js';
import { Organisation } from './organisation.entity.js';

@ObjectType({ description: 'An e-mailed invitation to join an organisation.' })
@Entity({ tableName: 'invitation' })
export class Invitation {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the invitation (pass to invitationRevoke).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  @Index()
  organisation!: Organisation;

  @Field(() => String, { description: 'The invited e-mail address (lower-cased); the invitee must sign in with it to accept.' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => MembershipRole, { description: 'The role the invitee gets on accepting.' })
  @Enum({ items: () => MembershipRole, type: 'string' })
  role!: MembershipRole;

  @Property({ type: 'string', length: 64 })
  @Index()
  tokenHash!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  invitedBy?: User | null;

  @Field(() => Date, { description: 'When the invitation was sent (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the link stops working (UTC), 14 days after it was sent.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitee accepted (UTC); null while not accepted.' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
