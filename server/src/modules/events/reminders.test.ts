import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, tokenFromMail } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { Language } from '../accounts/user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { runEventJobs } from './reminders.js';

let server: TestServer;
let make: ReturnType<typeof factories>;
let org: Organisation;
let hostCookie: string;
beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  const host = await make.user({ name: 'Arrangør' });
  org = await make.organisation({ admins: [host] });
  hostCookie = await make.cookieFor(host);
});
afterAll(() => server.close());

const year = new Date().getFullYear() + 1;
// 10 March at 09:00 in Oslo (winter time: 08:00 UTC).
const STARTS = new Date(`${year}-03-10T08:00:00Z`);
const hoursBefore = (h: number) => new Date(STARTS.getTime() - h * 3_600_000);
let ip = 0;

async function hybrid(title: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    {
      i: {
        organisationId: org.id, title, kind: 'SEMINAR', mode: 'HYBRID', venueName: 'Fylkeshuset', venueAddress: 'Torggata 18, Skien', capacity: 1, onlineCapacity: 10,
        meetingUrl: 'https://teams.example.no/paminnelse', startsAt: `${year}-03-10T09:00`, endsAt: `${year}-03-10T11:00`, ...overrides,
      },
    },
    { cookie: hostCookie },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.eventCreate.id;
  await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: hostCookie });
  return id;
}

async function registrant(id: string, attendance: string, opts: { email: string; language?: Language }) {
  const user = await make.user({ email: opts.email });
  if (opts.language) await server.orm.em.getConnection().execute('update app_user set preferred_language = ? where id = ?', [opts.language, user.id]);
  const res = await server.gql(`mutation($id: ID!, $a: AttendanceMode) { eventRegister(eventId: $id, attendance: $a) { status } }`, { id, a: attendance }, { cookie: await make.cookieFor(user) });
  expect(res.errors).toBeUndefined();
  return res.data;
}

const jobs = (now: Date) =>
  runEventJobs(server.orm.em.fork(), { mailer: server.app.services.mailer, publicUrl: server.config.publicUrl, sessionSecret: server.config.sessionSecret }, now);

describe('reminders', () => {
  it('a day before: every confirmed registrant, in their language, with Oslo time, the place or their link, and how to cancel', async () => {
    const id = await hybrid('Seminar om kvalifisering');
    await registrant(id, 'IN_ROOM', { email: 'salen@example.no' });
    expect(await registrant(id, 'IN_ROOM', { email: 'venter@example.no' })).toEqual({ eventRegister: { status: 'WAITLISTED' } });
    await registrant(id, 'ONLINE', { email: 'online@example.no', language: Language.en });
    await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Gjest", email: "gjest-paminnelse@example.no", language: nn, attendance: ONLINE) { id } }`, { id }, { headers: { 'x-forwarded-for': `198.51.100.${++ip}` } });
    await server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status } }`, { t: tokenFromMail((await server.mails('gjest-paminnelse@example.no'))[0]!.text) });

    expect(await jobs(hoursBefore(25))).toEqual({ reminders: 0, released: 0 });
    expect(await jobs(hoursBefore(23))).toEqual({ reminders: 3, released: 0 });
    const room = (await server.mails('salen@example.no'))[0]!;
    expect(room.subject).toBe('Påminnelse: Seminar om kvalifisering i morgen');
    expect(room.text).toContain(`10. mars ${year} kl. 09:00–11:00 (norsk tid)`);
    expect(room.text).toContain('Sted: Fylkeshuset, Torggata 18, Skien');
    expect(room.text).not.toContain('teams.example.no');
    expect(room.text).toContain(`Meld deg av på arrangementssiden, så kan noen på ventelisten få plassen din:\n${server.config.publicUrl}/arrangementer/${id}`);
    const online = (await server.mails('online@example.no'))[0]!;
    expect(online.subject).toBe('Reminder: Seminar om kvalifisering tomorrow');
    expect(online.text).toContain(`10 March ${year} 09:00–11:00 (Norwegian time)`);
    expect(online.text).toContain('Meeting link: https://teams.example.no/paminnelse');
    expect(online.text).not.toContain('Torggata');
    expect(await server.mails('venter@example.no')).toEqual([]);

    // The guest's mail (in nynorsk) has a link of its own that cancels.
    const guest = (await server.mails('gjest-paminnelse@example.no'))[0]!;
    expect(guest.subject).toBe('Påminning: Seminar om kvalifisering i morgon');
    expect(guest.text).toContain('Lenkje til møtet: https://teams.example.no/paminnelse');
    const cancelled = await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: tokenFromMail(guest.text) });
    expect(cancelled.data).toEqual({ guestRegistrationCancel: { status: 'CANCELLED' } });
    expect((await server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: tokenFromMail(guest.text).replace(/.$/, 'x') })).errors?.[0]?.message).toBe('registration/token_invalid');

    // Once only, and an hour before only those online hear again.
    expect((await jobs(hoursBefore(22))).reminders).toBe(0);
    expect((await jobs(hoursBefore(0.8))).reminders).toBe(1);
    const soon = (await server.mails('online@example.no'))[0]!;
    expect(soon.subject).toBe('Starting soon: Seminar om kvalifisering');
    expect(soon.text).toContain('Meeting link: https://teams.example.no/paminnelse');
    expect(await server.mails('salen@example.no')).toHaveLength(1);
  });

  it('again when the organisers move the event', async () => {
    const id = await hybrid('Flyttet seminar', { startsAt: `${year}-03-10T09:20`, endsAt: `${year}-03-10T11:00` });
    await registrant(id, 'ONLINE', { email: 'flyttet@example.no' });
    expect((await jobs(hoursBefore(23))).reminders).toBe(1);
    // Moved a day later: reminded again the day before the new date.
    await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { startsAt: "${year}-03-11T09:20", endsAt: "${year}-03-11T11:00" }) { id } }`, { id }, { cookie: hostCookie });
    expect((await jobs(hoursBefore(22))).reminders).toBe(0);
    expect((await jobs(new Date(STARTS.getTime() + 3 * 3_600_000))).reminders).toBe(1);
    expect(await server.mails('flyttet@example.no')).toHaveLength(2);
  });

  it('none when the organisers turn them off, and once when several processes run the job at the same time', async () => {
    const off = await hybrid('Uten påminnelser', { remindersEnabled: false, startsAt: `${year}-03-10T09:05`, endsAt: `${year}-03-10T11:00` });
    await registrant(off, 'ONLINE', { email: 'av@example.no' });
    const on = await hybrid('Med påminnelser', { startsAt: `${year}-03-10T09:10`, endsAt: `${year}-03-10T11:00`, onlineCapacity: 20 });
    for (let i = 0; i < 5; i++) await registrant(on, 'ONLINE', { email: `mange-${i}@example.no` });
    const now = hoursBefore(23);
    const results = await Promise.all([jobs(now), jobs(now), jobs(now)]);
    expect(results.reduce((n, r) => n + r.reminders, 0)).toBe(5);
    for (let i = 0; i < 5; i++) expect(await server.mails(`mange-${i}@example.no`)).toHaveLength(1);
    expect(await server.mails('av@example.no')).toEqual([]);
  });
});
