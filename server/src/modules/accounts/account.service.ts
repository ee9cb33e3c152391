import { audit } from '../../common/audit.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ConflictError, UserInputError } from '../../common/errors.js';
import { hasSoleResponsibilities, isOnlyPlatformAdmin, soleResponsibilities } from './last-admin.js';
import { authorize, can } from '../../common/auth/policies.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../common/auth/password.js';
import { clearSessionCookie } from '../../common/auth/session.js';
import { startSession } from './sign-in.js';
import { knownDevice, rememberDevice } from '../../common/auth/device-cookie.js';
import { LOGIN_LIMITS } from '../../common/auth/login-limiter.js';
import { hashToken, newToken } from '../../common/auth/tokens.js';
import { clientIp, mailLimits } from '../../common/mail/mail-limits.js';
import { renderMail } from '../../common/mail/templates.js';
import { assertPassword, normaliseEmail } from '../../common/validation.js';
import { sendMail, type Context } from '../../context.js';
import { escapeLike, isUuid } from '../../common/sql.js';
import type { AccountSignUpInput, ProfileUpdateInput } from './account.inputs.js';
import { exportDocument } from './export.js';
import { AuthToken, AuthTokenPurpose } from './auth-token.entity.js';
import { Session } from './session.entity.js';
import { Language, PlatformRole, User } from './user.entity.js';

const HOUR = 3_600_000;

const actorOf = (u: User) => ({ id: u.id, name: u.name });

