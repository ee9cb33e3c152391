import { beforeAll, describe, expect, it } from 'vitest';
import { factories, tokenFromMail } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { toOsloLocal } from '../../common/time.js';
import { PlatformRole, type User } from '../accounts/user.entity.js';
import { OrganisationKind, type Organisation } from '../organisations/organisation.entity.js';

const server = testServerForFile();
const make = factories(server);
let host: Organisation;
let cookies: Record<'a' | 'b', string>;
beforeAll(async () => {
  const [a, b] = [await make.user({ name: 'Arrangør A' }), await make.user({ name: 'Arrangør B' })];
  host = await make.organisation({ name: 'Karrieresenteret', kind: OrganisationKind.COUNTY, admins: [a], members: [b] });
  cookies = { a: await make.cookieFor(a), b: await make.cookieFor(b) };
});

/** An event starting `hours` from now (Oslo wall-clock time as the form sends it). */
async function startingIn(hours: number, capacity = 3): Promise<string> {
  const start = new Date(Date.now() + hours * 3_600_000);
  const created = await server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    { i: { organisationId: host.id, title: 'Kurs i karriereveiledning', kind: 'COURSE', mode: 'IN_PERSON', venueName: 'Skien', capacity, startsAt: toOsloLocal(start), endsAt: toOsloLocal(new Date(start.getTime() + 3 * 3_600_000)) } },
    { cookie: cookies.a },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.eventCreate.id;
  await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: cookies.a });
  return id;
}

const REGISTER = `mutation($id: ID!, $o: ID, $m: ID) { eventRegister(eventId: $id, organisationId: $o, municipalityNumber: $m) { id status organisation { name } municipality { name } } }`;
const CHECK_IN = `mutation($id: ID!, $c: CheckIn!) { registrationCheckIn(id: $id, checkIn: $c) { id checkIn } }`;

async function member(kind: OrganisationKind, municipality?: string): Promise<{ user: User; cookie: string; org: Organisation }> {
  const user = await make.user();
  const org = await make.organisation({ kind, members: [user] });
  if (municipality) await server.orm.em.getConnection().execute('insert into organisation_municipality (organisation_id, municipality_number) values (?, ?)', [org.id, municipality]);
  return { user, cookie: await make.cookieFor(user), org };
}

