import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { MembershipRole } from '../../common/auth/roles.js';
import { User } from '../accounts/user.entity.js';
import { Organisation } from './organisation.entity.js';

// Defined with the viewer that reads it (common/auth/roles.ts); stored and shown here.
export { MembershipRole };
registerEnumType(MembershipRole, { name: 'MembershipRole', description: 'ADMIN manages the organisation and its members.' });

@ObjectType({ description: "A person's membership of an organisation." })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['organisation', 'user'] })
export class Membership {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the membership (pass to membershipChangeRole and membershipRemove).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  @Index()
  user!: User;

  @Field(() => MembershipRole, { description: 'The member’s role in the organisation.' })
  @Enum({ items: () => MembershipRole, type: 'string' })
  role!: MembershipRole;

  @Field(() => Date, { description: 'When the person joined (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
