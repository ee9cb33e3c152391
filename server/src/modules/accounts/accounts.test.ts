import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { factories, sessionCookieFrom, TEST_PASSWORD, tokenFromMail } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { deviceCookieName } from '../../common/auth/device-cookie.js';
import { MAIL_LIMITS } from '../../common/mail/mail-limits.js';
import { AuthToken } from './auth-token.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

const server = testServerForFile();
const make = factories(server);

const SIGN_UP = `mutation($input: AccountSignUpInput!) { accountSignUp(input: $input) }`;
const LOGIN = `mutation($email: String!, $password: String!) { accountLogin(email: $email, password: $password) { id email } }`;
const VIEWER = `{ viewer { id email emailVerified } }`;

const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
const countUsers = () => server.orm.em.fork().count(User);
/** The `name=value` of the device cookie a response set for `userId`. */
const deviceCookieFrom = (setCookies: string[], userId: string) =>
  setCookies.find((c) => c.startsWith(`${deviceCookieName(server.config.sessionSecret, userId)}=`))?.split(';')[0];

describe('sign-up, e-mail verification and login', () => {
  it('signs up, signs in with an HttpOnly SameSite=Lax cookie, and verifies the address from the mailed link', async () => {
    const res = await server.gql(SIGN_UP, { input: { email: ' Amina@Example.NO ', password: 'lang-og-sikker-frase', name: 'Amina' } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ accountSignUp: true });
    expect(res.setCookies).toEqual([]); // signing in is the next step, as for an address that has an account
    const login = await server.gql(`mutation { accountLogin(email: "amina@example.no", password: "lang-og-sikker-frase") { email emailVerified } }`);
    expect(login.data).toEqual({ accountLogin: { email: 'amina@example.no', emailVerified: false } });
    const setCookie = login.setCookies.find((c) => c.startsWith('samhandling_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // http://localhost: no Secure, or the browser would drop it
    const cookie = sessionCookieFrom(login.setCookies)!;

    const [mail] = await server.mails('amina@example.no');
    expect(mail!.subject).toBe('Bekreft e-postadressen din');
    const token = tokenFromMail(mail!.text);
    const verified = await server.gql(`mutation($t: String!) { accountVerifyEmail(token: $t) { emailVerified } }`, { t: token }, { cookie });
    expect(verified.data).toEqual({ accountVerifyEmail: { emailVerified: true } });

    const again = await server.gql(`mutation($t: String!) { accountVerifyEmail(token: $t) { id } }`, { t: token });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(again)).toEqual([{ field: 'token', message: 'auth/token_used' }]);
  });

  it('refuses an expired verification token', async () => {
    const before = await server.gql(SIGN_UP, { input: { email: 'late@example.no', password: 'lang-og-sikker-frase', name: 'Late' } });
    expect(before.errors).toBeUndefined();
    const token = tokenFromMail((await server.mails('late@example.no'))[0]!.text);
    await server.orm.em.fork().nativeUpdate(AuthToken, { user: { email: 'late@example.no' } }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await server.gql(`mutation($t: String!) { accountVerifyEmail(token: $t) { id } }`, { t: token });
    expect(fieldsOf(res)).toEqual([{ field: 'token', message: 'auth/token_expired' }]);
    const user = await server.orm.em.fork().findOneOrFail(User, { email: 'late@example.no' });
    expect(user.emailVerifiedAt).toBeNull();
  });

  it.each([
    ['malformed e-mail', { email: 'not-an-email', password: 'lang-og-sikker-frase', name: 'X' }, 'email', 'validation/email_invalid'],
    ['short password', { email: 'short@example.no', password: 'abc123', name: 'X' }, 'password', 'validation/password_too_short'],
    ['common password', { email: 'common@example.no', password: 'password123', name: 'X' }, 'password', 'validation/password_common'],
    ['Norwegian common password', { email: 'common2@example.no', password: 'Passord123', name: 'X' }, 'password', 'validation/password_common'],
    ['password over 128', { email: 'long@example.no', password: 'x'.repeat(129), name: 'X' }, 'password', 'validation/password_too_long'],
  ])('refuses a %s with a field error and saves nothing', async (_label, input, field, message) => {
    const users = await countUsers();
    const res = await server.gql(SIGN_UP, { input });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toContainEqual({ field, message });
    expect(await countUsers()).toBe(users);
    expect(res.setCookies).toEqual([]);
  });

  it('answers a known address (whatever its case) as a new one, and mails its owner instead of making a second account', async () => {
    const owner = await make.user({ email: 'taken@example.no', name: 'Tora' });
    const users = await countUsers();
    const known = await server.gql(SIGN_UP, { input: { email: 'TAKEN@example.no', password: 'lang-og-sikker-frase', name: 'Twin' } });
    const fresh = await server.gql(SIGN_UP, { input: { email: 'fresh@example.no', password: 'lang-og-sikker-frase', name: 'Fresh' } });
    expect(known).toEqual(fresh);
    expect(known).toMatchObject({ status: 200, data: { accountSignUp: true }, setCookies: [] });
    expect(await countUsers()).toBe(users + 1);

    const [mail] = await server.mails('taken@example.no');
    expect(mail!.subject).toBe('Du har allerede en konto');
    expect(mail!.text).toContain('Hei Tora!');
    expect(mail!.text).toContain(`${server.config.publicUrl}/konto/glemt-passord`);
    expect((await server.mails('fresh@example.no'))[0]!.subject).toBe('Bekreft e-postadressen din');
    // The owner's password and name are untouched.
    const after = await server.orm.em.fork().findOneOrFail(User, { id: owner.id });
    expect([after.name, after.passwordHash]).toEqual([owner.name, owner.passwordHash]);
  });

  it('limits sign-ups per IP address with RATE_LIMITED', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.30' };
    for (let i = 0; i < MAIL_LIMITS.perIp.signUp.points; i++) {
      const ok = await server.gql(SIGN_UP, { input: { email: `mass-${i}@example.no`, password: 'lang-og-sikker-frase', name: 'Masse' } }, { headers });
      expect(ok.data).toEqual({ accountSignUp: true });
    }
    const over = await server.gql(SIGN_UP, { input: { email: 'mass-over@example.no', password: 'lang-og-sikker-frase', name: 'Masse' } }, { headers });
    expect(over.errors?.[0]).toMatchObject({ message: 'limit/too_many_requests', extensions: { code: 'RATE_LIMITED' } });
    expect(await server.orm.em.fork().count(User, { email: 'mass-over@example.no' })).toBe(0);
    // Another address is not affected.
    const other = await server.gql(SIGN_UP, { input: { email: 'mass-other@example.no', password: 'lang-og-sikker-frase', name: 'Annen' } }, { headers: { 'x-forwarded-for': '203.0.113.31' } });
    expect(other.data).toEqual({ accountSignUp: true });
  });

  it('sends at most 3 confirmation links an hour to an address, answering as always', async () => {
    const user = await make.user({ email: 'resend@example.no', verified: false });
    const cookie = await make.cookieFor(user);
    for (let i = 0; i < 5; i++) {
      expect((await server.gql(`mutation { accountResendVerification }`, {}, { cookie })).data).toEqual({ accountResendVerification: true });
    }
    expect(await server.mails('resend@example.no')).toHaveLength(MAIL_LIMITS.perRecipient.verifyEmail.points);
  });

  it('gives a wrong password a clear error and a fresh session id on every login', async () => {
    const user = await make.user({ email: 'login@example.no' });
    const wrong = await server.gql(LOGIN, { email: 'login@example.no', password: 'feil-passord-her' });
    expect(wrong.errors?.[0]?.message).toBe('auth/invalid_credentials');
    expect(wrong.setCookies).toEqual([]);

    const first = await server.gql(LOGIN, { email: 'LOGIN@example.no', password: TEST_PASSWORD });
    expect(first.data).toEqual({ accountLogin: { id: user.id, email: 'login@example.no' } });
    const cookie1 = sessionCookieFrom(first.setCookies)!;
    const second = await server.gql(LOGIN, { email: 'login@example.no', password: TEST_PASSWORD }, { cookie: cookie1 });
    const cookie2 = sessionCookieFrom(second.setCookies)!;
    expect(cookie2).not.toBe(cookie1);
    // Logging in again from the same browser ends the old session (no fixation).
    expect((await server.gql(VIEWER, {}, { cookie: cookie1 })).data).toEqual({ viewer: null });
    expect((await server.gql<{ viewer: { id: string } }>(VIEWER, {}, { cookie: cookie2 })).data?.viewer.id).toBe(user.id);
  });

  it('limits failed logins per account with a clear RATE_LIMITED error', async () => {
    await make.user({ email: 'target@example.no' });
    for (let i = 0; i < 5; i++) {
      const res = await server.gql(LOGIN, { email: 'target@example.no', password: `guess-number-${i}` });
      expect(res.errors?.[0]?.message).toBe('auth/invalid_credentials');
    }
    const blocked = await server.gql(LOGIN, { email: 'target@example.no', password: TEST_PASSWORD });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.setCookies).toEqual([]);
  });

  it('lets a browser that has signed in before through a lock with the right password, and mails the owner one unlock link', async () => {
    const user = await make.user({ email: 'locked@example.no', name: 'Lars' });
    const known = await server.gql(LOGIN, { email: 'locked@example.no', password: TEST_PASSWORD });
    const deviceCookie = deviceCookieFrom(known.setCookies, user.id)!;
    const deviceHeader = known.setCookies.find((c) => c.startsWith(deviceCookie.split('=')[0]!))!;
    for (const attribute of [/HttpOnly/i, /SameSite=Strict/i, /Path=\/graphql/i, /Max-Age=31536000/i]) expect(deviceHeader).toMatch(attribute);

    // A stranger guesses five times: the account is locked for browsers it has not seen, even with the right password.
    const stranger = { 'x-forwarded-for': '203.0.113.70' };
    for (let i = 0; i < 7; i++) await server.gql(LOGIN, { email: 'locked@example.no', password: `guess-number-${i}` }, { headers: stranger });
    const blocked = await server.gql(LOGIN, { email: 'locked@example.no', password: TEST_PASSWORD }, { headers: stranger });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // A forged or another account's device cookie does not help.
    const [name, value] = deviceCookie.split('=') as [string, string];
    const forged = await server.gql(LOGIN, { email: 'locked@example.no', password: TEST_PASSWORD }, { cookie: `${name}=x${value.slice(1)}` });
    expect(forged.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    // The owner's browser gets in.
    const owner = await server.gql(LOGIN, { email: 'locked@example.no', password: TEST_PASSWORD }, { cookie: deviceCookie });
    expect(owner.data).toEqual({ accountLogin: { id: user.id, email: 'locked@example.no' } });

    // One unlock mail for the lock, however many attempts followed.
    const mails = await server.mails('locked@example.no');
    expect(mails.map((m) => m.subject)).toEqual(['Innloggingen til kontoen din er sperret']);
    expect(mails[0]!.text).toContain('/konto/opphev-sperre?token=');

    // The link lifts the lock and makes the browser that opens it a known one.
    const unlock = await server.gql(`mutation($t: String!) { accountUnlockLogin(token: $t) }`, { t: tokenFromMail(mails[0]!.text) });
    expect(unlock.data).toEqual({ accountUnlockLogin: true });
    expect(deviceCookieFrom(unlock.setCookies, user.id)).toBeDefined();
    const again = await server.gql(LOGIN, { email: 'locked@example.no', password: TEST_PASSWORD }, { headers: stranger });
    expect(again.errors).toBeUndefined();
    const reused = await server.gql(`mutation($t: String!) { accountUnlockLogin(token: $t) }`, { t: tokenFromMail(mails[0]!.text) });
    expect(fieldsOf(reused)).toEqual([{ field: 'token', message: 'auth/token_used' }]);
  });

  it('counts wrong passwords from a known browser on their own: five lock that browser', async () => {
    const user = await make.user({ email: 'own-count@example.no' });
    const deviceCookie = deviceCookieFrom((await server.gql(LOGIN, { email: 'own-count@example.no', password: TEST_PASSWORD })).setCookies, user.id)!;
    for (let i = 0; i < 5; i++) await server.gql(LOGIN, { email: 'own-count@example.no', password: `guess-number-${i}` }, { cookie: deviceCookie });
    const blocked = await server.gql(LOGIN, { email: 'own-count@example.no', password: TEST_PASSWORD }, { cookie: deviceCookie });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The account itself is not locked: no unlock mail, and another browser gets in.
    expect(await server.mails('own-count@example.no')).toEqual([]);
    expect((await server.gql(LOGIN, { email: 'own-count@example.no', password: TEST_PASSWORD })).errors).toBeUndefined();
  });

  it('logs out this browser, and everywhere', async () => {
    const user = await make.user();
    const a = await make.cookieFor(user);
    const b = await make.cookieFor(user);
    const c = await make.cookieFor(user);
    const out = await server.gql(`mutation { accountLogout }`, {}, { cookie: a });
    expect(out.setCookies[0]).toMatch(/Max-Age=0/);
    expect((await server.gql(VIEWER, {}, { cookie: a })).data).toEqual({ viewer: null });
    expect((await server.gql<{ viewer: unknown }>(VIEWER, {}, { cookie: b })).data?.viewer).not.toBeNull();
    const everywhere = await server.gql(`mutation { accountLogoutEverywhere }`, {}, { cookie: b });
    expect(everywhere.data).toEqual({ accountLogoutEverywhere: 2 });
    expect((await server.gql(VIEWER, {}, { cookie: c })).data).toEqual({ viewer: null });
  });

  it('slides a session’s expiry when it is used more than five minutes after it was last seen, and ends an expired one', async () => {
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    const em = server.orm.em.fork();
    const long = new Date(Date.now() - 3_600_000);
    const soon = new Date(Date.now() + 60_000);
    await em.nativeUpdate(Session, { user }, { lastSeenAt: long, expiresAt: soon });
    expect((await server.gql<{ viewer: { id: string } }>(VIEWER, {}, { cookie })).data?.viewer.id).toBe(user.id);
    const [touched] = await em.fork().find(Session, { user });
    expect(touched!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(touched!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    await em.nativeUpdate(Session, { user }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await server.gql(VIEWER, {}, { cookie })).data).toEqual({ viewer: null });
  });
});

describe('password reset', () => {
  it('resets by mailed link, ends all sessions, and refuses the link a second time', async () => {
    const user = await make.user({ email: 'forgot@example.no' });
    const session = await make.cookieFor(user);
    expect((await server.gql(`mutation { accountRequestPasswordReset(email: "forgot@example.no") }`)).data).toEqual({ accountRequestPasswordReset: true });
    // Unknown addresses get the same answer and no mail.
    expect((await server.gql(`mutation { accountRequestPasswordReset(email: "nobody@example.no") }`)).data).toEqual({ accountRequestPasswordReset: true });
    expect(await server.mails('nobody@example.no')).toEqual([]);

    const token = tokenFromMail((await server.mails('forgot@example.no'))[0]!.text);
    const weak = await server.gql(`mutation($t: String!) { accountResetPassword(token: $t, password: "12345678") }`, { t: token });
    expect(fieldsOf(weak)).toEqual([{ field: 'password', message: 'validation/password_common' }]);

    const ok = await server.gql(`mutation($t: String!) { accountResetPassword(token: $t, password: "nytt-og-langt-passord") }`, { t: token });
    expect(ok.data).toEqual({ accountResetPassword: true });
    expect((await server.gql(VIEWER, {}, { cookie: session })).data).toEqual({ viewer: null });
    expect((await server.gql(LOGIN, { email: 'forgot@example.no', password: 'nytt-og-langt-passord' })).errors).toBeUndefined();

    const reused = await server.gql(`mutation($t: String!) { accountResetPassword(token: $t, password: "enda-et-nytt-passord") }`, { t: token });
    expect(fieldsOf(reused)).toEqual([{ field: 'token', message: 'auth/token_used' }]);
    expect((await server.gql(LOGIN, { email: 'forgot@example.no', password: 'enda-et-nytt-passord' })).errors?.[0]?.message).toBe('auth/invalid_credentials');
  });

  it('a successful reset ends the account’s other unused reset links', async () => {
    await make.user({ email: 'twice@example.no' });
    const headers = { 'x-forwarded-for': '203.0.113.40' };
    await server.gql(`mutation { accountRequestPasswordReset(email: "twice@example.no") }`, {}, { headers });
    await server.gql(`mutation { accountRequestPasswordReset(email: "twice@example.no") }`, {}, { headers });
    const [newer, older] = (await server.mails('twice@example.no')).map((m) => tokenFromMail(m.text));
    expect(newer).not.toBe(older);
    const ok = await server.gql(`mutation($t: String!) { accountResetPassword(token: $t, password: "nytt-og-langt-passord") }`, { t: newer });
    expect(ok.data).toEqual({ accountResetPassword: true });
    const stale = await server.gql(`mutation($t: String!) { accountResetPassword(token: $t, password: "angriperens-passord") }`, { t: older });
    expect(fieldsOf(stale)).toEqual([{ field: 'token', message: 'auth/token_used' }]);
    expect((await server.gql(LOGIN, { email: 'twice@example.no', password: 'nytt-og-langt-passord' })).errors).toBeUndefined();
  });

  it('sends at most 3 reset mails an hour to an address, silently, and limits requests per IP', async () => {
    await make.user({ email: 'flooded@example.no' });
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(await server.gql(`mutation { accountRequestPasswordReset(email: "flooded@example.no") }`, {}, { headers: { 'x-forwarded-for': `203.0.113.${50 + i}` } }));
    }
    // The same answer every time (nothing revealed), but only 3 mails.
    expect(answers.map((a) => a.data)).toEqual(Array(6).fill({ accountRequestPasswordReset: true }));
    expect(await server.mails('flooded@example.no')).toHaveLength(MAIL_LIMITS.perRecipient.resetPassword.points);

    const headers = { 'x-forwarded-for': '203.0.113.60' };
    for (let i = 0; i < MAIL_LIMITS.perIp.passwordReset.points; i++) {
      const res = await server.gql(`mutation($e: String!) { accountRequestPasswordReset(email: $e) }`, { e: `someone-${i}@example.no` }, { headers });
      expect(res.data).toEqual({ accountRequestPasswordReset: true });
    }
    const over = await server.gql(`mutation { accountRequestPasswordReset(email: "one-more@example.no") }`, {}, { headers });
    expect(over.errors?.[0]).toMatchObject({ message: 'limit/too_many_requests', extensions: { code: 'RATE_LIMITED' } });
  });

  it('refuses an unknown token', async () => {
    const res = await server.gql(`mutation { accountResetPassword(token: "made-up", password: "nytt-og-langt-passord") }`);
    expect(fieldsOf(res)).toEqual([{ field: 'token', message: 'auth/token_invalid' }]);
  });
});

describe('profile, export and deletion', () => {
  it('updates the profile and validates it', async () => {
    const cookie = await make.cookieFor(await make.user());
    const res = await server.gql(
      `mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { name title profileTags preferredLanguage } }`,
      { i: { name: ' Siri ', title: 'Mangfoldsrådgiver', profileTags: ['Diversity-Adviser', 'volunteer', 'volunteer'], preferredLanguage: 'nn' } },
      { cookie },
    );
    expect(res.data).toEqual({ profileUpdate: { name: 'Siri', title: 'Mangfoldsrådgiver', profileTags: ['diversity-adviser', 'volunteer'], preferredLanguage: 'nn' } });
    const bad = await server.gql(`mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { name } }`, { i: { name: 'x'.repeat(121) } }, { cookie });
    expect(fieldsOf(bad)).toEqual([{ field: 'name', message: 'validation/name_length' }]);
  });

  it('exports the user’s own data as JSON', async () => {
    const user = await make.user({ email: 'export@example.no' });
    await make.organisation({ name: 'Språkkafé Bamble', admins: [user] });
    const cookie = await make.cookieFor(user);
    const res = await server.gql<{ viewerDataExport: { account: { email: string }; memberships: { organisationName: string; role: string }[]; sessions: unknown[] } }>(
      `{ viewerDataExport }`,
      {},
      { cookie },
    );
    expect(res.data?.viewerDataExport.account.email).toBe('export@example.no');
    expect(res.data?.viewerDataExport.memberships).toEqual([expect.objectContaining({ organisationName: 'Språkkafé Bamble', role: 'ADMIN' })]);
    expect(res.data?.viewerDataExport.sessions).toHaveLength(1);
    expect(JSON.stringify(res.data)).not.toContain('passwordHash');
  });

  it('deletes the account, keeps the organisation, and refuses while the user is the only admin of others', async () => {
    const owner = await make.user();
    const other = await make.user();
    const org = await make.organisation({ admins: [owner], members: [other] });
    const cookie = await make.cookieFor(owner);
    const wrong = await server.gql(`mutation { accountDelete(password: "not-it-at-all") }`, {}, { cookie });
    expect(fieldsOf(wrong)).toEqual([{ field: 'password', message: 'account/wrong_password' }]);
    const stranded = await server.gql(`mutation($p: String!) { accountDelete(password: $p) }`, { p: TEST_PASSWORD }, { cookie });
    expect(stranded.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', organisations: [org.name] });

    const otherCookie = await make.cookieFor(other);
    const deleted = await server.gql(`mutation($p: String!) { accountDelete(password: $p) }`, { p: TEST_PASSWORD }, { cookie: otherCookie });
    expect(deleted.data).toEqual({ accountDelete: true });
    const em = server.orm.em.fork();
    expect(await em.count(User, { id: other.id })).toBe(0);
    expect(await em.count(Session, { user: other.id })).toBe(0);
    expect((await server.gql<{ organisation: { name: string } }>(`query($id: ID!) { organisation(id: $id) { name } }`, { id: org.id })).data?.organisation.name).toBe(org.name);
  });
});

describe('the session over graphql-ws', () => {
  it('authenticates the WebSocket with the same cookie', async () => {
    const user = await make.user({ email: 'ws@example.no' });
    const cookie = await make.cookieFor(user);
    const client = createClient({
      url: `ws://127.0.0.1:${server.port}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols: string[]) {
          super(url, protocols, { headers: { cookie } });
        }
      },
    });
    try {
      const result = await new Promise((resolve, reject) =>
        client.subscribe({ query: '{ viewer { email } }' }, { next: resolve, error: reject, complete: () => {} }),
      );
      expect(result).toEqual({ data: { viewer: { email: 'ws@example.no' } } });
    } finally {
      await client.dispose();
    }
  });
});
