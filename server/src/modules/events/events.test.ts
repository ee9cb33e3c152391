import { beforeAll, describe, expect, it } from 'vitest';
import { factories, tokenFromMail } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { PlatformRole } from '../accounts/user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { Event } from './event.entity.js';

const server = testServerForFile();
const make = factories(server);
let hostCookie: string;
let org: Organisation;
beforeAll(async () => {
  ({ org, cookie: hostCookie } = await make.orgAdmin({ user: { name: 'Arrangør' }, org: { name: 'Telemark fylkeskommune' } }));
});

const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
const year = new Date().getFullYear() + 1;

async function published(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    { i: { organisationId: org.id, title: 'Webinar om bruk av tolk', kind: 'WEBINAR', mode: 'ONLINE', startsAt: `${year}-02-10T09:00`, endsAt: `${year}-02-10T11:00`, capacity: 2, meetingUrl: 'https://teams.example.no/møte', topicSlugs: ['interpreting'], ...overrides } },
    { cookie: hostCookie },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.eventCreate.id;
  const pub = await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { status } }`, { id }, { cookie: hostCookie });
  expect(pub.errors).toBeUndefined();
  return id;
}

const REGISTER = `mutation($id: ID!) { eventRegister(eventId: $id) { id status waitlistPosition } }`;
/** A client address of its own (the server trusts X-Forwarded-For from loopback), so guest limits per IP stay apart. */
let ipCounter = 0;
const anotherIp = () => ({ 'x-forwarded-for': `198.51.100.${++ipCounter}` });

describe('creating events', () => {
  it('stores Oslo wall-clock times as instants, correct across daylight saving time', async () => {
    const winter = await server.gql<{ eventCreate: { startsAt: string; startsAtLocal: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { startsAt startsAtLocal } }`,
      { i: { organisationId: org.id, title: 'Vinter', kind: 'SEMINAR', mode: 'IN_PERSON', venueAddress: 'Skien', startsAt: `${year}-01-15T09:00`, endsAt: `${year}-01-15T10:00` } },
      { cookie: hostCookie },
    );
    expect(winter.data!.eventCreate).toEqual({ startsAt: `${year}-01-15T08:00:00.000Z`, startsAtLocal: `${year}-01-15T09:00` });
    const summer = await server.gql<{ eventCreate: { startsAt: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { startsAt } }`,
      { i: { organisationId: org.id, title: 'Sommer', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-06-15T09:00`, endsAt: `${year}-06-15T10:00` } },
      { cookie: hostCookie },
    );
    expect(summer.data!.eventCreate.startsAt).toBe(`${year}-06-15T07:00:00.000Z`);
  });

  it.each([
    ['an end before the start', { startsAt: `${year}-03-01T10:00`, endsAt: `${year}-03-01T09:00` }, 'endsAt', 'event/ends_before_start'],
    ['a time skipped by daylight saving', { startsAt: '2027-03-28T02:30', endsAt: '2027-03-28T04:00' }, 'startsAt', 'validation/datetime_invalid'],
    ['a malformed time', { startsAt: 'i morgen', endsAt: `${year}-03-01T09:00` }, 'startsAt', 'validation/datetime_invalid'],
    ['an in-person event without a venue', { mode: 'IN_PERSON' }, 'venueAddress', 'event/venue_required'],
    ['an unknown topic', { topicSlugs: ['nope'] }, 'topicSlugs', 'topic/unknown'],
    ['a meeting link that is not https', { meetingUrl: 'javascript:alert(1)' }, 'meetingUrl', 'validation/url_invalid'],
  ])('refuses %s and saves nothing', async (_label, override, field, message) => {
    const before = await server.orm.em.fork().count(Event);
    const res = await server.gql(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId: org.id, title: 'Feil', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-03-01T09:00`, endsAt: `${year}-03-01T10:00`, ...override } },
      { cookie: hostCookie },
    );
    expect(fieldsOf(res)).toEqual([{ field, message }]);
    expect(await server.orm.em.fork().count(Event)).toBe(before);
  });

  it('makes a weekly series at the same Oslo time across the change to summer time', async () => {
    const id = await published({ startsAt: `${year}-03-20T18:00`, endsAt: `${year}-03-20T20:00` });
    const res = await server.gql<{ eventCreateSeries: { startsAtLocal: string; status: string }[] }>(`mutation($id: ID!) { eventCreateSeries(id: $id, frequency: WEEKLY, count: 2) { startsAtLocal status } }`, { id }, { cookie: hostCookie });
    expect(res.data!.eventCreateSeries).toEqual([
      { startsAtLocal: `${year}-03-27T18:00`, status: 'DRAFT' },
      { startsAtLocal: `${year}-04-03T18:00`, status: 'DRAFT' },
    ]);
  });
});

describe('registration', () => {
  it('confirms while seats last, waitlists in order, promotes on cancel, and tells the promoted user live', async () => {
    const id = await published();
    const [a, b, c] = await Promise.all([make.user(), make.user(), make.user({ email: 'tredje@example.no' })]);
    const [ca, cb, cc] = await Promise.all([make.cookieFor(a), make.cookieFor(b), make.cookieFor(c)]);
    expect((await server.gql(REGISTER, { id }, { cookie: ca })).data).toMatchObject({ eventRegister: { status: 'CONFIRMED' } });
    const second = await server.gql<{ eventRegister: { id: string } }>(REGISTER, { id }, { cookie: cb });
    expect((await server.gql(REGISTER, { id }, { cookie: cc })).data).toMatchObject({ eventRegister: { status: 'WAITLISTED', waitlistPosition: 1 } });
    expect((await server.gql(REGISTER, { id }, { cookie: cc })).errors?.[0]?.message).toBe('event/already_registered');

    const client = wsClient(server.port, cc);
    const updates = collect<{ eventUpdates: { confirmedCount: number; waitlistCount: number } }>(client, `subscription($id: ID!) { eventUpdates(eventId: $id) { confirmedCount waitlistCount } }`, { id });
    const inbox = collect<{ notificationEvents: { notification: { type: string } } }>(client, `subscription { notificationEvents { notification { type } } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));

    // The meeting link is for confirmed participants only.
    const q = `query($id: ID!) { event(id: $id) { meetingUrl confirmedCount waitlistCount seatsLeft viewerRegistration { status } } }`;
    expect((await server.gql(q, { id }, { cookie: cc })).data).toEqual({ event: { meetingUrl: null, confirmedCount: 2, waitlistCount: 1, seatsLeft: 0, viewerRegistration: { status: 'WAITLISTED' } } });

    await server.gql(`mutation($id: ID!) { registrationCancel(id: $id) { status } }`, { id: second.data!.eventRegister.id }, { cookie: cb });
    const [update] = await updates.waitFor(1);
    expect(update!.eventUpdates).toEqual({ confirmedCount: 2, waitlistCount: 0 });
    const [note] = await inbox.waitFor(1);
    expect(note!.notificationEvents.notification.type).toBe('EVENT_PROMOTED');
    expect((await server.gql(q, { id }, { cookie: cc })).data).toMatchObject({ event: { meetingUrl: 'https://teams.example.no/møte', viewerRegistration: { status: 'CONFIRMED' } } });
    expect((await server.mails('tredje@example.no'))[0]?.subject).toBe('Du har fått plass: Webinar om bruk av tolk');
    await client.dispose();
  });

  it('promotes from the waitlist when capacity grows', async () => {
    const id = await published({ capacity: 1 });
    const cookies = await Promise.all([1, 2, 3].map(async () => make.cookieFor(await make.user())));
    for (const cookie of cookies) await server.gql(REGISTER, { id }, { cookie });
    const res = await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { capacity: 2 }) { confirmedCount waitlistCount } }`, { id }, { cookie: hostCookie });
    expect(res.data).toEqual({ eventUpdate: { confirmedCount: 2, waitlistCount: 1 } });
  });

  it.each([
    ['before the window opens', { registrationOpensAt: `${year}-02-01T09:00` }, 'event/registration_not_open', 'NOT_YET_OPEN'],
    ['after the window closes', { startsAt: '2024-01-10T09:00', endsAt: '2024-01-10T10:00' }, 'event/registration_closed', 'CLOSED'],
  ])('refuses registration %s with a clear error, as registrationWindow and viewerCan said beforehand', async (_label, override, message, window) => {
    const id = await published(override);
    const cookie = await make.cookieFor(await make.user());
    const said = await server.gql(`query($id: ID!) { event(id: $id) { registrationWindow viewerCan { register } } }`, { id }, { cookie });
    expect(said.data).toEqual({ event: { registrationWindow: window, viewerCan: { register: false } } });
    const res = await server.gql(REGISTER, { id }, { cookie });
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: 'CONFLICT' } });
  });

  it('refuses registration for a cancelled event, and tells registrants when it is cancelled', async () => {
    const id = await published();
    const user = await make.user({ email: 'avlyst@example.no' });
    const cookie = await make.cookieFor(user);
    await server.gql(REGISTER, { id }, { cookie });
    await server.gql(`mutation($id: ID!) { eventCancel(id: $id, reason: "Sykdom") { status } }`, { id }, { cookie: hostCookie });
    expect((await server.mails('avlyst@example.no'))[0]?.text).toContain('Sykdom');
    const inbox = await server.gql<{ notifications: { nodes: { type: string }[] } }>(`{ notifications { nodes { type } } }`, {}, { cookie });
    expect(inbox.data!.notifications.nodes.map((n) => n.type)).toEqual(['EVENT_CANCELLED']);
    const again = await server.gql(REGISTER, { id }, { cookie: await make.cookieFor(await make.user()) });
    expect(again.errors?.[0]?.message).toBe('event/cancelled');
  });

  it('lets a guest register by e-mail, confirm, and cancel by the mailed link', async () => {
    const id = await published({ capacity: 1 });
    const res = await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Gjest Gjestesen", email: "gjest@example.no") { status guestEmailConfirmed } }`, { id }, { headers: anotherIp() });
    expect(res.data).toEqual({ eventRegisterGuest: { status: 'PENDING', guestEmailConfirmed: false } });
    const mail = (await server.mails('gjest@example.no'))[0]!;
    expect(mail.subject).toBe('Bekreft påmeldingen: Webinar om bruk av tolk');
    const token = tokenFromMail(mail.text);
    expect((await server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status guestEmailConfirmed } }`, { t: token })).data).toEqual({ guestRegistrationConfirm: { status: 'CONFIRMED', guestEmailConfirmed: true } });
    const waiting = await make.cookieFor(await make.user());
    await server.gql(REGISTER, { id }, { cookie: waiting });
    expect((await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: token })).data).toEqual({ guestRegistrationCancel: { status: 'CANCELLED' } });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerRegistration { status } } }`, { id }, { cookie: waiting })).data).toEqual({ event: { viewerRegistration: { status: 'CONFIRMED' } } });
  });

  it('shows attendees and their CSV only to organisers', async () => {
    const id = await published();
    const cookie = await make.cookieFor(await make.user({ name: '=HYPERLINK("x")', email: 'formel@example.no' }));
    await server.gql(REGISTER, { id }, { cookie });
    await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Gjest", email: "Gjest.Liste@example.no") { id } }`, { id }, { headers: anotherIp() });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { attendees { status } } }`, { id }, { cookie })).data).toEqual({ event: { attendees: null } });
    // The page shows organisers the e-mails the CSV has: the account's and the guest's.
    expect((await server.gql(`query($id: ID!) { event(id: $id) { attendees { status email user { name email } } } }`, { id }, { cookie: hostCookie })).data).toEqual({
      event: { attendees: [{ status: 'CONFIRMED', email: 'formel@example.no', user: { name: '=HYPERLINK("x")', email: null } }, { status: 'PENDING', email: 'gjest.liste@example.no', user: null }] },
    });
    const mine = await server.gql<{ viewer: { eventRegistrations: { email: string | null }[] } }>(`{ viewer { eventRegistrations { email } } }`, {}, { cookie });
    expect(mine.data!.viewer.eventRegistrations.every((r) => r.email === null)).toBe(true);
    expect((await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie } })).status).toBe(403);
    const csv = await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: hostCookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('navn,e-post,type,status,deltar,reservert plass,oppmøte,påmeldt');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`); // no formula injection
  });

  it('never overbooks: 50 simultaneous registrations and guest confirmations for 10 seats, 200 times over (plain, reserved seats, hybrid, hybrid with reserved seats, and reserved seats released while registrations race)', { timeout: 900_000 }, async () => {
    const users = await Promise.all(Array.from({ length: 40 }, () => make.user()));
    // Every third user belongs to a verified voluntary organisation: they may take the reserved seats.
    const voluntary = await make.organisation({ name: 'Frivilligsentralen', verified: true });
    const qualified = new Set(users.filter((_, i) => i % 3 === 0).map((u) => u.id));
    for (const u of users) if (qualified.has(u.id)) await make.membership(voluntary, u);
    const { RegistrationService, releaseReservedSeats } = await import('./registration.service.js');
    const { Viewer } = await import('../../common/auth/viewer.js');
    const { createContext } = await import('../../context.js');
    const { hashToken, newToken } = await import('../../common/auth/tokens.js');
    const { Registration, RegistrationStatus, AttendanceMode } = await import('./event.entity.js');
    const { randomUUID } = await import('node:crypto');
    type Row = { id: string; status: string; attendance: string; user_id: string | null; reserved_seat: boolean };
    const qualifies = (r: Row) => !!r.user_id && qualified.has(r.user_id);
    const rowsOf = (id: string) =>
      server.orm.em.getConnection().execute<Row[]>('select id, status, attendance, user_id, reserved_seat from registration where event_id = ? order by seq', [id]);
    const race = async (round: number) => {
      const kind = (['plain', 'reserved', 'hybridReserved', 'hybrid', 'release'] as const)[round % 5]!;
      // Hybrid: 5 seats in the room and 5 online, half the crowd each way; otherwise 10 seats for all.
      const hybrid = kind === 'hybrid' || kind === 'hybridReserved' || (kind === 'release' && round % 10 === 9);
      // Reserved seats (in the room when hybrid) for voluntary organisations: 14 of the 40 users qualify, no guest does.
      const reservedSeats = kind === 'reserved' ? 4 : kind === 'hybridReserved' ? 2 : kind === 'release' ? (hybrid ? 3 : 4) : 0;
      const roomSeats = hybrid ? 5 : 10;
      const id = await published({
        title: `Kappløp ${round}`,
        ...(hybrid ? { capacity: 5, onlineCapacity: 5, mode: 'HYBRID', venueName: 'Salen' } : { capacity: 10 }),
        ...(reservedSeats ? { reservedSeats, reservedForKind: 'VOLUNTARY', reservedUntil: `${year}-02-01T09:00` } : {}),
      });
      const mode = (i: number) => (hybrid && i % 2 ? AttendanceMode.ONLINE : AttendanceMode.IN_ROOM);
      const inRoom = (r: Row) => !hybrid || r.attendance === AttendanceMode.IN_ROOM;
      // Ten guests registered earlier and have not confirmed yet (written directly: the guest limit is tested on its own).
      const em = server.orm.em.fork();
      const tokens = Array.from({ length: 10 }, () => newToken());
      tokens.forEach((token, i) =>
        em.create(Registration, { event: id, guestName: 'Gjest', guestEmail: `kapp-${randomUUID()}@example.no`, tokenHash: hashToken(server.config.sessionSecret, token), status: RegistrationStatus.PENDING, attendance: hybrid ? mode(i) : AttendanceMode.ONLINE }),
      );
      await em.flush();
      // Each registration or confirmation runs in its own context and transaction, on its own pooled connection.
      const register = async (i: number) => {
        const ctx = await createContext(server.app.services, {});
        ctx.viewer = new Viewer(users[i]!);
        return (await new RegistrationService(ctx).register(id, undefined, { attendance: mode(i) })).registration;
      };
      const confirm = async (token: string) => new RegistrationService(await createContext(server.app.services, {})).confirmGuest(token);
      const everyone = users.map((_, i) => i);

      if (kind === 'release') {
        // While the seats are held, the crowd but two of those who qualify for the room races: reserved seats stay free.
        const early = everyone.filter((i) => !qualified.has(users[i]!.id)).concat(everyone.filter((i) => qualified.has(users[i]!.id) && mode(i) === AttendanceMode.IN_ROOM).slice(0, 2));
        const first = await Promise.allSettled([...early.map(register), ...tokens.map(confirm)]);
        expect(first.filter((r) => r.status === 'rejected')).toEqual([]);
        const before = await rowsOf(id);
        expect(before.filter((r) => r.reserved_seat)).toHaveLength(2);
        // Then the reservation lapses, and its release runs while the rest register.
        await server.orm.em.getConnection().execute(`update event set reserved_until = now() - interval '1 minute' where id = ?`, [id]);
        const rest = everyone.filter((i) => !early.includes(i));
        const second = await Promise.allSettled([
          ...rest.map(register),
          releaseReservedSeats(server.orm.em.fork(), { mailer: server.app.services.mailer, publicUrl: server.config.publicUrl }),
        ]);
        expect(second.filter((r) => r.status === 'rejected')).toEqual([]);
        const rows = await rowsOf(id);
        // Those who had a seat keep it (the two reserved ones too); nobody takes a reserved seat after the date.
        const now = new Map(rows.map((r) => [r.id, r.status]));
        expect(before.filter((r) => r.status === 'CONFIRMED').every((r) => now.get(r.id) === 'CONFIRMED')).toBe(true);
        expect(rows.filter((r) => r.reserved_seat).map((r) => r.id)).toEqual(before.filter((r) => r.reserved_seat).map((r) => r.id));
        // The freed seats go to the head of the room's waitlist (release) or to the newcomers, never past the seats.
        const waiting = before.filter((r) => r.status === 'WAITLISTED' && inRoom(r)).map((r) => now.get(r.id));
        expect(waiting.indexOf('WAITLISTED') === -1 || waiting.slice(waiting.indexOf('WAITLISTED')).every((s) => s === 'WAITLISTED')).toBe(true);
        expect((await server.orm.em.fork().findOneOrFail(Event, { id })).reservationReleasedAt).not.toBeNull();
      } else {
        const results = await Promise.allSettled([...everyone.map(register), ...tokens.map(confirm)]);
        const statuses = results.map((r) => (r.status === 'fulfilled' ? `${r.value.status}` : `error: ${String(r.reason)}`));
        expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(10);
        expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(40);
      }

      // In every kind: the seats of each pool are filled and never more, the counts are the rows', and only those who
      // qualify hold reserved seats (in the room), never more than are reserved.
      const rows = await rowsOf(id);
      const room = rows.filter(inRoom);
      const online = rows.filter((r) => !inRoom(r));
      const n = (rs: Row[], status: string) => rs.filter((r) => r.status === status).length;
      const held = rows.filter((r) => r.reserved_seat);
      expect([n(room, 'CONFIRMED'), n(online, 'CONFIRMED'), n(rows, 'WAITLISTED'), n(rows, 'PENDING')]).toEqual([roomSeats, hybrid ? 5 : 0, 40, 0]);
      expect(held.every((r) => r.status === 'CONFIRMED' && qualifies(r) && inRoom(r))).toBe(true);
      expect(held.length).toBeLessThanOrEqual(reservedSeats);
      const event = await server.orm.em.fork().findOneOrFail(Event, { id });
      expect([event.confirmedCount, event.waitlistCount, event.onlineConfirmedCount, event.onlineWaitlistCount, event.reservedConfirmedCount]).toEqual([
        n(room, 'CONFIRMED'), n(room, 'WAITLISTED'), n(online, 'CONFIRMED'), n(online, 'WAITLISTED'), held.length,
      ]);
      if (kind === 'release') return;

      // First come, first served (a guest comes when confirming), in each pool; in the room, while seats are held, the
      // first who qualify hold the reserved seats and the general seats go to the first of the rest.
      const firstQualified = room.filter(qualifies).slice(0, reservedSeats);
      expect(held).toEqual(firstQualified.map((r) => ({ ...r, status: 'CONFIRMED', reserved_seat: true })));
      for (const [pool, seats] of [[room.filter((r) => !firstQualified.includes(r)), roomSeats - reservedSeats], [online, hybrid ? 5 : 0]] as const) {
        expect(pool.slice(0, seats).every((r) => r.status === 'CONFIRMED' && !r.reserved_seat)).toBe(true);
        expect(pool.slice(seats).every((r) => r.status === 'WAITLISTED')).toBe(true);
      }
    };
    // 200 races, four events at a time (200 registrations in flight against the pool).
    for (let batch = 0; batch < 50; batch++) await Promise.all([0, 1, 2, 3].map((i) => race(batch * 4 + i)));
  });
});

describe('guests hold a seat only once they confirm', () => {
  const GUEST = `mutation($id: ID!, $email: String!, $a: AttendanceMode) { eventRegisterGuest(eventId: $id, name: "Gjest", email: $email, attendance: $a) { id status expiresAt } }`;
  const CONFIRM = `mutation($t: String!) { guestRegistrationConfirm(token: $t) { status waitlistPosition } }`;
  const SEATS = `query($id: ID!) { event(id: $id) { confirmedCount waitlistCount seatsLeft attendanceOptions { attendance seatsLeft waitlist } } }`;
  const guest = async (id: string, email: string, headers: Record<string, string> = anotherIp()) => {
    const res = await server.gql<{ eventRegisterGuest: { id: string; status: string; expiresAt: string | null } }>(GUEST, { id, email }, { headers });
    expect(res.errors).toBeUndefined();
    return { ...res.data!.eventRegisterGuest, token: tokenFromMail((await server.mails(email))[0]!.text) };
  };

  it('six anonymous registrations leave a 3-seat event open; confirming takes the seats, then the waitlist', async () => {
    const id = await published({ capacity: 3 });
    const headers = anotherIp();
    const guests = [];
    for (let i = 0; i < 6; i++) guests.push(await guest(id, `seks-${i}@example.no`, headers));
    expect(guests.map((g) => g.status)).toEqual(Array(6).fill('PENDING'));
    expect(Date.parse(guests[0]!.expiresAt!) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect((await server.gql(SEATS, { id })).data).toEqual({ event: { confirmedCount: 0, waitlistCount: 0, seatsLeft: 3, attendanceOptions: [{ attendance: 'ONLINE', seatsLeft: 3, waitlist: false }] } });

    // A signed-in user still gets a seat; then the guests who confirm fill the rest, in the order they confirm.
    expect((await server.gql(REGISTER, { id }, { cookie: await make.cookieFor(await make.user()) })).data).toMatchObject({ eventRegister: { status: 'CONFIRMED' } });
    const confirmed = [];
    for (const g of [guests[5]!, guests[0]!, guests[3]!]) confirmed.push((await server.gql<{ guestRegistrationConfirm: unknown }>(CONFIRM, { t: g.token })).data!.guestRegistrationConfirm);
    expect(confirmed).toEqual([{ status: 'CONFIRMED', waitlistPosition: null }, { status: 'CONFIRMED', waitlistPosition: null }, { status: 'WAITLISTED', waitlistPosition: 1 }]);
    // Confirming twice changes nothing.
    expect((await server.gql(CONFIRM, { t: guests[5]!.token })).data).toEqual({ guestRegistrationConfirm: { status: 'CONFIRMED', waitlistPosition: null } });
    // Full: the server says that registering now means the waitlist.
    expect((await server.gql(SEATS, { id })).data).toEqual({ event: { confirmedCount: 3, waitlistCount: 1, seatsLeft: 0, attendanceOptions: [{ attendance: 'ONLINE', seatsLeft: 0, waitlist: true }] } });

    // A pending guest who cancels frees nothing (held nothing); one with a seat lets the waitlist move up.
    expect((await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: guests[1]!.token })).data).toEqual({ guestRegistrationCancel: { status: 'CANCELLED' } });
    expect((await server.gql(SEATS, { id })).data).toMatchObject({ event: { confirmedCount: 3, waitlistCount: 1 } });
    await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: guests[5]!.token });
    const view = await server.gql(`query($t: String!) { guestRegistration(token: $t) { registration { status } } }`, { t: guests[3]!.token });
    expect(view.data).toEqual({ guestRegistration: { registration: { status: 'CONFIRMED' } } });
    expect((await server.gql(CONFIRM, { t: guests[1]!.token })).errors?.[0]).toMatchObject({ message: 'registration/already_cancelled', extensions: { code: 'CONFLICT' } });
  });

  it('keeps pending guests out of the live seat count over graphql-ws, and counts them once confirmed', async () => {
    const id = await published({ capacity: 3 });
    const client = wsClient(server.port);
    const updates = collect<{ eventUpdates: { confirmedCount: number; waitlistCount: number } }>(client, `subscription($id: ID!) { eventUpdates(eventId: $id) { confirmedCount waitlistCount } }`, { id });
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    const pending = await guest(id, 'direkte@example.no');
    await guest(id, 'direkte-2@example.no');
    await server.gql(REGISTER, { id }, { cookie: await make.cookieFor(await make.user()) });
    // The only update is the user's seat: the two pending guests are not in it.
    await updates.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(updates.items.map((u) => u.eventUpdates)).toEqual([{ confirmedCount: 1, waitlistCount: 0 }]);
    await server.gql(CONFIRM, { t: pending.token });
    await updates.waitFor(2);
    expect(updates.items.map((u) => u.eventUpdates)).toEqual([{ confirmedCount: 1, waitlistCount: 0 }, { confirmedCount: 2, waitlistCount: 0 }]);
    await client.dispose();
  });

  it('lets an unconfirmed registration lapse after 24 hours: the link is refused, the sweep expires it, the address may register again', async () => {
    const id = await published({ capacity: 3 });
    const [a, b] = [await guest(id, 'sen-a@example.no'), await guest(id, 'sen-b@example.no')];
    const conn = server.orm.em.getConnection();
    await conn.execute(`update registration set created_at = now() - interval '25 hours' where id in (?, ?)`, [a.id, b.id]);
    expect((await server.gql(CONFIRM, { t: a.token })).errors?.[0]).toMatchObject({ message: 'registration/expired', extensions: { code: 'CONFLICT' } });

    // The same address registers again before any sweep: the lapsed registration gives way.
    const again = await server.gql<{ eventRegisterGuest: { status: string } }>(GUEST, { id, email: 'sen-a@example.no' }, { headers: anotherIp() });
    expect(again.data).toEqual({ eventRegisterGuest: expect.objectContaining({ status: 'PENDING' }) });
    const { expireUnconfirmedGuests } = await import('./registration.service.js');
    expect(await expireUnconfirmedGuests(server.orm.em.fork())).toBe(1); // b; a was expired already
    const rows = await conn.execute<{ id: string; status: string }[]>('select id, status from registration where id in (?, ?)', [a.id, b.id]);
    expect(rows.map((r) => r.status)).toEqual(['EXPIRED', 'EXPIRED']);
    expect((await server.gql(CONFIRM, { t: b.token })).errors?.[0]?.message).toBe('registration/expired');
    expect((await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: b.token })).errors?.[0]?.message).toBe('registration/expired');
    expect((await server.gql(SEATS, { id })).data).toMatchObject({ event: { confirmedCount: 0, seatsLeft: 3 } });
  });

  it('limits guest registrations to 10 an hour per IP address and 50 an hour per event', async () => {
    const id = await published({ capacity: 200 });
    const ip = anotherIp();
    for (let i = 0; i < 10; i++) expect((await server.gql(GUEST, { id, email: `ip-${i}@example.no` }, { headers: ip })).errors).toBeUndefined();
    const refused = await server.gql(GUEST, { id, email: 'ip-10@example.no' }, { headers: ip });
    expect(refused.errors?.[0]).toMatchObject({ message: 'registration/too_many_attempts', extensions: { code: 'RATE_LIMITED' } });
    expect((refused.errors?.[0]?.extensions as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(3500);
    expect(await server.mails('ip-10@example.no')).toEqual([]);
    // Signed-in users are not limited by it, and another address is not either, until the event has had 50.
    expect((await server.gql(REGISTER, { id }, { cookie: await make.cookieFor(await make.user()), headers: ip })).data).toMatchObject({ eventRegister: { status: 'CONFIRMED' } });
    for (let i = 0; i < 40; i++) expect((await server.gql(GUEST, { id, email: `event-${i}@example.no` }, { headers: { 'x-forwarded-for': `203.0.113.${1 + (i % 5)}` } })).errors).toBeUndefined();
    expect((await server.gql(GUEST, { id, email: 'event-40@example.no' }, { headers: anotherIp() })).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Another event is not affected.
    expect((await server.gql(GUEST, { id: await published(), email: 'annen@example.no' }, { headers: anotherIp() })).errors).toBeUndefined();
  });

  it('writes the status moves as one table: no way back to PENDING, CANCELLED and EXPIRED final, only guests start PENDING', async () => {
    const { REGISTRATION_TRANSITIONS, INITIAL_STATUSES, statusesLeadingTo } = await import('./registration.states.js');
    expect(Object.fromEntries(Object.entries(REGISTRATION_TRANSITIONS).map(([from, to]) => [from, Object.keys(to).sort()]))).toEqual({
      PENDING: ['CANCELLED', 'CONFIRMED', 'EXPIRED', 'WAITLISTED'],
      WAITLISTED: ['CANCELLED', 'CONFIRMED'],
      CONFIRMED: ['CANCELLED'],
      CANCELLED: [],
      EXPIRED: [],
    });
    expect(INITIAL_STATUSES).toEqual(['PENDING', 'CONFIRMED', 'WAITLISTED']);
    expect(statusesLeadingTo('EXPIRED' as never)).toEqual(['PENDING']);
  });
});

describe('hybrid events: room and online seats apart', () => {
  const HYBRID = { mode: 'HYBRID', venueName: 'Karrieresenteret Skien', capacity: 1, onlineCapacity: 1 };
  const REGISTER_AS = `mutation($id: ID!, $a: AttendanceMode) { eventRegister(eventId: $id, attendance: $a) { id status attendance waitlistPosition } }`;
  const COUNTS = `query($id: ID!) { event(id: $id) { confirmedCount waitlistCount onlineConfirmedCount onlineWaitlistCount seatsLeft onlineSeatsLeft attendanceOptions { attendance seatsLeft waitlist } } }`;

  it('gives each attendance mode its own seats, waitlist and promotion, live', async () => {
    const id = await published(HYBRID);
    const cookies = await Promise.all([1, 2, 3, 4].map(async () => make.cookieFor(await make.user())));
    const [roomA, roomB, onlineA, onlineB] = cookies as [string, string, string, string];
    const reg = async (cookie: string, a: string) => (await server.gql<{ eventRegister: { id: string; status: string; attendance: string } }>(REGISTER_AS, { id, a }, { cookie })).data!.eventRegister;
    expect(await reg(roomA, 'IN_ROOM')).toMatchObject({ status: 'CONFIRMED', attendance: 'IN_ROOM' });
    expect(await reg(roomB, 'IN_ROOM')).toMatchObject({ status: 'WAITLISTED', attendance: 'IN_ROOM' });
    const online = await reg(onlineA, 'ONLINE');
    expect(online).toMatchObject({ status: 'CONFIRMED', attendance: 'ONLINE' });
    expect(await reg(onlineB, 'ONLINE')).toMatchObject({ status: 'WAITLISTED', attendance: 'ONLINE' });
    expect((await server.gql(COUNTS, { id })).data).toEqual({
      event: {
        confirmedCount: 1, waitlistCount: 1, onlineConfirmedCount: 1, onlineWaitlistCount: 1, seatsLeft: 0, onlineSeatsLeft: 0,
        attendanceOptions: [{ attendance: 'IN_ROOM', seatsLeft: 0, waitlist: true }, { attendance: 'ONLINE', seatsLeft: 0, waitlist: true }],
      },
    });

    const client = wsClient(server.port, onlineB);
    const updates = collect<{ eventUpdates: Record<string, number> }>(client, `subscription($id: ID!) { eventUpdates(eventId: $id) { confirmedCount waitlistCount onlineConfirmedCount onlineWaitlistCount } }`, { id });
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    // An online seat frees up: the online waitlist moves, the room's does not.
    await server.gql(`mutation($id: ID!) { registrationCancel(id: $id) { status } }`, { id: online.id }, { cookie: onlineA });
    expect((await updates.waitFor(1))[0]!.eventUpdates).toEqual({ confirmedCount: 1, waitlistCount: 1, onlineConfirmedCount: 1, onlineWaitlistCount: 0 });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerRegistration { status attendance } } }`, { id }, { cookie: onlineB })).data).toEqual({ event: { viewerRegistration: { status: 'CONFIRMED', attendance: 'ONLINE' } } });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerRegistration { status } } }`, { id }, { cookie: roomB })).data).toEqual({ event: { viewerRegistration: { status: 'WAITLISTED' } } });

    // Unlimited online places: nobody online waits, the room keeps its waitlist.
    const opened = await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { onlineCapacity: 0 }) { onlineCapacity } }`, { id }, { cookie: hostCookie });
    expect(opened.data).toEqual({ eventUpdate: { onlineCapacity: null } });
    expect(await reg(await make.cookieFor(await make.user()), 'ONLINE')).toMatchObject({ status: 'CONFIRMED' });
    expect((await server.gql(COUNTS, { id })).data).toMatchObject({ event: { waitlistCount: 1, onlineConfirmedCount: 2, onlineSeatsLeft: null, attendanceOptions: [{ attendance: 'IN_ROOM', waitlist: true }, { attendance: 'ONLINE', seatsLeft: null, waitlist: false }] } });
    await client.dispose();
  });

  it('lets a guest choose online, and regroups the places when the event stops being hybrid', async () => {
    const id = await published({ ...HYBRID, capacity: 2, onlineCapacity: null });
    await server.gql(REGISTER_AS, { id, a: 'IN_ROOM' }, { cookie: await make.cookieFor(await make.user()) });
    const res = await server.gql<{ eventRegisterGuest: { attendance: string } }>(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Nett", email: "nett@example.no", attendance: ONLINE) { attendance } }`, { id }, { headers: anotherIp() });
    expect(res.data).toEqual({ eventRegisterGuest: { attendance: 'ONLINE' } });
    const confirmed = await server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status attendance } }`, { t: tokenFromMail((await server.mails('nett@example.no'))[0]!.text) });
    expect(confirmed.data).toEqual({ guestRegistrationConfirm: { status: 'CONFIRMED', attendance: 'ONLINE' } });
    expect((await server.gql(COUNTS, { id })).data).toMatchObject({ event: { confirmedCount: 1, onlineConfirmedCount: 1 } });
    // No longer hybrid: one set of seats (capacity 2) for both.
    const moved = await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { mode: ONLINE }) { confirmedCount onlineConfirmedCount seatsLeft } }`, { id }, { cookie: hostCookie });
    expect(moved.data).toEqual({ eventUpdate: { confirmedCount: 2, onlineConfirmedCount: 0, seatsLeft: 0 } });
  });
});

