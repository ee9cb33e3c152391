import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { User } from './user.entity.js';

export enum AuthTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
  UNLOCK_LOGIN = 'UNLOCK_LOGIN',
}

/** A one-time link sent by e-mail (verification, password reset, unlocking a locked login); stored as an HMAC of the token. */
@Entity({ tableName: 'auth_token' })
export class AuthToken {
  [PrimaryKeyProp]?: 'tokenHash';
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @Enum({ items: () => AuthTokenPurpose, type: 'string' })
  purpose!: AuthTokenPurpose;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
