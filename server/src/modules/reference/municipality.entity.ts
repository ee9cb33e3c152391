import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/** A Norwegian municipality (kommune), numbered as from 2024. Reference data, loaded by a migration. */
@ObjectType({ description: 'A municipality (kommune). Reference data.' })
@Entity({ tableName: 'municipality' })
export class Municipality {
  [PrimaryKeyProp]?: 'number';
  @Field(() => ID, { description: 'The official four-digit municipality number, e.g. "4003" for Skien.' })
  @PrimaryKey({ type: 'string', length: 4 })
  number!: string;

  @Field(() => String, { description: 'The municipality name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'The two-digit county number.' })
  @Property({ type: 'string', length: 2 })
  countyNumber!: string;

  @Field(() => String, { description: 'The county name.' })
  @Property({ type: 'string' })
  countyName!: string;
}