describe('the meeting link', () => {
  const LINK = `query($id: ID!) { event(id: $id) { meetingUrl } }`;

  it('is shown to everyone for an event without registration, on the page and in its calendar file', async () => {
    const id = await published({ registrationRequired: false, capacity: null, meetingUrl: 'https://teams.example.no/apent-mote' });
    expect((await server.gql(LINK, { id })).data).toEqual({ event: { meetingUrl: 'https://teams.example.no/apent-mote' } });
    expect((await server.gql(LINK, { id }, { cookie: await make.cookieFor(await make.user()) })).data).toEqual({ event: { meetingUrl: 'https://teams.example.no/apent-mote' } });
    expect(unfolded(await (await fetch(`${server.url}/kalender/arrangementer/${id}.ics`)).text())).toContain('https://teams.example.no/apent-mote');
  });

  it('is kept from everyone but organisers and confirmed participants when registration is required, in the personal feed too', async () => {
    const id = await published({ capacity: 1, meetingUrl: 'https://teams.example.no/lukket-mote' });
    const [confirmed, waiting] = [await make.user(), await make.user()];
    const [cc, cw] = [await make.cookieFor(confirmed), await make.cookieFor(waiting)];
    await server.gql(REGISTER, { id }, { cookie: cc });
    await server.gql(REGISTER, { id }, { cookie: cw });
    expect((await server.gql(LINK, { id })).data).toEqual({ event: { meetingUrl: null } });
    expect((await server.gql(LINK, { id }, { cookie: cw })).data).toEqual({ event: { meetingUrl: null } });
    expect((await server.gql(LINK, { id }, { cookie: cc })).data).toEqual({ event: { meetingUrl: 'https://teams.example.no/lukket-mote' } });
    expect((await server.gql(LINK, { id }, { cookie: hostCookie })).data).toEqual({ event: { meetingUrl: 'https://teams.example.no/lukket-mote' } });
    expect(await (await fetch(`${server.url}/kalender/arrangementer/${id}.ics`)).text()).not.toContain('lukket-mote');
    const feed = async (cookie: string) => {
      const url = (await server.gql<{ viewer: { calendarFeedUrl: string } }>(`{ viewer { calendarFeedUrl } }`, {}, { cookie })).data!.viewer.calendarFeedUrl;
      return unfolded(await (await fetch(url.replace(server.config.publicUrl, server.url))).text());
    };
    expect(await feed(cc)).toContain('https://teams.example.no/lukket-mote');
    expect(await feed(cw)).not.toContain('lukket-mote');

    // A guest sees it on their own page once confirmed.
    const other = await published({ capacity: 5, meetingUrl: 'https://teams.example.no/gjestemote' });
    await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "G", email: "lenke@example.no") { id } }`, { id: other }, { headers: anotherIp() });
    const token = tokenFromMail((await server.mails('lenke@example.no'))[0]!.text);
    const page = `query($t: String!) { guestRegistration(token: $t) { meetingUrl } }`;
    expect((await server.gql(page, { t: token })).data).toEqual({ guestRegistration: { meetingUrl: null } });
    await server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status } }`, { t: token });
    expect((await server.gql(page, { t: token })).data).toEqual({ guestRegistration: { meetingUrl: 'https://teams.example.no/gjestemote' } });
  });
});

