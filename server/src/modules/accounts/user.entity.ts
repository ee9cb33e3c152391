import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PlatformRole } from '../../common/auth/roles.js';

// Defined with the viewer that reads it (common/auth/roles.ts); stored and shown here.
export { PlatformRole };
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'Platform-wide role. COUNTY_STAFF verifies organisations and runs county work; ADMIN also grants roles.',
});

export enum Language {
  nb = 'nb',
  nn = 'nn',
  en = 'en',
}
registerEnumType(Language, { name: 'Language', description: 'Interface and e-mail language: bokmål, nynorsk or English.' });

/** Suggested profile tags; users may also write their own. */
export const PROFILE_TAGS = ['volunteer', 'diversity-adviser', 'minority-adviser', 'coordinator', 'teacher', 'case-worker', 'career-counsellor', 'project-manager'];

@ObjectType({ description: 'A person with an account. Only their name, title and tags are visible to other signed-in users.' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'profileTags' | 'preferredLanguage' | 'platformRole' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the user.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased; unique. Exposed only to the user themself and to admins (see UserResolver). */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', hidden: true })
  passwordHash!: string;

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt?: Date | null;

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title or role, e.g. "Minoritetsrådgiver".' })
  @Property({ type: 'string', length: 120, nullable: true })
  title?: string | null;

  @Field(() => [String], { description: 'Profile tags such as volunteer, diversity-adviser, coordinator.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  profileTags: string[] = [];

  @Field(() => Language, { description: 'Preferred language for the interface and e-mails.' })
  @Enum({ items: () => Language, type: 'string', default: Language.nb })
  preferredLanguage: Language = Language.nb;

  /** Exposed only to the user themself and to admins (see AccountResolver). */
  @Enum({ items: () => PlatformRole, type: 'string', default: PlatformRole.USER })
  @Index()
  platformRole: PlatformRole = PlatformRole.USER;

  @Field(() => Date, { description: 'When the account was created (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Suspended by county staff (modules/moderation): cannot sign in; its sessions are ended. Shown to staff only. */
  @Property({ type: 'datetime', nullable: true })
  suspendedAt?: Date | null;

  @Property({ type: 'string', length: 500, nullable: true })
  suspensionReason?: string | null;
}

// A signed-in viewer carries this entity (common/auth/viewer.ts names no module itself).
declare module '../../common/auth/viewer.js' {
  interface ViewerTypes {
    user: User;
  }
}
