import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A subject area of integration work (settlement, career guidance …). Reference data, loaded by a migration. */
@ObjectType({ description: 'A subject area of integration work. Reference data.' })
@Entity({ tableName: 'topic' })
export class Topic {
  [PrimaryKeyProp]?: 'slug';
  @Field(() => ID, { description: 'Stable identifier, e.g. "career-guidance".' })
  @PrimaryKey({ type: 'string', length: 64 })
  slug!: string;

  @Field(() => String, { description: 'Name in Norwegian bokmål.' })
  @Property({ type: 'string' })
  nameNb!: string;

  @Field(() => String, { description: 'Name in Norwegian nynorsk.' })
  @Property({ type: 'string' })
  nameNn!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;
}