export class AccountService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /**
   * The same answer whether or not the address has an account, so sign-up reveals nothing (like login and
   * reset): a new address gets an account and a confirmation link, a known one a mail saying it already has
   * an account. Signing in is the next step (the client logs in with the same password right after).
   */
  async signUp(input: AccountSignUpInput): Promise<boolean> {
    const email = normaliseEmail('email', input.email);
    assertPassword('password', input.password);
    const name = input.name.trim();
    if (!name) throw UserInputError.field('name', 'validation/name_length');
    const limits = mailLimits(this.ctx);
    await limits.fromIp('signUp', clientIp(this.ctx));
    // Hashed either way: the answer takes as long for a known address as for a new one.
    const passwordHash = await hashPassword(input.password);
    const existing = await this.em.findOne(User, { email });
    if (existing) {
      await this.tellAccountExists(existing);
      return true;
    }
    const user = this.em.create(User, { email, name, passwordHash, preferredLanguage: input.preferredLanguage ?? Language.nb });
    const token = this.createToken(user, AuthTokenPurpose.VERIFY_EMAIL, 24 * HOUR);
    try {
      await this.em.flush();
    } catch (e) {
      // The same address signed up a moment ago, in parallel: it is a known address now.
      if (!(e instanceof UniqueConstraintViolationException)) throw e;
      this.em.clear();
      const winner = await this.em.findOne(User, { email });
      if (winner) await this.tellAccountExists(winner);
      return true;
    }
    if (await limits.toRecipient('verifyEmail', email)) {
      await sendMail(this.ctx, renderMail('verifyEmail', user.preferredLanguage, email, { name, link: this.link('/konto/bekreft', token) }));
    }
    return true;
  }

  private async tellAccountExists(user: User): Promise<void> {
    if (!(await mailLimits(this.ctx).toRecipient('accountExists', user.email))) return;
    const base = this.ctx.config.publicUrl;
    await sendMail(this.ctx, renderMail('accountExists', user.preferredLanguage, user.email, { name: user.name, loginLink: `${base}/logg-inn`, resetLink: `${base}/konto/glemt-passord` }));
  }

  /** True when a link was due (a silent cap on mails to the address may still hold it back); false when already confirmed. */
  async resendVerification(): Promise<boolean> {
    const user = this.ctx.viewer.requireUser();
    if (user.emailVerifiedAt) return false;
    if (!(await mailLimits(this.ctx).toRecipient('verifyEmail', user.email))) return true;
    const token = this.createToken(user, AuthTokenPurpose.VERIFY_EMAIL, 24 * HOUR);
    await this.em.flush();
    await sendMail(this.ctx, renderMail('verifyEmail', user.preferredLanguage, user.email, { name: user.name, link: this.link('/konto/bekreft', token) }));
    return true;
  }

  async verifyEmail(token: string): Promise<User> {
    const record = await this.useToken(token, AuthTokenPurpose.VERIFY_EMAIL);
    record.user.emailVerifiedAt ??= new Date();
    await this.em.flush();
    return record.user;
  }

  /**
   * Signs in. A browser that has signed in to the account before (its device cookie) is let through with the
   * right password even while the account is locked for everyone else; the lock mails the owner an unlock link.
   */
  async login(emailInput: string, password: string): Promise<User> {
    const email = emailInput.trim().toLowerCase();
    const ip = clientIp(this.ctx);
    const user = await this.em.findOne(User, { email });
    const device = user ? knownDevice(this.ctx, user.id) : null;
    await this.ctx.loginLimiter.beforeAttempt(ip, email, device);
    const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    if (!user || !ok) {
      if ((await this.ctx.loginLimiter.failed(email, device)) && user) await this.sendUnlockLink(user);
      throw new UserInputError('auth/invalid_credentials', [{ field: 'password', message: 'auth/invalid_credentials' }]);
    }
    await this.ctx.loginLimiter.succeeded(ip, email, device);
    await startSession(this.ctx, user);
    rememberDevice(this.ctx, user.id);
    return user;
  }

  private async sendUnlockLink(user: User): Promise<void> {
    const token = this.createToken(user, AuthTokenPurpose.UNLOCK_LOGIN, HOUR);
    await this.em.flush();
    const mail = renderMail('unlockLogin', user.preferredLanguage, user.email, { name: user.name, minutes: LOGIN_LIMITS.windowSeconds / 60, link: this.link('/konto/opphev-sperre', token) });
    // Not awaited: how long the answer takes must not tell that the address has an account.
    void sendMail(this.ctx, mail);
  }

  /** The mailed unlock link: lifts the account's lock and makes this browser a known one for it. */
  async unlockLogin(token: string): Promise<boolean> {
    const record = await this.useToken(token, AuthTokenPurpose.UNLOCK_LOGIN);
    await this.em.flush();
    await this.ctx.loginLimiter.unlock(record.user.email);
    rememberDevice(this.ctx, record.user.id);
    return true;
  }

  async logout(): Promise<boolean> {
    if (this.ctx.viewer.sessionTokenHash) await this.em.nativeDelete(Session, { tokenHash: this.ctx.viewer.sessionTokenHash });
    clearSessionCookie(this.ctx);
    return true;
  }

  async logoutEverywhere(): Promise<number> {
    const user = this.ctx.viewer.requireUser();
    const ended = await this.em.nativeDelete(Session, { user });
    clearSessionCookie(this.ctx);
    return ended;
  }

  /** Always answers true, so the form does not reveal which addresses have accounts. */
  async requestPasswordReset(emailInput: string): Promise<boolean> {
    const email = normaliseEmail('email', emailInput);
    const limits = mailLimits(this.ctx);
    await limits.fromIp('passwordReset', clientIp(this.ctx));
    // Counted for every address, known or not: the same work either way.
    const due = await limits.toRecipient('resetPassword', email);
    const user = await this.em.findOne(User, { email });
    if (!user || !due) return true;
    const token = this.createToken(user, AuthTokenPurpose.RESET_PASSWORD, HOUR);
    await this.em.flush();
    await sendMail(this.ctx, renderMail('resetPassword', user.preferredLanguage, email, { name: user.name, link: this.link('/konto/nytt-passord', token) }));
    return true;
  }

  /**
   * Sets a new password and ends every session of the account (whoever had the old password is out), and
   * the account's other reset links with them; the link proved the inbox, so a login lock is lifted too.
   */
  async resetPassword(token: string, password: string): Promise<boolean> {
    assertPassword('password', password);
    const record = await this.useToken(token, AuthTokenPurpose.RESET_PASSWORD);
    record.user.passwordHash = await hashPassword(password);
    record.user.emailVerifiedAt ??= new Date(); // the link proved the inbox
    await this.em.flush();
    await this.em.nativeUpdate(AuthToken, { user: record.user, purpose: AuthTokenPurpose.RESET_PASSWORD, usedAt: null }, { usedAt: new Date() });
    await this.em.nativeDelete(Session, { user: record.user });
    await this.ctx.loginLimiter.unlock(record.user.email);
    return true;
  }

  async updateProfile(input: ProfileUpdateInput): Promise<User> {
    const user = this.ctx.viewer.requireUser();
    if (input.name != null) {
      const name = input.name.trim();
      if (!name) throw UserInputError.field('name', 'validation/name_length');
      user.name = name;
    }
    if (input.title != null) user.title = input.title.trim() || null;
    if (input.profileTags != null) user.profileTags = [...new Set(input.profileTags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    if (input.preferredLanguage != null) user.preferredLanguage = input.preferredLanguage;
    await this.em.flush();
    return user;
  }

  /** Everything the platform holds about the signed-in user, as one JSON document (GDPR art. 15 and 20): the
   * `data.json` of the zip at GET /konto/mine-data.zip (export.ts), which also holds their uploaded files. */
  async exportData(): Promise<Record<string, unknown>> {
    const user = this.ctx.viewer.requireUser();
    return (await exportDocument(this.em, user, this.ctx.files)).document;
  }

  /**
   * Deletes the account: the user row, sessions, tokens and memberships go; what they registered for
   * organisations stays, with no author. Refused, as leaving is, while they are the only admin of an
   * organisation, the only owner of a group or the platform's only admin: they hand it over first.
   */
  async deleteAccount(password: string): Promise<boolean> {
    const user = this.ctx.viewer.requireUser();
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw new UserInputError('account/wrong_password', [{ field: 'password', message: 'account/wrong_password' }]);
    }
    const sole = await soleResponsibilities(this.em, user);
    if (hasSoleResponsibilities(sole)) {
      throw new ConflictError('account/last_admin', {
        organisations: sole.organisations.map((o) => o.name),
        groups: sole.groups.map((g) => g.name),
        platformAdmin: sole.platformAdmin,
      });
    }
    this.em.persist(audit(this.em, { entityType: 'user', entityId: user.id, action: 'account_deleted', actor: actorOf(user as User) }));
    await this.em.flush();
    await this.em.nativeDelete(User, { id: user.id });
    clearSessionCookie(this.ctx);
    return true;
  }

  async setPlatformRole(userId: string, role: PlatformRole): Promise<User> {
    authorize(this.ctx.viewer, can.userSetPlatformRole(this.ctx.viewer));
    const user = isUuid(userId) ? await this.em.findOne(User, { id: userId }) : null;
    if (!user) throw UserInputError.field('userId', 'user/not_found');
    if (role !== PlatformRole.ADMIN && (await isOnlyPlatformAdmin(this.em, user))) throw new ConflictError('user/last_admin');
    const from = user.platformRole;
    user.platformRole = role;
    // Admin actions go into the admin audit log (modules/moderation).
    this.em.persist(audit(this.em, { entityType: 'user', entityId: user.id, action: 'role_changed', actor: actorOf(this.ctx.viewer.user as User), details: { from, to: role } }));
    await this.em.flush();
    return user;
  }

  async list(search: string | null | undefined, first: number): Promise<User[]> {
    authorize(this.ctx.viewer, can.userList(this.ctx.viewer));
    const term = search?.trim();
    const where = term ? { $or: [{ name: { $ilike: `%${escapeLike(term)}%` } }, { email: { $ilike: `%${escapeLike(term)}%` } }] } : {};
    return this.em.find(User, where, { orderBy: { name: 'asc' }, limit: first });
  }

  private createToken(user: User, purpose: AuthTokenPurpose, ttlMs: number): string {
    const token = newToken();
    this.em.create(AuthToken, { tokenHash: hashToken(this.ctx.config.sessionSecret, token), user, purpose, expiresAt: new Date(Date.now() + ttlMs) });
    return token;
  }

  /** Finds an unused, unexpired token of `purpose` and marks it used (caller flushes). */
  private async useToken(token: string, purpose: AuthTokenPurpose): Promise<AuthToken> {
    const record = await this.em.findOne(AuthToken, { tokenHash: hashToken(this.ctx.config.sessionSecret, token), purpose }, { populate: ['user'] });
    if (!record) throw UserInputError.field('token', 'auth/token_invalid');
    if (record.usedAt) throw UserInputError.field('token', 'auth/token_used');
    if (record.expiresAt < new Date()) throw UserInputError.field('token', 'auth/token_expired');
    record.usedAt = new Date();
    return record;
  }

  private link(path: string, token: string) {
    return `${this.ctx.config.publicUrl}${path}?token=${encodeURIComponent(token)}`;
  }
}

