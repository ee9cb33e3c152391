import { describe, expect, it } from 'vitest';
import { tokenFromMail } from '../../../test/factories.js';
import { eventHostTestFile } from '../../../test/event-host.js';
import { Language } from '../accounts/user.entity.js';
import { runEventJobs } from './reminders.js';

const t = eventHostTestFile();

const year = new Date().getFullYear() + 1;
// 10 March at 09:00 in Oslo (winter time: 08:00 UTC).
const STARTS = new Date(`${year}-03-10T08:00:00Z`);
const hoursBefore = (h: number) => new Date(STARTS.getTime() - h * 3_600_000);
let ip = 0;

async function hybrid(title: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await t.server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    {
      i: {
        organisationId: t.org.id, title, kind: 'SEMINAR', mode: 'HYBRID', venueName: 'Fylkeshuset', venueAddress: 'Torggata 18, Skien', capacity: 1, onlineCapacity: 10,
        meetingUrl: 'https://teams.example.no/paminnelse', startsAt: `${year}-03-10T09:00`, endsAt: `${year}-03-10T11:00`, ...overrides,
      },
    },
    { cookie: t.hostCookie },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.eventCreate.id;
  await t.server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: t.hostCookie });
  return id;
}

async function registrant(id: string, attendance: string, opts: { email: string; language?: Language }) {
  const user = await t.make.user({ email: opts.email });
  if (opts.language) await t.server.orm.em.getConnection().execute('update app_user set preferred_language = ? where id = ?', [opts.language, user.id]);
  const res = await t.server.gql(`mutation($id: ID!, $a: AttendanceMode) { eventRegister(eventId: $id, attendance: $a) { status } }`, { id, a: attendance }, { cookie: await t.make.cookieFor(user) });
  expect(res.errors).toBeUndefined();
  return res.data;
}

const jobs = (now: Date) =>
  runEventJobs(t.server.orm.em.fork(), { mailer: t.server.app.services.mailer, publicUrl: t.server.config.publicUrl, sessionSecret: t.server.config.sessionSecret }, now);

describe('reminders', () => {
  it('a day before: every confirmed registrant, in their language, with Oslo time, the place or their link, and how to cancel', async () => {
    const id = await hybrid('Seminar om kvalifisering');
    await registrant(id, 'IN_ROOM', { email: 'salen@example.no' });
    expect(await registrant(id, 'IN_ROOM', { email: 'venter@example.no' })).toEqual({ eventRegister: { status: 'WAITLISTED' } });
    await registrant(id, 'ONLINE', { email: 'online@example.no', language: Language.en });
    await t.server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Gjest", email: "gjest-paminnelse@example.no", language: nn, attendance: ONLINE) { id } }`, { id }, { headers: { 'x-forwarded-for': `198.51.100.${++ip}` } });
    await t.server.gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { status } }`, { t: tokenFromMail((await t.server.mails('gjest-paminnelse@example.no'))[0]!.text) });

    expect(await jobs(hoursBefore(25))).toEqual({ reminders: 0, released: 0 });
    expect(await jobs(hoursBefore(23))).toEqual({ reminders: 3, released: 0 });
    const room = (await t.server.mails('salen@example.no'))[0]!;
    expect(room.subject).toBe('Påminnelse: Seminar om kvalifisering i morgen');
    expect(room.text).toContain(`10. mars ${year} kl. 09:00–11:00 (norsk tid)`);
    expect(room.text).toContain('Sted: Fylkeshuset, Torggata 18, Skien');
    expect(room.text).not.toContain('teams.example.no');
    expect(room.text).toContain(`Meld deg av på arrangementssiden, så kan noen på ventelisten få plassen din:\n${t.server.config.publicUrl}/arrangementer/${id}`);
    const online = (await t.server.mails('online@example.no'))[0]!;
    expect(online.subject).toBe('Reminder: Seminar om kvalifisering tomorrow');
    expect(online.text).toContain(`10 March ${year} 09:00–11:00 (Norwegian time)`);
    expect(online.text).toContain('Meeting link: https://teams.example.no/paminnelse');
    expect(online.text).not.toContain('Torggata');
    expect(await t.server.mails('venter@example.no')).toEqual([]);

    // The guest's mail (in nynorsk) has a link of its own that cancels.
    const guest = (await t.server.mails('gjest-paminnelse@example.no'))[0]!;
    expect(guest.subject).toBe('Påminning: Seminar om kvalifisering i morgon');
    expect(guest.text).toContain('Lenkje til møtet: https://teams.example.no/paminnelse');
    const cancelled = await t.server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: tokenFromMail(guest.text) });
    expect(cancelled.data).toEqual({ guestRegistrationCancel: { status: 'CANCELLED' } });
    expect((await t.server.gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { status } }`, { t: tokenFromMail(guest.text).replace(/.$/, 'x') })).errors?.[0]?.message).toBe('registration/token_invalid');

    // Once only, and an hour before only those online hear again.
    expect((await jobs(hoursBefore(22))).reminders).toBe(0);
    expect((await jobs(hoursBefore(0.8))).reminders).toBe(1);
    const soon = (await t.server.mails('online@example.no'))[0]!;
    expect(soon.subject).toBe('Starting soon: Seminar om kvalifisering');
    expect(soon.text).toContain('Meeting link: https://teams.example.no/paminnelse');
    expect(await t.server.mails('salen@example.no')).toHaveLength(1);
  });

  it('again when the organisers move the event', async () => {
    const id = await hybrid('Flyttet seminar', { startsAt: `${year}-03-10T09:20`, endsAt: `${year}-03-10T11:00` });
    await registrant(id, 'ONLINE', { email: 'flyttet@example.no' });
    expect((await jobs(hoursBefore(23))).reminders).toBe(1);
    // Moved a day later: reminded again the day before the new date.
    await t.server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { startsAt: "${year}-03-11T09:20", endsAt: "${year}-03-11T11:00" }) { id } }`, { id }, { cookie: t.hostCookie });
    expect((await jobs(hoursBefore(22))).reminders).toBe(0);
    expect((await jobs(new Date(STARTS.getTime() + 3 * 3_600_000))).reminders).toBe(1);
    expect(await t.server.mails('flyttet@example.no')).toHaveLength(2);
  });

  it('none when the organisers turn them off, and once when several processes run the job at the same time', async () => {
    const off = await hybrid('Uten påminnelser', { remindersEnabled: false, startsAt: `${year}-03-10T09:05`, endsAt: `${year}-03-10T11:00` });
    await registrant(off, 'ONLINE', { email: 'av@example.no' });
    const on = await hybrid('Med påminnelser', { startsAt: `${year}-03-10T09:10`, endsAt: `${year}-03-10T11:00`, onlineCapacity: 20 });
    for (let i = 0; i < 5; i++) await registrant(on, 'ONLINE', { email: `mange-${i}@example.no` });
    const now = hoursBefore(23);
    const results = await Promise.all([jobs(now), jobs(now), jobs(now)]);
    expect(results.reduce((n, r) => n + r.reminders, 0)).toBe(5);
    for (let i = 0; i < 5; i++) expect(await t.server.mails(`mange-${i}@example.no`)).toHaveLength(1);
    expect(await t.server.mails('av@example.no')).toEqual([]);
  });
});
