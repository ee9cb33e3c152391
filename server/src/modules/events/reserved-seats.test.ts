import { beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import type { User } from '../accounts/user.entity.js';
import { OrganisationKind, type Organisation } from '../organisations/organisation.entity.js';
import { releaseReservedSeats } from './registration.service.js';

const server = testServerForFile();
const make = factories(server);
let host: Organisation;
let hostCookie: string;
let voluntary: Organisation;
beforeAll(async () => {
  ({ org: host, cookie: hostCookie } = await make.orgAdmin({ user: { name: 'Arrangør' }, org: { name: 'Vestfold og Telemark fylkeskommune', kind: OrganisationKind.COUNTY } }));
  voluntary = await make.organisation({ name: 'Skien Røde Kors', kind: OrganisationKind.VOLUNTARY, verified: true });
});

const year = new Date().getFullYear() + 1;
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];

async function published(overrides: Record<string, unknown> = {}): Promise<string> {
  const created = await server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    {
      i: {
        organisationId: host.id, title: 'Dialogmøte med frivilligheten', kind: 'NETWORK_MEETING', mode: 'IN_PERSON', venueName: 'Fylkeshuset',
        startsAt: `${year}-09-10T09:00`, endsAt: `${year}-09-10T12:00`, capacity: 4, reservedSeats: 2, reservedForKind: 'VOLUNTARY', reservedUntil: `${year}-09-01T12:00`, ...overrides,
      },
    },
    { cookie: hostCookie },
  );
  expect(created.errors).toBeUndefined();
  const id = created.data!.eventCreate.id;
  await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: hostCookie });
  return id;
}

/** A user who belongs to the verified voluntary organisation (qualifies), or to none. */
async function person(qualifies: boolean, name?: string): Promise<{ user: User; cookie: string }> {
  const user = await make.user({ name });
  if (qualifies) await make.membership(voluntary, user);
  return { user, cookie: await make.cookieFor(user) };
}
const REGISTER = `mutation($id: ID!) { eventRegister(eventId: $id) { id status reservedSeat } }`;
const register = async (id: string, cookie: string) => (await server.gql<{ eventRegister: { id: string; status: string; reservedSeat: boolean } }>(REGISTER, { id }, { cookie })).data!.eventRegister;
const SEATS = `query($id: ID!) { event(id: $id) { confirmedCount waitlistCount reservedConfirmedCount seatsLeft reservation { seats kind seatsLeft viewerQualifies } attendanceOptions { waitlist } } }`;