describe('the meeting link in a hybrid event', () => {
  it('goes to confirmed online participants only, not to those in the room, on the page, the guest page and the personal feed', async () => {
    const id = await published({ mode: 'HYBRID', venueName: 'Fylkeshuset', capacity: 5, onlineCapacity: 5, meetingUrl: 'https://teams.example.no/hybrid' });
    const [room, online] = [await make.user(), await make.user()];
    const [cr, co] = [await make.cookieFor(room), await make.cookieFor(online)];
    const as = `mutation($id: ID!, $a: AttendanceMode) { eventRegister(eventId: $id, attendance: $a) { status } }`;
    await server.gql(as, { id, a: 'IN_ROOM' }, { cookie: cr });
    await server.gql(as, { id, a: 'ONLINE' }, { cookie: co });
    const LINK = `query($id: ID!) { event(id: $id) { meetingUrl } }`;
    expect((await server.gql(LINK, { id }, { cookie: cr })).data).toEqual({ event: { meetingUrl: null } });
    expect((await server.gql(LINK, { id }, { cookie: co })).data).toEqual({ event: { meetingUrl: 'https://teams.example.no/hybrid' } });
    const feed = async (cookie: string) => {
      const url = (await server.gql<{ viewer: { calendarFeedUrl: string } }>(`{ viewer { calendarFeedUrl } }`, {}, { cookie })).data!.viewer.calendarFeedUrl;
      return unfolded(await (await fetch(url.replace(server.config.publicUrl, server.url))).text());
    };
    expect(await feed(co)).toContain('https://teams.example.no/hybrid');
    expect(await feed(cr)).not.toContain('teams.example.no/hybrid');
    // A guest in the room does not get it on the guest page either.
    await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "G", email: "salen@example.no", attendance: IN_ROOM) { id } }`, { id }, { headers: anotherIp() });
    const token = tokenFromMail((await server.mails('salen@example.no'))[0]!.text);
    await server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status } }`, { t: token });
    expect((await server.gql(`query($t: String!) { guestRegistration(token: $t) { meetingUrl registration { status } } }`, { t: token })).data).toEqual({ guestRegistration: { meetingUrl: null, registration: { status: 'CONFIRMED' } } });
  });
});

