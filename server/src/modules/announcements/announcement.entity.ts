import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';

@ObjectType({ description: 'A message from county staff to the whole network, or to some organisation kinds or municipalities.' })
@Entity({ tableName: 'announcement' })
export class Announcement {
  [OptionalProps]?: 'id' | 'createdAt' | 'audienceKinds' | 'audienceMunicipalities';

  @Field(() => ID, { description: 'Unique id of the announcement.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The headline.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'Markdown source.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { description: 'Sanitised HTML.' })
  @Property({ type: 'text' })
  bodyHtml!: string;

  @Field(() => [OrganisationKind], { description: 'Empty: every kind.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  audienceKinds: OrganisationKind[] = [];

  @Field(() => [String], { description: 'Municipality numbers; empty: everywhere.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  audienceMunicipalities: string[] = [];

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When it was posted (UTC).' })
  @Property({ type: 'datetime' })
  @Index()
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'After this it no longer shows on the home page.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;
}
