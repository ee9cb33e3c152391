import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../src/common/auth/password.js';
import { SESSION_COOKIE } from '../src/common/auth/session.js';
import { hashToken, newToken } from '../src/common/auth/tokens.js';
import { Session } from '../src/modules/accounts/session.entity.js';
import { PlatformRole, User } from '../src/modules/accounts/user.entity.js';
import { Membership, MembershipRole } from '../src/modules/organisations/membership.entity.js';
import { Organisation, OrganisationKind, VerificationStatus } from '../src/modules/organisations/organisation.entity.js';
import type { TestServer } from './test-server.js';

export const TEST_PASSWORD = 'Riktig-hest-batteri-9';
let passwordHash: Promise<string> | undefined;

type UserOptions = { email?: string; name?: string; role?: PlatformRole; verified?: boolean };
type OrganisationOptions = { name?: string; kind?: OrganisationKind; admins?: User[]; members?: User[]; verified?: boolean };

/** Test data goes straight into the database; the operation under test goes through the real server. */
export function factories(server: TestServer) {
  const em = () => server.orm.em.fork() as EntityManager;

  const make = {
    async user(opts: UserOptions = {}): Promise<User> {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const e = em();
      const user = e.create(User, {
        email: opts.email ?? `user-${randomUUID().slice(0, 8)}@example.no`,
        name: opts.name ?? 'Test Testesen',
        passwordHash: await passwordHash,
        platformRole: opts.role ?? PlatformRole.USER,
        emailVerifiedAt: opts.verified === false ? null : new Date(),
      });
      await e.flush();
      return user;
    },

    /** Pending verification unless `verified` (only verified ones may mail invitations and messages). */
    async organisation(opts: OrganisationOptions = {}): Promise<Organisation> {
      const e = em();
      const org = e.create(Organisation, { name: opts.name ?? `Org ${randomUUID().slice(0, 6)}`, kind: opts.kind ?? OrganisationKind.VOLUNTARY });
      if (opts.verified) Object.assign(org, { verificationStatus: VerificationStatus.VERIFIED, verifiedAt: new Date() });
      for (const u of opts.admins ?? []) e.create(Membership, { organisation: org, user: e.getReference(User, u.id), role: MembershipRole.ADMIN });
      for (const u of opts.members ?? []) e.create(Membership, { organisation: org, user: e.getReference(User, u.id), role: MembershipRole.MEMBER });
      await e.flush();
      return org;
    },

    /** A new organisation with one admin, signed in: where most tests of what an organisation publishes start. */
    async orgAdmin(opts: { user?: UserOptions; org?: Omit<OrganisationOptions, 'admins'> } = {}): Promise<{ user: User; org: Organisation; cookie: string }> {
      const user = await make.user(opts.user);
      const org = await make.organisation({ ...opts.org, admins: [user] });
      return { user, org, cookie: await make.cookieFor(user) };
    },

    async membership(org: Organisation, user: User, role = MembershipRole.MEMBER): Promise<Membership> {
      const e = em();
      const m = e.create(Membership, { organisation: e.getReference(Organisation, org.id), user: e.getReference(User, user.id), role });
      await e.flush();
      return m;
    },

    /** A session row and the Cookie header that presents it (what a login would have produced). */
    async cookieFor(user: User): Promise<string> {
      const token = newToken();
      const e = em();
      e.create(Session, { tokenHash: hashToken(server.config.sessionSecret, token), user: e.getReference(User, user.id), expiresAt: new Date(Date.now() + 86_400_000) });
      await e.flush();
      return `${SESSION_COOKIE}=${token}`;
    },
  };
  return make;
}

export type Factories = ReturnType<typeof factories>;

/** The `name=value` part of a Set-Cookie header for the session cookie. */
export function sessionCookieFrom(setCookies: string[]): string | undefined {
  const header = setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return header?.split(';')[0];
}

/** The token from the first link in a mail text. */
export function tokenFromMail(text: string): string {
  const match = /token=([A-Za-z0-9_%-]+)/.exec(text);
  if (!match) throw new Error(`no token link in mail:\n${text}`);
  return decodeURIComponent(match[1]!);
}

/** A minimal valid PDF: what file-type recognises by its first bytes. */
export const MINIMAL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** POSTs `body` as the multipart field `file`, as the client's uploads do (with the CSRF header unless told not to). */
export function postFile(url: string, body: Buffer, name: string, cookie: string, withHeader = true): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([body]), name);
  return fetch(url, { method: 'POST', body: form, headers: { cookie, ...(withHeader ? { 'x-samhandling-upload': '1' } : {}) } });
}