describe('registration elsewhere', () => {
  it('links to it and takes no registrations of its own', async () => {
    const id = await published({ externalRegistrationUrl: 'https://distriktssenteret.no/pamelding', meetingUrl: 'https://teams.example.no/ekstern' });
    const cookie = await make.cookieFor(await make.user());
    const q = `query($id: ID!) { event(id: $id) { externalRegistrationUrl attendanceOptions { attendance } meetingUrl viewerCan { register } } }`;
    expect((await server.gql(q, { id }, { cookie })).data).toEqual({ event: { externalRegistrationUrl: 'https://distriktssenteret.no/pamelding', attendanceOptions: [], meetingUrl: null, viewerCan: { register: false } } });
    expect((await server.gql(REGISTER, { id }, { cookie })).errors?.[0]).toMatchObject({ message: 'event/registration_external', extensions: { code: 'CONFLICT' } });
    expect((await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "G", email: "ekstern@example.no") { id } }`, { id }, { headers: anotherIp() })).errors?.[0]?.message).toBe('event/registration_external');
    const bad = await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { externalRegistrationUrl: "javascript:alert(1)" }) { id } }`, { id }, { cookie: hostCookie });
    expect(fieldsOf(bad)).toEqual([{ field: 'externalRegistrationUrl', message: 'validation/url_invalid' }]);
    // Cleared: its own registration is open again.
    await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { externalRegistrationUrl: "" }) { id } }`, { id }, { cookie: hostCookie });
    expect((await server.gql(REGISTER, { id }, { cookie })).data).toMatchObject({ eventRegister: { status: 'CONFIRMED' } });
  });
});

/** iCalendar folds lines at 75 octets: undo it before looking for a long value. */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('calendars', () => {
  it('serves valid iCalendar with Europe/Oslo times and a VTIMEZONE', async () => {
    const id = await published({ startsAt: `${year}-07-01T09:00`, endsAt: `${year}-07-01T10:30` });
    const res = await fetch(`${server.url}/kalender/arrangementer/${id}.ics`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo');
    expect(ics).toContain(`DTSTART;TZID=Europe/Oslo:${year}0701T090000`);
    expect(ics).toContain(`DTEND;TZID=Europe/Oslo:${year}0701T103000`);
    expect(ics).toContain(`UID:${id}@samhandling`);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect((await fetch(`${server.url}/kalender/arrangementer.ics`)).status).toBe(200);
    expect((await fetch(`${server.url}/kalender/tema/interpreting.ics`)).status).toBe(200);
    expect((await fetch(`${server.url}/kalender/organisasjoner/${org.id}.ics`)).status).toBe(200);
  });

  it("serves a personal feed of the user's registrations behind a secret URL", async () => {
    const id = await published({ title: 'Mitt arrangement' });
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    await server.gql(REGISTER, { id }, { cookie });
    const me = await server.gql<{ viewer: { calendarFeedUrl: string } }>(`{ viewer { calendarFeedUrl } }`, {}, { cookie });
    const url = me.data!.viewer.calendarFeedUrl;
    expect(await (await fetch(url.replace(server.config.publicUrl, server.url))).text()).toContain('SUMMARY:Mitt arrangement');
    expect((await fetch(url.replace(server.config.publicUrl, server.url).replace(/\/[^/]+\.ics$/, '/wrong.ics'))).status).toBe(404);
  });

  it('notifies followers of a topic when an event is published', async () => {
    const follower = await make.user({ role: PlatformRole.USER });
    const cookie = await make.cookieFor(follower);
    expect((await server.gql(`mutation { followSet(topicSlugs: ["interpreting"], municipalityNumbers: []) }`, {}, { cookie })).data).toEqual({ followSet: true });
    await published({ title: 'Nytt om tolking' });
    const inbox = await server.gql<{ notifications: { nodes: { type: string; details: { title: string } }[] } }>(`{ notifications { nodes { type details { title } } } }`, {}, { cookie });
    expect(inbox.data!.notifications.nodes).toEqual([{ type: 'NEW_EVENT', details: { title: 'Nytt om tolking' } }]);
  });
});

describe("the viewer's own registrations and follows", () => {
  it('lists upcoming registrations and what is followed, for the user only', async () => {
    const id = await published({ title: 'Mitt neste' });
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    await server.gql(REGISTER, { id }, { cookie });
    await server.gql(`mutation { followSet(topicSlugs: ["ukraine"], municipalityNumbers: ["4003"]) }`, {}, { cookie });
    const res = await server.gql(`{ viewer { eventRegistrations { status event { title } } follows { topics { slug } municipalities { number } } } }`, {}, { cookie });
    expect(res.data).toEqual({ viewer: { eventRegistrations: [{ status: 'CONFIRMED', event: { title: 'Mitt neste' } }], follows: { topics: [{ slug: 'ukraine' }], municipalities: [{ number: '4003' }] } } });
  });
});
