import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, tokenFromMail } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { PlatformRole, type User } from '../accounts/user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { Event } from './event.entity.js';

let server: TestServer;
let make: ReturnType<typeof factories>;
let host: User;
let hostCookie: string;
let org: Organisation;
beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  host = await make.user({ name: 'Arrangør' });
  org = await make.organisation({ name: 'Telemark fylkeskommune', admins: [host] });
  hostCookie = await make.cookieFor(host);
});
afterAll(() => server.close());

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
    ['before the window opens', { registrationOpensAt: `${year}-02-01T09:00` }, 'event/registration_not_open'],
    ['after the window closes', { startsAt: '2024-01-10T09:00', endsAt: '2024-01-10T10:00' }, 'event/registration_closed'],
  ])('refuses registration %s with a clear error', async (_label, override, message) => {
    const id = await published(override);
    const res = await server.gql(REGISTER, { id }, { cookie: await make.cookieFor(await make.user()) });
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
    const res = await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Gjest Gjestesen", email: "gjest@example.no") { status guestEmailConfirmed } }`, { id });
    expect(res.data).toEqual({ eventRegisterGuest: { status: 'CONFIRMED', guestEmailConfirmed: false } });
    const token = tokenFromMail((await server.mails('gjest@example.no'))[0]!.text);
    expect((await server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { guestEmailConfirmed } }`, { t: token })).data).toEqual({ guestRegistrationConfirm: { guestEmailConfirmed: true } });
    const waiting = await make.cookieFor(await make.user());
    await server.gql(REGISTER, { id }, { cookie: waiting });
    expect((await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: token })).data).toEqual({ guestRegistrationCancel: { status: 'CANCELLED' } });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerRegistration { status } } }`, { id }, { cookie: waiting })).data).toEqual({ event: { viewerRegistration: { status: 'CONFIRMED' } } });
  });

  it('shows attendees and their CSV only to organisers', async () => {
    const id = await published();
    const cookie = await make.cookieFor(await make.user({ name: '=HYPERLINK("x")' }));
    await server.gql(REGISTER, { id }, { cookie });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { attendees { status } } }`, { id }, { cookie })).data).toEqual({ event: { attendees: null } });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { attendees { status user { name } } } }`, { id }, { cookie: hostCookie })).data).toEqual({ event: { attendees: [{ status: 'CONFIRMED', user: { name: '=HYPERLINK("x")' } }] } });
    expect((await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie } })).status).toBe(403);
    const csv = await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: hostCookie } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('navn,e-post,type,status,påmeldt');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`); // no formula injection
  });

  it('never overbooks: 50 simultaneous registrations for 10 seats, 200 times over', { timeout: 900_000 }, async () => {
    const users = await Promise.all(Array.from({ length: 50 }, () => make.user()));
    const { EventService } = await import('./event.service.js');
    const { Viewer } = await import('../../common/auth/viewer.js');
    const { createContext } = await import('../../context.js');
    const race = async (round: number) => {
      const id = await published({ capacity: 10, title: `Kappløp ${round}` });
      // Each registration runs in its own context and transaction, on its own pooled connection.
      const results = await Promise.allSettled(
        users.map(async (u) => {
          const ctx = await createContext(server.app.services, {});
          ctx.viewer = new Viewer(u);
          return (await new EventService(ctx).register(id)).registration;
        }),
      );
      const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value.status : `error: ${String(r.reason)}`));
      expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(10);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(40);
      const rows = await server.orm.em.getConnection().execute<{ status: string; seq: string }[]>('select status, seq from registration where event_id = ? order by seq', [id]);
      // First come, first served: the ten earliest arrivals hold the seats.
      expect(rows.slice(0, 10).every((r) => r.status === 'CONFIRMED')).toBe(true);
      const event = await server.orm.em.fork().findOneOrFail(Event, { id });
      expect([event.confirmedCount, event.waitlistCount]).toEqual([10, 40]);
    };
    // 200 races, four events at a time (200 registrations in flight against the pool).
    for (let batch = 0; batch < 50; batch++) await Promise.all([0, 1, 2, 3].map((i) => race(batch * 4 + i)));
  });
});

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