describe('reserved seats', () => {
  it('holds seats for voluntary organisations: others wait while they are free, and a freed reserved seat goes to the first who qualifies', async () => {
    const id = await published();
    const [n1, n2, n3] = [await person(false, 'N1'), await person(false, 'N2'), await person(false, 'N3')];
    const [v1, v2, v3] = [await person(true, 'V1'), await person(true, 'V2'), await person(true, 'V3')];
    // An organisation of the kind that is not verified does not count.
    const unverified = await make.organisation({ kind: OrganisationKind.VOLUNTARY });
    await make.membership(unverified, n3.user);

    expect(await register(id, n1.cookie)).toMatchObject({ status: 'CONFIRMED', reservedSeat: false });
    expect(await register(id, n2.cookie)).toMatchObject({ status: 'CONFIRMED', reservedSeat: false });
    // Two seats are free, but they are held: the others are told the waitlist, those who qualify a seat.
    expect((await server.gql(SEATS, { id }, { cookie: n3.cookie })).data).toEqual({
      event: { confirmedCount: 2, waitlistCount: 0, reservedConfirmedCount: 0, seatsLeft: 0, reservation: { seats: 2, kind: 'VOLUNTARY', seatsLeft: 2, viewerQualifies: false }, attendanceOptions: [{ waitlist: true }] },
    });
    expect((await server.gql(SEATS, { id }, { cookie: v1.cookie })).data).toMatchObject({ event: { reservation: { viewerQualifies: true }, attendanceOptions: [{ waitlist: false }] } });
    expect(await register(id, n3.cookie)).toMatchObject({ status: 'WAITLISTED' });

    const client = wsClient(server.port, hostCookie);
    const updates = collect<{ eventUpdates: { confirmedCount: number; reservedConfirmedCount: number } }>(client, `subscription($id: ID!) { eventUpdates(eventId: $id) { confirmedCount reservedConfirmedCount } }`, { id });
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    const v1Registration = await register(id, v1.cookie);
    expect(v1Registration).toMatchObject({ status: 'CONFIRMED', reservedSeat: true });
    expect((await updates.waitFor(1))[0]!.eventUpdates).toEqual({ confirmedCount: 3, reservedConfirmedCount: 1 });
    expect(await register(id, v2.cookie)).toMatchObject({ status: 'CONFIRMED', reservedSeat: true });
    expect(await register(id, v3.cookie)).toMatchObject({ status: 'WAITLISTED' });
    await client.dispose();

    // A reserved seat frees up: V3 gets it, though N3 has waited longer (N3 may not take it).
    await server.gql(`mutation($id: ID!) { registrationCancel(id: $id) { status } }`, { id: v1Registration.id }, { cookie: v1.cookie });
    const mine = `query($id: ID!) { event(id: $id) { viewerRegistration { status reservedSeat waitlistPosition } } }`;
    expect((await server.gql(mine, { id }, { cookie: v3.cookie })).data).toEqual({ event: { viewerRegistration: { status: 'CONFIRMED', reservedSeat: true, waitlistPosition: null } } });
    expect((await server.gql(mine, { id }, { cookie: n3.cookie })).data).toEqual({ event: { viewerRegistration: { status: 'WAITLISTED', reservedSeat: false, waitlistPosition: 1 } } });

    // A general seat frees up: the first in line gets it.
    const n1Registration = (await server.gql<{ event: { viewerRegistration: { id: string } } }>(`query($id: ID!) { event(id: $id) { viewerRegistration { id } } }`, { id }, { cookie: n1.cookie })).data!.event.viewerRegistration.id;
    await server.gql(`mutation($id: ID!) { registrationCancel(id: $id) { status } }`, { id: n1Registration }, { cookie: n1.cookie });
    expect((await server.gql(mine, { id }, { cookie: n3.cookie })).data).toMatchObject({ event: { viewerRegistration: { status: 'CONFIRMED', reservedSeat: false } } });
    expect((await server.gql(SEATS, { id }, { cookie: hostCookie })).data).toMatchObject({ event: { confirmedCount: 4, waitlistCount: 0, reservedConfirmedCount: 2 } });
  });

  it('releases unclaimed seats at the date: the waitlist moves up into them, once', async () => {
    const id = await published({ capacity: 3 });
    const people = [await person(false, 'Først'), await person(false, 'Andre'), await person(false, 'Tredje')];
    const emails = [];
    for (const p of people) {
      await register(id, p.cookie);
      emails.push(p.user.email);
    }
    expect((await server.gql(SEATS, { id }, { cookie: hostCookie })).data).toMatchObject({ event: { confirmedCount: 1, waitlistCount: 2 } });
    await server.orm.em.getConnection().execute(`update event set reserved_until = now() - interval '1 minute' where id = ?`, [id]);
    const release = () => releaseReservedSeats(server.orm.em.fork(), { mailer: server.app.services.mailer, publicUrl: server.config.publicUrl });
    expect(await release()).toBe(1);
    expect((await server.gql(SEATS, { id }, { cookie: hostCookie })).data).toMatchObject({ event: { confirmedCount: 3, waitlistCount: 0, seatsLeft: 0, reservation: null } });
    expect((await server.mails(emails[2]))[0]?.subject).toBe('Du har fått plass: Dialogmøte med frivilligheten');
    expect(await release()).toBe(0);
  });

  it('refuses reservations that cannot hold', async () => {
    const create = (overrides: Record<string, unknown>) =>
      server.gql(`mutation($i: EventInput!) { eventCreate(input: $i) { id } }`, { i: { organisationId: host.id, title: 'Feil', kind: 'SEMINAR', mode: 'IN_PERSON', venueName: 'Skien', startsAt: `${year}-09-10T09:00`, endsAt: `${year}-09-10T12:00`, capacity: 4, reservedSeats: 2, reservedForKind: 'VOLUNTARY', reservedUntil: `${year}-09-01T12:00`, ...overrides } }, { cookie: hostCookie });
    expect(fieldsOf(await create({ reservedSeats: 5 }))).toEqual([{ field: 'reservedSeats', message: 'event/reserved_invalid' }]);
    expect(fieldsOf(await create({ capacity: 0 }))).toEqual([{ field: 'reservedSeats', message: 'event/reserved_invalid' }]);
    expect(fieldsOf(await create({ reservedForKind: null }))).toEqual([{ field: 'reservedForKind', message: 'event/reserved_kind_required' }]);
    expect(fieldsOf(await create({ reservedUntil: '' }))).toEqual([{ field: 'reservedUntil', message: 'event/reserved_until_required' }]);
    expect(fieldsOf(await create({ reservedUntil: `${year}-09-11T09:00` }))).toEqual([{ field: 'reservedUntil', message: 'event/reserved_until_after_start' }]);
  });
});
