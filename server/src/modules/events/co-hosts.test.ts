import { beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import type { User } from '../accounts/user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';

const server = testServerForFile();
const make = factories(server);
let nav: Organisation;
let karriere: Organisation;
let navMember: User;
let karriereAdmin: User;
let karriereMember: User;
let cookies: Record<'navMember' | 'karriereAdmin' | 'karriereMember' | 'stranger', string>;
beforeAll(async () => {
  [navMember, karriereAdmin, karriereMember] = await Promise.all([make.user({ name: 'Nina NAV' }), make.user({ name: 'Kari Karriere' }), make.user({ name: 'Kim Karriere' })]);
  nav = await make.organisation({ name: 'NAV Vestfold og Telemark', kind: 'AGENCY' as never, members: [navMember] });
  karriere = await make.organisation({ name: 'Karrieresenteret', kind: 'AGENCY' as never, admins: [karriereAdmin], members: [karriereMember] });
  cookies = {
    navMember: await make.cookieFor(navMember),
    karriereAdmin: await make.cookieFor(karriereAdmin),
    karriereMember: await make.cookieFor(karriereMember),
    stranger: await make.cookieFor(await make.user()),
  };
});

const year = new Date().getFullYear() + 1;
async function draft(title = 'Karrieredag for nyankomne'): Promise<string> {
  const res = await server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    { i: { organisationId: nav.id, title, kind: 'SEMINAR', mode: 'IN_PERSON', venueName: 'Skien', startsAt: `${year}-04-10T09:00`, endsAt: `${year}-04-10T12:00` } },
    { cookie: cookies.navMember },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.eventCreate.id;
}
const INVITE = `mutation($e: ID!, $o: ID!) { eventCoHostInvite(eventId: $e, organisationId: $o) { id status organisation { name } viewerCan { accept decline remove } } }`;
const MOVE = (m: string) => `mutation($id: ID!) { ${m}(id: $id) { status } }`;
const VIEW = `query($id: ID!) { event(id: $id) { hosts { name } viewerCan { manage } } }`;

describe('co-hosts', () => {
  it('an invited organisation is asked, accepts through an admin, and then runs the event and lists it as its own', async () => {
    const id = await draft();
    const invited = await server.gql<{ eventCoHostInvite: { id: string } }>(INVITE, { e: id, o: karriere.id }, { cookie: cookies.navMember });
    expect(invited.data).toEqual({ eventCoHostInvite: { id: expect.any(String), status: 'INVITED', organisation: { name: 'Karrieresenteret' }, viewerCan: { accept: false, decline: false, remove: true } } });
    const invitation = invited.data!.eventCoHostInvite.id;

    // The admin hears of it in the inbox; the organisation's page lists it for its admins only.
    const inbox = await server.gql<{ notifications: { nodes: { type: string; details: { eventId: string; organisationName: string } }[] } }>(`{ notifications { nodes { type details { eventId organisationName } } } }`, {}, { cookie: cookies.karriereAdmin });
    expect(inbox.data!.notifications.nodes).toEqual([{ type: 'EVENT_CO_HOST_INVITED', details: { eventId: id, organisationName: 'Karrieresenteret' } }]);
    const PENDING = `query($o: ID!) { organisation(id: $o) { eventCoHostInvitations { id event { title } viewerCan { accept decline remove } } } }`;
    expect((await server.gql(PENDING, { o: karriere.id }, { cookie: cookies.karriereAdmin })).data).toEqual({
      organisation: { eventCoHostInvitations: [{ id: invitation, event: { title: 'Karrieredag for nyankomne' }, viewerCan: { accept: true, decline: true, remove: false } }] },
    });
    expect((await server.gql(PENDING, { o: karriere.id }, { cookie: cookies.karriereMember })).data).toEqual({ organisation: { eventCoHostInvitations: null } });

    // Not a host yet: its members see no draft and may not edit; the inviting side may not answer for it.
    expect((await server.gql(VIEW, { id }, { cookie: cookies.karriereMember })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(MOVE('eventCoHostAccept'), { id: invitation }, { cookie: cookies.navMember })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(MOVE('eventCoHostAccept'), { id: invitation }, { cookie: cookies.stranger })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    expect((await server.gql(MOVE('eventCoHostAccept'), { id: invitation }, { cookie: cookies.karriereAdmin })).data).toEqual({ eventCoHostAccept: { status: 'ACCEPTED' } });
    expect((await server.gql(VIEW, { id }, { cookie: cookies.karriereMember })).data).toEqual({ event: { hosts: [{ name: 'NAV Vestfold og Telemark' }, { name: 'Karrieresenteret' }], viewerCan: { manage: true } } });
    const edited = await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { capacity: 40 }) { capacity } }`, { id }, { cookie: cookies.karriereMember });
    expect(edited.data).toEqual({ eventUpdate: { capacity: 40 } });
    expect((await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { status } }`, { id }, { cookie: cookies.karriereMember })).data).toEqual({ eventPublish: { status: 'PUBLISHED' } });

    // On both hosts' pages and calendar feeds; the attendee list is the co-host's too.
    const LIST = `query($o: ID!) { events(filter: { organisationId: $o }) { nodes { id } } }`;
    for (const o of [nav.id, karriere.id]) expect((await server.gql<{ events: { nodes: { id: string }[] } }>(LIST, { o })).data!.events.nodes.map((n) => n.id)).toContain(id);
    expect(await (await fetch(`${server.url}/kalender/organisasjoner/${karriere.id}.ics`)).text()).toContain(`UID:${id}@samhandling`);
    expect((await fetch(`${server.url}/arrangementer/${id}/deltakere.csv`, { headers: { cookie: cookies.karriereMember } })).status).toBe(200);
    expect((await server.gql(`query($id: ID!) { event(id: $id) { coHostInvitations { status organisation { name } } } }`, { id }, { cookie: cookies.karriereMember })).data).toEqual({
      event: { coHostInvitations: [{ status: 'ACCEPTED', organisation: { name: 'Karrieresenteret' } }] },
    });

    // The co-host's admin leaves: its members no longer run the event (their live check-in page ends), and it is off its page.
    const client = wsClient(server.port, cookies.karriereMember);
    const checkIns = collect(client, `subscription($id: ID!) { eventCheckIns(eventId: $id) { registrationId } }`, { id });
    await settled(client);
    await new Promise((r) => setTimeout(r, 100));
    expect(checkIns.completed).toBe(false);
    expect((await server.gql(MOVE('eventCoHostRemove'), { id: invitation }, { cookie: cookies.karriereAdmin })).data).toEqual({ eventCoHostRemove: { status: 'REMOVED' } });
    await expect.poll(() => checkIns.completed, { timeout: 5_000 }).toBe(true);
    expect(checkIns.items).toEqual([]);
    await client.dispose();
    expect((await server.gql(VIEW, { id }, { cookie: cookies.karriereMember })).data).toEqual({ event: { hosts: [{ name: 'NAV Vestfold og Telemark' }], viewerCan: { manage: false } } });
    expect((await server.gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { capacity: 41 }) { capacity } }`, { id }, { cookie: cookies.karriereMember })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql<{ events: { nodes: { id: string }[] } }>(LIST, { o: karriere.id })).data!.events.nodes.map((n) => n.id)).not.toContain(id);
  });

  it('declining, inviting again, accepting at once for an admin of both, and the refusals', async () => {
    const id = await draft('Informasjonsmøte');
    const first = await server.gql<{ eventCoHostInvite: { id: string } }>(INVITE, { e: id, o: karriere.id }, { cookie: cookies.navMember });
    const invitation = first.data!.eventCoHostInvite.id;
    expect((await server.gql(INVITE, { e: id, o: karriere.id }, { cookie: cookies.navMember })).errors?.[0]).toMatchObject({ message: 'event_host/already', extensions: { code: 'CONFLICT' } });
    expect((await server.gql(INVITE, { e: id, o: nav.id }, { cookie: cookies.navMember })).errors?.[0]?.message).toBe('event_host/already');
    expect((await server.gql(INVITE, { e: id, o: karriere.id }, { cookie: cookies.karriereAdmin })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(MOVE('eventCoHostDecline'), { id: invitation }, { cookie: cookies.karriereAdmin })).data).toEqual({ eventCoHostDecline: { status: 'DECLINED' } });
    expect((await server.gql(MOVE('eventCoHostAccept'), { id: invitation }, { cookie: cookies.karriereAdmin })).errors?.[0]).toMatchObject({ message: 'event_host/transition_invalid', extensions: { code: 'CONFLICT' } });
    expect((await server.gql(INVITE, { e: id, o: karriere.id }, { cookie: cookies.navMember })).data).toMatchObject({ eventCoHostInvite: { id: invitation, status: 'INVITED' } });
    expect((await server.gql(MOVE('eventCoHostRemove'), { id: invitation }, { cookie: cookies.karriereAdmin })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(MOVE('eventCoHostRemove'), { id: invitation }, { cookie: cookies.navMember })).data).toEqual({ eventCoHostRemove: { status: 'REMOVED' } });

    // Someone in both organisations (an admin of the invited one) needs no answer from itself.
    const both = await make.user();
    await make.membership(nav, both);
    await make.membership(karriere, both, 'ADMIN' as never);
    const res = await server.gql(INVITE, { e: id, o: karriere.id }, { cookie: await make.cookieFor(both) });
    expect(res.data).toMatchObject({ eventCoHostInvite: { status: 'ACCEPTED' } });
  });

  it('writes the moves as one table with who may make each', async () => {
    const { CO_HOST_TRANSITIONS } = await import('./event-host.states.js');
    expect(Object.fromEntries(Object.entries(CO_HOST_TRANSITIONS).map(([from, to]) => [from, Object.fromEntries(Object.entries(to).map(([s, m]) => [s, m!.by]))]))).toEqual({
      INVITED: { ACCEPTED: ['invitedAdmin'], DECLINED: ['invitedAdmin'], REMOVED: ['organiser'] },
      ACCEPTED: { REMOVED: ['organiser', 'invitedAdmin'] },
      DECLINED: { INVITED: ['organiser'] },
      REMOVED: { INVITED: ['organiser'] },
    });
  });
});
