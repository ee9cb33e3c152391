import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { PlatformRole, User } from '../../modules/accounts/user.entity.js';
import { Event, EventKind, EventMode, EventStatus, Registration, RegistrationStatus } from '../../modules/events/event.entity.js';
import { Invitation } from '../../modules/organisations/invitation.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { MAIL_LIMITS } from './mail-limits.js';
import { oneLine } from './templates.js';

const server = testServerForFile();
const make = factories(server);

const INVITE = `mutation($i: OrganisationInviteInput!) { organisationInvite(input: $i) { id } }`;
const MESSAGE = `mutation($id: ID!, $s: String!) { eventMessageRegistrants(eventId: $id, subject: $s, body: "Husk å ta med legitimasjon.") }`;

/** A published event of `org` with a registered guest (an address the organiser typed in, say). */
async function eventWithGuest(org: Organisation, guestEmail: string): Promise<string> {
  const em = server.orm.em.fork();
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const event = em.create(Event, { organisation: em.getReference(Organisation, org.id), title: 'Språkkafé', kind: EventKind.SEMINAR, mode: EventMode.ONLINE, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), capacity: 10, status: EventStatus.PUBLISHED, confirmedCount: 1 });
  em.create(Registration, { event, guestName: 'Gjest', guestEmail, tokenHash: randomUUID().replace(/-/g, ''), status: RegistrationStatus.CONFIRMED });
  await em.flush();
  return event.id;
}

async function adminOf(verified: boolean, name?: string): Promise<{ admin: User; org: Organisation; cookie: string }> {
  const admin = await make.user({ name: 'Ada Admin' });
  const org = await make.organisation({ admins: [admin], verified, name });
  return { admin, org, cookie: await make.cookieFor(admin) };
}

describe('mail that organisations send to outsiders', () => {
  it('is refused until county staff verify the organisation, then sent', async () => {
    const { org, cookie } = await adminOf(false);
    const eventId = await eventWithGuest(org, 'gjest-a@example.no');

    const invite = await server.gql(INVITE, { i: { organisationId: org.id, email: 'utenfra@example.no' } }, { cookie });
    expect(invite.errors?.[0]).toMatchObject({ message: 'organisation/not_verified', extensions: { code: 'FORBIDDEN' } });
    const message = await server.gql(MESSAGE, { id: eventId, s: 'Velkommen' }, { cookie });
    expect(message.errors?.[0]).toMatchObject({ message: 'organisation/not_verified', extensions: { code: 'FORBIDDEN' } });
    expect(await server.orm.em.fork().count(Invitation, { organisation: org.id })).toBe(0);
    expect(await server.mails('utenfra@example.no')).toEqual([]);
    expect(await server.mails('gjest-a@example.no')).toEqual([]);

    const staffCookie = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    expect((await server.gql(`mutation($id: ID!) { organisationVerify(id: $id) { verificationStatus } }`, { id: org.id }, { cookie: staffCookie })).errors).toBeUndefined();
    expect((await server.gql(INVITE, { i: { organisationId: org.id, email: 'utenfra@example.no' } }, { cookie })).errors).toBeUndefined();
    expect((await server.gql(MESSAGE, { id: eventId, s: 'Velkommen' }, { cookie })).data).toEqual({ eventMessageRegistrants: 1 });
    expect(await server.mails('utenfra@example.no')).toHaveLength(1);
    expect(await server.mails('gjest-a@example.no')).toHaveLength(1);
  });

  it('county staff may message the registrants of an unverified organisation’s event', async () => {
    const { org } = await adminOf(false);
    const eventId = await eventWithGuest(org, 'gjest-b@example.no');
    const staffCookie = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    expect((await server.gql(MESSAGE, { id: eventId, s: 'Endret tid' }, { cookie: staffCookie })).data).toEqual({ eventMessageRegistrants: 1 });
  });

  it('sends at most 3 invitations a day to one address (the rest silently), and 30 an hour per inviting account', async () => {
    const { org, cookie } = await adminOf(true);
    for (let i = 0; i < 4; i++) {
      const res = await server.gql(INVITE, { i: { organisationId: org.id, email: 'populaer@example.no' } }, { cookie });
      expect(res.errors).toBeUndefined();
    }
    expect(await server.mails('populaer@example.no')).toHaveLength(MAIL_LIMITS.perRecipient.invitation.points);

    for (let i = 4; i < MAIL_LIMITS.perAccount.invitation.points; i++) {
      expect((await server.gql(INVITE, { i: { organisationId: org.id, email: `mottaker-${i}@example.no` } }, { cookie })).errors).toBeUndefined();
    }
    const over = await server.gql(INVITE, { i: { organisationId: org.id, email: 'en-for-mye@example.no' } }, { cookie });
    expect(over.errors?.[0]).toMatchObject({ message: 'limit/too_many_requests', extensions: { code: 'RATE_LIMITED' } });
    expect(over.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await server.orm.em.fork().count(Invitation, { email: 'en-for-mye@example.no' })).toBe(0);
  });

  it('sends at most 10 messages to registrants an hour per account', async () => {
    const { org, cookie } = await adminOf(true);
    const eventId = await eventWithGuest(org, 'gjest-c@example.no');
    for (let i = 0; i < MAIL_LIMITS.perAccount.registrantMessage.points; i++) {
      expect((await server.gql(MESSAGE, { id: eventId, s: `Melding ${i}` }, { cookie })).data).toEqual({ eventMessageRegistrants: 1 });
    }
    const over = await server.gql(MESSAGE, { id: eventId, s: 'En til' }, { cookie });
    expect(over.errors?.[0]).toMatchObject({ message: 'limit/too_many_requests', extensions: { code: 'RATE_LIMITED' } });
    expect(await server.mails('gjest-c@example.no')).toHaveLength(MAIL_LIMITS.perAccount.registrantMessage.points);
  });

  it('puts names into subjects as one short line', async () => {
    const evilName = `Gratis iPhone\r\nBcc: alle@example.no\r\n\r\nKlikk her ${'!'.repeat(150)}`;
    const { admin, org, cookie } = await adminOf(true);
    const em = server.orm.em.fork();
    await em.nativeUpdate(Organisation, { id: org.id }, { name: evilName });
    await em.nativeUpdate(User, { id: admin.id }, { name: 'Ada\nAdmin' });
    expect((await server.gql(INVITE, { i: { organisationId: org.id, email: 'offer@example.no' } }, { cookie })).errors).toBeUndefined();
    const [mail] = await server.mails('offer@example.no');
    expect(mail!.subject).not.toMatch(/[\r\n]/);
    expect(mail!.subject.startsWith('Invitasjon til Gratis iPhone Bcc: alle@example.no Klikk her !')).toBe(true);
    expect(mail!.subject.length).toBeLessThanOrEqual(160);
    expect(mail!.text.split('\n')[0]).toMatch(/^Ada Admin har invitert deg til å bli med i Gratis iPhone Bcc: alle@example\.no Klikk her !+…/);
  });
});

describe('oneLine', () => {
  it('turns control characters into spaces and caps the length', () => {
    expect(oneLine(' a\r\nb\tc\u0000d\u2028e ', 50)).toBe('a b c d e');
    expect(oneLine('abcdefghij', 5)).toBe('abcd…');
  });
});
