import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { hasSoleResponsibilities, soleResponsibilities } from './last-admin.js';
import { can } from '../../common/auth/policies.js';
import { clampFirst } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { calendarFeedPath } from '../events/calendar.js';
import { Membership } from '../organisations/membership.entity.js';
import { AccountSignUpInput, ProfileUpdateInput } from './account.inputs.js';
import { AccountService } from './account.service.js';
import { AccountDeletion, UserPermissions } from './account.types.js';
import { PlatformRole, User } from './user.entity.js';

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() ctx: Context): User | null {
    return ctx.viewer.user;
  }

  @Authorized()
  @Query(() => GraphQLJSONObject, { description: 'Everything the platform holds about the signed-in user: the data.json of GET /konto/mine-data.zip, which also holds their uploaded files.' })
  viewerDataExport(@Ctx() ctx: Context): Promise<Record<string, unknown>> {
    return new AccountService(ctx).exportData();
  }

  @Authorized('ADMIN')
  @Query(() => [User], { description: 'Users by name or e-mail, for granting platform roles. Admins only.' })
  @TextArgs({ search: 'single-line' })
  users(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Part of a name or e-mail address (case-insensitive); all users when omitted. Ordered by name.' }) search?: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100.' }) first = 50,
  ): Promise<User[]> {
    return new AccountService(ctx).list(search, clampFirst(first));
  }

  @Mutation(() => Boolean, {
    description:
      'Creates an account and e-mails a confirmation link; for an address that has an account, e-mails its owner instead. Always true, so it reveals nothing; sign in with accountLogin next.',
  })
  accountSignUp(@Ctx() ctx: Context, @Arg('input', () => AccountSignUpInput, { description: 'The new account’s address, password, name and language.' }) input: AccountSignUpInput): Promise<boolean> {
    return new AccountService(ctx).signUp(input);
  }

  @Mutation(() => User, { description: 'Confirms the e-mail address with the token from the e-mailed link.' })
  accountVerifyEmail(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the confirmation link (valid for 24 hours, once).' }) token: string): Promise<User> {
    return new AccountService(ctx).verifyEmail(token);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Sends a new confirmation link (at most 3 an hour); false when already confirmed.' })
  accountResendVerification(@Ctx() ctx: Context): Promise<boolean> {
    return new AccountService(ctx).resendVerification();
  }

  @Mutation(() => User, { description: 'Signs in with e-mail and password (HTTP only; sets the session cookie).' })
  accountLogin(@Ctx() ctx: Context, @Arg('email', () => String, { description: 'The account’s e-mail address (case-insensitive).' }) email: string, @Arg('password', () => String, { description: 'The account’s password.' }) password: string): Promise<User> {
    return new AccountService(ctx).login(email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends this browser session.' })
  accountLogout(@Ctx() ctx: Context): Promise<boolean> {
    return new AccountService(ctx).logout();
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Ends every session of the account, on every device; returns how many.' })
  accountLogoutEverywhere(@Ctx() ctx: Context): Promise<number> {
    return new AccountService(ctx).logoutEverywhere();
  }

  @Mutation(() => Boolean, { description: 'E-mails a password reset link if the address has an account. Always true.' })
  accountRequestPasswordReset(@Ctx() ctx: Context, @Arg('email', () => String, { description: 'The address to send the reset link to, if it has an account.' }) email: string): Promise<boolean> {
    return new AccountService(ctx).requestPasswordReset(email);
  }

  @Mutation(() => Boolean, { description: "Lifts a login lock with the token from the e-mailed link, and makes this browser a known one for the account." })
  accountUnlockLogin(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the unlock link (valid for one hour, once).' }) token: string): Promise<boolean> {
    return new AccountService(ctx).unlockLogin(token);
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the token from the e-mailed link; ends all sessions and other reset links.' })
  accountResetPassword(@Ctx() ctx: Context, @Arg('token', () => String, { description: 'The token from the reset link (valid for one hour, once).' }) token: string, @Arg('password', () => String, { description: 'The new password: 8–128 characters, not one of the most common passwords.' }) password: string): Promise<boolean> {
    return new AccountService(ctx).resetPassword(token, password);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes the account after the password is confirmed. Content kept for organisations loses its author.' })
  accountDelete(@Ctx() ctx: Context, @Arg('password', () => String, { description: 'The account’s current password, to confirm.' }) password: string): Promise<boolean> {
    return new AccountService(ctx).deleteAccount(password);
  }

  @Authorized()
  @Mutation(() => User, { description: "Updates the signed-in user's profile." })
  profileUpdate(@Ctx() ctx: Context, @Arg('input', () => ProfileUpdateInput, { description: 'The profile fields to change.' }) input: ProfileUpdateInput): Promise<User> {
    return new AccountService(ctx).updateProfile(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Grants or removes a platform role. Admins only; the last admin cannot be demoted.' })
  userSetPlatformRole(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'The user whose role changes.' }) userId: string,
    @Arg('role', () => PlatformRole, { description: 'The new platform role (USER removes any role).' }) role: PlatformRole,
  ): Promise<User> {
    return new AccountService(ctx).setPlatformRole(userId, role);
  }

  @FieldResolver(() => String, { nullable: true, description: 'E-mail address: visible to the user and to admins only.' })
  email(@Root() user: User, @Ctx() ctx: Context): string | null {
    return can.userSeePrivate(ctx.viewer, user) ? user.email : null;
  }

  @FieldResolver(() => PlatformRole, { nullable: true, description: 'Platform role: visible to the user and to admins only.' })
  platformRole(@Root() user: User, @Ctx() ctx: Context): PlatformRole | null {
    return can.userSeePrivate(ctx.viewer, user) ? user.platformRole : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the e-mail address is confirmed: visible to the user and to admins only.' })
  emailVerified(@Root() user: User, @Ctx() ctx: Context): boolean | null {
    return can.userSeePrivate(ctx.viewer, user) ? !!user.emailVerifiedAt : null;
  }

  @FieldResolver(() => [Membership], { nullable: true, description: "The user's organisation memberships: visible to the user and to admins only." })
  async memberships(@Root() user: User, @Ctx() ctx: Context): Promise<Membership[] | null> {
    if (!can.userSeePrivate(ctx.viewer, user)) return null;
    return ctx.em.find(Membership, { user: user.id }, { populate: ['organisation'], orderBy: { organisation: { name: 'asc' } } });
  }

  @FieldResolver(() => String, { nullable: true, description: "A secret iCal URL of the user's registrations: for the user only." })
  calendarFeedUrl(@Root() user: User, @Ctx() ctx: Context): string | null {
    return ctx.viewer.id === user.id ? ctx.config.publicUrl + calendarFeedPath(ctx.config.sessionSecret, user.id) : null;
  }

  @FieldResolver(() => AccountDeletion, { nullable: true, description: 'Whether the user can delete their account now, and what blocks it: for the user only.' })
  async accountDeletion(@Root() user: User, @Ctx() ctx: Context): Promise<AccountDeletion | null> {
    if (ctx.viewer.id !== user.id) return null;
    const sole = await soleResponsibilities(ctx.em, user);
    return { allowed: !hasSoleResponsibilities(sole), ...sole };
  }

  @FieldResolver(() => UserPermissions, { description: 'What the viewer may do with this user.' })
  viewerCan(@Root() user: User, @Ctx() ctx: Context): UserPermissions {
    return { setPlatformRole: can.userSetPlatformRole(ctx.viewer), seePrivate: can.userSeePrivate(ctx.viewer, user) };
  }
}
