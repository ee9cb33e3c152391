import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the viewer may do with a user.' })
export class UserPermissions {
  @Field(() => Boolean)
  setPlatformRole!: boolean;

  @Field(() => Boolean, { description: 'See e-mail address and memberships.' })
  seePrivate!: boolean;
}
