import { Field, ObjectType } from 'type-graphql';
import { NetworkGroup } from '../groups/group.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

@ObjectType({ description: 'What the viewer may do with a user.' })
export class UserPermissions {
  @Field(() => Boolean, { description: 'Grant or remove platform roles (admins only).' })
  setPlatformRole!: boolean;

  @Field(() => Boolean, { description: 'See e-mail address and memberships.' })
  seePrivate!: boolean;
}

@ObjectType({ description: 'Whether the account can be deleted now, and what its owner must hand over first (as for leaving).' })
export class AccountDeletion {
  @Field(() => Boolean, { description: 'False while anything below is listed.' })
  allowed!: boolean;

  @Field(() => [Organisation], { description: 'Organisations of which the user is the only admin.' })
  organisations!: Organisation[];

  @Field(() => [NetworkGroup], { description: 'Network groups of which the user is the only owner.' })
  groups!: NetworkGroup[];

  @Field(() => Boolean, { description: "The user is the platform's only admin." })
  platformAdmin!: boolean;
}
