import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { Language, User } from '../accounts/user.entity.js';

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
    expect(nb).toContain('navn,e-post,type,status,påmeldt');
    expect(nb).toMatch(/Først,[^,]+,bruker,har plass,/);
    expect(nb).toMatch(/Andre,[^,]+,bruker,venteliste,/);
    expect(nb).toMatch(/Tredje,[^,]+,bruker,avmeldt,/);
    expect(nb).not.toMatch(/CONFIRMED|WAITLISTED|CANCELLED/);

    await server.orm.em.fork().nativeUpdate(User, { id: host.id }, { preferredLanguage: Language.nn });
    expect(await csv()).toMatch(/^namn,e-post,type,status,påmeld\n[\s\S]*Tredje,[^,]+,brukar,avmeld,/);
    await server.orm.em.fork().nativeUpdate(User, { id: host.id }, { preferredLanguage: Language.en });
    const en = await csv();
    expect(en).toContain('name,e-mail,type,status,registered');
    expect(en).toMatch(/Først,[^,]+,account,has a seat,/);
    expect(en).toMatch(/Andre,[^,]+,account,waiting list,/);
  });
});
