import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { Language, User } from '../accounts/user.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { CheckIn, Registration } from './event.entity.js';

const server = testServerForFile();
const make = factories(server);

const year = new Date().getFullYear() + 1;

describe('the attendee CSV', () => {
  it('writes statuses, types and headers in the organiser’s language, never the raw CONFIRMED/WAITLISTED/CANCELLED', async () => {
    const { user: host, org, cookie: hostCookie } = await make.orgAdmin({ user: { name: 'Arrangør' } });
    const created = await server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId: org.id, title: 'Nettverkssamling', kind: 'NETWORK_MEETING', mode: 'ONLINE', startsAt: `${year}-02-10T09:00`, endsAt: `${year}-02-10T11:00`, capacity: 1, meetingUrl: 'https://teams.example.no/m' } },
      { cookie: hostCookie },
    );
    const id = created.data!.eventCreate.id;
    expect((await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { status } }`, { id }, { cookie: hostCookie })).errors).toBeUndefined();
    const registrations: { id: string; cookie: string }[] = [];
    for (const name of ['Først', 'Andre', 'Tredje']) {
      const cookie = await make.cookieFor(await make.user({ name }));
      const r = await server.gql<{ eventRegister: { id: string } }>(`mutation($id: ID!) { eventRegister(eventId: $id) { id } }`, { id }, { cookie });
      registrations.push({ id: r.data!.eventRegister.id, cookie });
    }
    const third = registrations[2]!;
    expect((await server.gql(`mutation($id: ID!) { registrationCancel(id: $id) { status } }`, { id: third.id }, { cookie: third.cookie })).errors).toBeUndefined();

    const csv = async () => (await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: hostCookie } })).text();
    const nb = await csv();
    expect(nb).toContain('navn,e-post,type,status,deltar,reservert plass,oppmøte,påmeldt');
    expect(nb).toMatch(/Først,[^,]+,bruker,har plass,/);
    expect(nb).toMatch(/Andre,[^,]+,bruker,venteliste,/);
    expect(nb).toMatch(/Tredje,[^,]+,bruker,avmeldt,/);
    expect(nb).not.toMatch(/CONFIRMED|WAITLISTED|CANCELLED/);

    await server.orm.em.fork().nativeUpdate(User, { id: host.id }, { preferredLanguage: Language.nn });
    expect(await csv()).toMatch(/^namn,e-post,type,status,deltek,reservert plass,oppmøte,påmeld\n[\s\S]*Tredje,[^,]+,brukar,avmeld,/);
    await server.orm.em.fork().nativeUpdate(User, { id: host.id }, { preferredLanguage: Language.en });
    const en = await csv();
    expect(en).toContain('name,e-mail,type,status,taking part,reserved seat,attendance,registered');
    expect(en).toMatch(/Først,[^,]+,account,has a seat,/);
    expect(en).toMatch(/Andre,[^,]+,account,waiting list,/);
  });

  it('says how each takes part (room/online), who holds a reserved seat and who came, in the organiser’s language', async () => {
    const { user: host, org, cookie: hostCookie } = await make.orgAdmin({ user: { name: 'Vertskap' } });
    const created = await server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      {
        i: {
          organisationId: org.id, title: 'Hybrid dialogmøte', kind: 'NETWORK_MEETING', mode: 'HYBRID', venueName: 'Fylkeshuset', startsAt: `${year}-03-10T09:00`, endsAt: `${year}-03-10T11:00`,
          capacity: 3, onlineCapacity: 3, reservedSeats: 1, reservedForKind: 'VOLUNTARY', reservedUntil: `${year}-03-01T12:00`, meetingUrl: 'https://teams.example.no/h',
        },
      },
      { cookie: hostCookie },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.eventCreate.id;
    await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: hostCookie });
    const REGISTER = `mutation($id: ID!, $a: AttendanceMode) { eventRegister(eventId: $id, attendance: $a) { id status reservedSeat attendance } }`;
    const volunteer = await make.user({ name: 'Frivillig' });
    await make.organisation({ kind: OrganisationKind.VOLUNTARY, verified: true, members: [volunteer] });
    const v = (await server.gql<{ eventRegister: { id: string; reservedSeat: boolean } }>(REGISTER, { id, a: 'IN_ROOM' }, { cookie: await make.cookieFor(volunteer) })).data!.eventRegister;
    expect(v.reservedSeat).toBe(true);
    const online = (await server.gql<{ eventRegister: { id: string; attendance: string } }>(REGISTER, { id, a: 'ONLINE' }, { cookie: await make.cookieFor(await make.user({ name: 'Nettdeltaker' })) })).data!.eventRegister;
    expect(online.attendance).toBe('ONLINE');
    await server.gql(REGISTER, { id, a: 'IN_ROOM' }, { cookie: await make.cookieFor(await make.user({ name: 'Umerket' })) });
    // Marked at the door (check-in.test.ts covers the marking itself).
    const em = server.orm.em.fork();
    await em.nativeUpdate(Registration, { id: v.id }, { checkIn: CheckIn.ATTENDED });
    await em.nativeUpdate(Registration, { id: online.id }, { checkIn: CheckIn.NO_SHOW });

    const csv = async () => (await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: hostCookie } })).text();
    const nb = await csv();
    expect(nb).toMatch(/Frivillig,[^,]+,bruker,har plass,i salen,ja,møtt,/);
    expect(nb).toMatch(/Nettdeltaker,[^,]+,bruker,har plass,digitalt,nei,ikke møtt,/);
    expect(nb).toMatch(/Umerket,[^,]+,bruker,har plass,i salen,nei,ikke merket,/);
    await em.nativeUpdate(User, { id: host.id }, { preferredLanguage: Language.nn });
    const nn = await csv();
    expect(nn).toMatch(/Nettdeltaker,[^,]+,brukar,har plass,digitalt,nei,ikkje møtt,/);
    expect(nn).toMatch(/Umerket,[^,]+,brukar,har plass,i salen,nei,ikkje merkt,/);
    await em.nativeUpdate(User, { id: host.id }, { preferredLanguage: Language.en });
    const en = await csv();
    expect(en).toMatch(/Frivillig,[^,]+,account,has a seat,in the room,yes,came,/);
    expect(en).toMatch(/Nettdeltaker,[^,]+,account,has a seat,online,no,did not come,/);
  });
});
