/**
 * The roles authorisation is decided on: a user's role on the platform and their role in an organisation.
 * Defined here because the viewer (`viewer.ts`) and the rules read them; the entities that store them
 * (`modules/accounts/user.entity.ts`, `modules/organisations/membership.entity.ts`) re-export them and
 * register them with GraphQL.
 */

export enum PlatformRole {
  USER = 'USER',
  COUNTY_STAFF = 'COUNTY_STAFF',
  ADMIN = 'ADMIN',
}

export enum MembershipRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