describe('check-in', () => {
  it('opens a day before; organisers mark who came, live on each other’s phones; figures by organisation kind and municipality', async () => {
    const later = await startingIn(72);
    const id = await startingIn(20);
    const voluntary = await member(OrganisationKind.VOLUNTARY, '4003');
    const agency = await member(OrganisationKind.AGENCY);
    // One in two organisations names the one they come for; an organisation not theirs is refused.
    const second = await make.organisation({ kind: OrganisationKind.SCHOOL, members: [agency.user] });
    const other = await make.organisation({ kind: OrganisationKind.NGO });
    expect((await server.gql(REGISTER, { id, o: other.id }, { cookie: agency.cookie })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organisationId', message: 'registration/organisation_invalid' }] });
    const v = (await server.gql<{ eventRegister: { id: string; organisation: unknown; municipality: unknown } }>(REGISTER, { id }, { cookie: voluntary.cookie })).data!.eventRegister;
    expect(v).toMatchObject({ organisation: { name: voluntary.org.name }, municipality: { name: 'Skien' } });
    const a = (await server.gql<{ eventRegister: { id: string } }>(REGISTER, { id, o: second.id, m: '3905' }, { cookie: agency.cookie })).data!.eventRegister;
    expect(a).toMatchObject({ organisation: { name: second.name }, municipality: { name: 'Tønsberg' } });
    await server.gql(`mutation($id: ID!) { eventRegisterGuest(eventId: $id, name: "Gjest", email: "dor@example.no", municipalityNumber: "3905") { id } }`, { id }, { headers: { 'x-forwarded-for': '198.51.100.90' } });
    const guest = (await server.gql<{ guestRegistrationConfirm: { id: string } }>(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { id } }`, { t: tokenFromMail((await server.mails('dor@example.no'))[0]!.text) })).data!.guestRegistrationConfirm;
    const waiting = await member(OrganisationKind.NGO);
    const w = (await server.gql<{ eventRegister: { id: string; status: string } }>(REGISTER, { id }, { cookie: waiting.cookie })).data!.eventRegister;
    expect(w.status).toBe('WAITLISTED');

    // Not yet for the event three days ahead.
    const laterReg = (await server.gql<{ eventRegister: { id: string } }>(REGISTER, { id: later }, { cookie: voluntary.cookie })).data!.eventRegister;
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerCan { checkIn } } }`, { id: later }, { cookie: cookies.a })).data).toEqual({ event: { viewerCan: { checkIn: false } } });
    expect((await server.gql(CHECK_IN, { id: laterReg.id, c: 'ATTENDED' }, { cookie: cookies.a })).errors?.[0]).toMatchObject({ message: 'registration/check_in_closed', extensions: { code: 'CONFLICT' } });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerCan { checkIn } } }`, { id }, { cookie: cookies.a })).data).toEqual({ event: { viewerCan: { checkIn: true } } });
    expect((await server.gql(`query($id: ID!) { event(id: $id) { viewerCan { checkIn } } }`, { id }, { cookie: voluntary.cookie })).data).toEqual({ event: { viewerCan: { checkIn: false } } });

    // Organiser B's phone follows what A marks.
    const client = wsClient(server.port, cookies.b);
    const updates = collect<{ eventCheckIns: Record<string, unknown> }>(client, `subscription($id: ID!) { eventCheckIns(eventId: $id) { registrationId checkIn attendedCount noShowCount registeredCount } }`, { id });
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    expect((await server.gql(CHECK_IN, { id: v.id, c: 'ATTENDED' }, { cookie: cookies.a })).data).toEqual({ registrationCheckIn: { id: v.id, checkIn: 'ATTENDED' } });
    expect((await updates.waitFor(1))[0]!.eventCheckIns).toEqual({ registrationId: v.id, checkIn: 'ATTENDED', attendedCount: 1, noShowCount: 0, registeredCount: 3 });
    await server.gql(CHECK_IN, { id: guest.id, c: 'NO_SHOW' }, { cookie: cookies.b });
    // Marking what is marked changes nothing and tells nobody.
    await server.gql(CHECK_IN, { id: v.id, c: 'ATTENDED' }, { cookie: cookies.b });
    await server.gql(CHECK_IN, { id: a.id, c: 'ATTENDED' }, { cookie: cookies.b });
    await server.gql(CHECK_IN, { id: a.id, c: 'NOT_MARKED' }, { cookie: cookies.a });
    await updates.waitFor(4);
    await new Promise((r) => setTimeout(r, 200));
    expect(updates.items.map((u) => [u.eventCheckIns.checkIn, u.eventCheckIns.attendedCount])).toEqual([['ATTENDED', 1], ['NO_SHOW', 1], ['ATTENDED', 2], ['NOT_MARKED', 1]]);
    await client.dispose();

    // A registrant may not; the waitlisted cannot be marked; an anonymous subscriber is refused.
    expect((await server.gql(CHECK_IN, { id: a.id, c: 'ATTENDED' }, { cookie: voluntary.cookie })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(CHECK_IN, { id: w.id, c: 'ATTENDED' }, { cookie: cookies.a })).errors?.[0]?.message).toBe('registration/check_in_not_confirmed');

    const FIGURES = `attendanceFigures { events total { registered attended noShow notMarked } byOrganisationKind { kind registered attended noShow } byMunicipality { municipality { name } registered attended } }`;
    const expected = {
      events: 1,
      total: { registered: 3, attended: 1, noShow: 1, notMarked: 1 },
      byOrganisationKind: [
        { kind: 'SCHOOL', registered: 1, attended: 0, noShow: 0 },
        { kind: 'VOLUNTARY', registered: 1, attended: 1, noShow: 0 },
        { kind: null, registered: 1, attended: 0, noShow: 1 },
      ],
      byMunicipality: [
        { municipality: { name: 'Tønsberg' }, registered: 2, attended: 0 },
        { municipality: { name: 'Skien' }, registered: 1, attended: 1 },
      ],
    };
    const mine = await server.gql<{ event: { attendanceFigures: unknown } }>(`query($id: ID!) { event(id: $id) { ${FIGURES} } }`, { id }, { cookie: cookies.b });
    expect(mine.data!.event.attendanceFigures).toEqual(expected);
    expect((await server.gql(`query($id: ID!) { event(id: $id) { ${FIGURES} } }`, { id }, { cookie: voluntary.cookie })).data).toEqual({ event: { attendanceFigures: null } });

    // The county's figures over a period.
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    const today = toOsloLocal(new Date()).slice(0, 10);
    const inAWeek = toOsloLocal(new Date(Date.now() + 7 * 86_400_000)).slice(0, 10);
    const county = await server.gql<{ eventAttendanceFigures: { events: number; total: unknown } }>(`query($f: String!, $t: String!) { eventAttendanceFigures(from: $f, to: $t) { events total { registered attended noShow notMarked } } }`, { f: today, t: inAWeek }, { cookie: staff });
    expect(county.data!.eventAttendanceFigures).toEqual({ events: 2, total: { registered: 4, attended: 1, noShow: 1, notMarked: 2 } });
    expect((await server.gql(`query { eventAttendanceFigures(from: "2026-01-01", to: "2026-12-31") { events } }`, {}, { cookie: cookies.a })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes the marks as one table', async () => {
    const { CHECK_IN_TRANSITIONS } = await import('./check-in.states.js');
    expect(Object.fromEntries(Object.entries(CHECK_IN_TRANSITIONS).map(([from, to]) => [from, Object.keys(to).sort()]))).toEqual({
      NOT_MARKED: ['ATTENDED', 'NO_SHOW'],
      ATTENDED: ['NOT_MARKED', 'NO_SHOW'],
      NO_SHOW: ['ATTENDED', 'NOT_MARKED'],
    });
  });
});
