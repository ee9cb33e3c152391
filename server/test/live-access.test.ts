import { describe, expect, it } from 'vitest';
import { PlatformRole, type User } from '../src/modules/accounts/user.entity.js';
import { GroupJoinPolicy, GroupVisibility } from '../src/modules/groups/group.entity.js';
import type { Organisation } from '../src/modules/organisations/organisation.entity.js';
import { factories, TEST_PASSWORD } from './factories.js';
import { testServerForFile } from './test-server.js';
import { collect, settled, wsClient } from './ws.js';

/**
 * A live subscription ends (and delivers nothing more) at the first event after the access it was granted for is
 * gone, whatever took it away; HTTP refuses the same viewer at the same moment.
 */
const server = testServerForFile();
const make = factories(server);

const EVENTS = `subscription($g: ID!) { groupEvents(groupId: $g) { type message { body } } }`;
const PRESENCE = `subscription($g: ID!) { groupPresence(groupId: $g) { online { name } typing { name } } }`;
type Ev = { groupEvents: { type: string; message: { body: string } | null } };
type Presence = { groupPresence: { online: { name: string }[]; typing: { name: string }[] } };

const ok = <T>(res: { data?: T | null; errors?: unknown }) => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};
const gql = <T = Record<string, unknown>>(cookie: string, query: string, variables: Record<string, unknown> = {}) => server.gql<T>(query, variables, { cookie });
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A MEMBERS group with a thread, owned by a new user. */
async function group(visibility = GroupVisibility.MEMBERS) {
  const owner = await make.user({ name: 'Eier' });
  const cookie = await make.cookieFor(owner);
  const { groupCreate } = ok(await gql<{ groupCreate: { id: string } }>(cookie, `mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: `Gruppe ${Math.random().toString(36).slice(2, 8)}`, visibility, joinPolicy: GroupJoinPolicy.OPEN } }));
  const { threadCreate } = ok(await gql<{ threadCreate: { id: string } }>(cookie, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Velkommen", body: "Første") { id } }`, { g: groupCreate.id }));
  const post = (body: string) => gql(cookie, `mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadCreate.id, b: body }).then(ok);
  return { owner, cookie, groupId: groupCreate.id, threadId: threadCreate.id, post };
}

/** An organisation that is a member of the group, so its members read it; `admin` manages the organisation. */
async function organisationIn(g: Awaited<ReturnType<typeof group>>, members: User[]): Promise<{ org: Organisation; adminCookie: string }> {
  const admin = await make.user({ name: 'Org-admin' });
  const org = await make.organisation({ admins: [admin], members });
  ok(await gql(g.cookie, `mutation($g: ID!, $o: ID!) { groupOrganisationAdd(groupId: $g, organisationId: $o) { id } }`, { g: g.groupId, o: org.id }));
  return { org, adminCookie: await make.cookieFor(admin) };
}

/** The viewer's live group events and presence, each delivering once before the change. */
async function watching(g: Awaited<ReturnType<typeof group>>, cookie: string) {
  const client = wsClient(server.port, cookie);
  const events = collect<Ev>(client, EVENTS, { g: g.groupId });
  const presence = collect<Presence>(client, PRESENCE, { g: g.groupId });
  await settled(client);
  await presence.waitFor(1);
  await pause(100);
  await g.post('før');
  await events.waitFor(1);
  return { client, events, presence };
}

/** After the change: the next message is not delivered and the subscriptions have completed. */
async function expectEnded(g: Awaited<ReturnType<typeof group>>, w: Awaited<ReturnType<typeof watching>>, cookie: string) {
  await g.post('etter');
  // Others still watching get it (the shared result of the fan-out is not the revoked viewer's).
  await pause(400);
  expect(w.events.items.map((i) => i.groupEvents.message?.body)).toEqual(['før']);
  expect(w.events.completed).toBe(true);
  expect(w.presence.completed).toBe(true);
  expect(w.events.errors).toEqual([]);
  const http = await gql(cookie, `query($t: ID!) { thread(id: $t) { id } }`, { t: g.threadId });
  expect(http.errors?.[0]).toMatchObject({ message: 'group/members_only', extensions: { code: 'FORBIDDEN' } });
  await w.client.dispose();
}

describe('group events and presence end with the access that granted them', () => {
  it('when the member is removed from the organisation that gave access (membershipRemove), others in it still receive', async () => {
    const g = await group();
    const [leaver, stayer] = [await make.user({ name: 'Går' }), await make.user({ name: 'Blir' })];
    const { adminCookie } = await organisationIn(g, [leaver, stayer]);
    const [leaverCookie, stayerCookie] = [await make.cookieFor(leaver), await make.cookieFor(stayer)];
    const staying = await watching(g, stayerCookie);
    const w = await watching(g, leaverCookie);
    await staying.events.waitFor(2);

    const { membershipId } = await membershipOf(leaver);
    ok(await gql(adminCookie, `mutation($m: ID!) { membershipRemove(membershipId: $m) }`, { m: membershipId }));
    await expectEnded(g, w, leaverCookie);
    await staying.events.waitFor(3);
    expect(staying.events.items.map((i) => i.groupEvents.message?.body)).toEqual(['før', 'før', 'etter']);
    expect(staying.events.completed).toBe(false);
    await staying.client.dispose();
  });

  it('when the member leaves that organisation (membershipLeave)', async () => {
    const g = await group();
    const member = await make.user();
    const { org } = await organisationIn(g, [member]);
    const cookie = await make.cookieFor(member);
    const w = await watching(g, cookie);
    ok(await gql(cookie, `mutation($o: ID!) { membershipLeave(organisationId: $o) }`, { o: org.id }));
    await expectEnded(g, w, cookie);
  });

  it('when the organisation is removed from the group (groupOrganisationRemove)', async () => {
    const g = await group();
    const member = await make.user();
    const { org } = await organisationIn(g, [member]);
    const cookie = await make.cookieFor(member);
    const w = await watching(g, cookie);
    ok(await gql(g.cookie, `mutation($g: ID!, $o: ID!) { groupOrganisationRemove(groupId: $g, organisationId: $o) { id } }`, { g: g.groupId, o: org.id }));
    await expectEnded(g, w, cookie);
  });

  it('when county staff lose the role that let them read (userSetPlatformRole)', async () => {
    const g = await group();
    const staff = await make.user({ role: PlatformRole.COUNTY_STAFF });
    const cookie = await make.cookieFor(staff);
    const admin = await make.cookieFor(await make.user({ role: PlatformRole.ADMIN }));
    const w = await watching(g, cookie);
    ok(await gql(admin, `mutation($u: ID!) { userSetPlatformRole(userId: $u, role: USER) { id } }`, { u: staff.id }));
    await expectEnded(g, w, cookie);
  });

  it('when the member is removed from the group (groupMemberRemove): presence too, others see them gone', async () => {
    const g = await group();
    const member = await make.user({ name: 'Medlem' });
    const cookie = await make.cookieFor(member);
    const { groupJoin } = ok(await gql<{ groupJoin: { id: string } }>(cookie, `mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: g.groupId }));
    const ownerClient = wsClient(server.port, g.cookie);
    const ownerPresence = collect<Presence>(ownerClient, PRESENCE, { g: g.groupId });
    const w = await watching(g, cookie);
    await waitUntil(() => ownerPresence.items.some((p) => p.groupPresence.online.some((u) => u.name === 'Medlem')));

    ok(await gql(g.cookie, `mutation($m: ID!) { groupMemberRemove(memberId: $m) }`, { m: groupJoin.id }));
    await waitUntil(() => w.presence.completed);
    const seen = w.presence.items.length;
    ok(await gql(g.cookie, `mutation($t: ID!) { groupTyping(threadId: $t) }`, { t: g.threadId }));
    await expectEnded(g, w, cookie);
    expect(w.presence.items).toHaveLength(seen);
    // Their presence ended with the subscription.
    await waitUntil(() => !ownerPresence.items.at(-1)!.groupPresence.online.some((u) => u.name === 'Medlem'));
    await ownerClient.dispose();
  });

  it('when a PUBLIC group becomes MEMBERS only, for readers who are not members', async () => {
    const g = await group(GroupVisibility.PUBLIC);
    const cookie = await make.cookieFor(await make.user());
    const w = await watching(g, cookie);
    ok(await gql(g.cookie, `mutation($g: ID!) { groupUpdate(id: $g, input: { visibility: MEMBERS }) { id } }`, { g: g.groupId }));
    await expectEnded(g, w, cookie);
  });

  it('when the account is deleted: group events and the inbox', async () => {
    const g = await group();
    const member = await make.user();
    await organisationIn(g, [member]);
    const cookie = await make.cookieFor(member);
    const w = await watching(g, cookie);
    const inbox = collect<{ notificationEvents: { cursor: string } }>(w.client, `subscription { notificationEvents { cursor unreadCount } }`);
    await settled(w.client);
    ok(await gql(cookie, `mutation($p: String!) { accountDelete(password: $p) }`, { p: TEST_PASSWORD }));
    await g.post(`etter @[Slettet](user:${member.id})`);
    await pause(400);
    expect(w.events.items).toHaveLength(1);
    expect(inbox.items).toEqual([]);
    // Ended either way: the subscription completes, or the socket of the deleted session closes first.
    for (const sub of [w.events, w.presence, inbox]) expect(sub.completed || sub.errors.length > 0).toBe(true);
    await w.client.dispose();
  });
});

describe('other live subscriptions end with their access', () => {
  it("eventUpdates of a draft end when the viewer stops being one of its organisers", async () => {
    const [organiser, colleague] = [await make.user(), await make.user()];
    const org = await make.organisation({ admins: [colleague], members: [organiser] });
    const [cookie, colleagueCookie] = [await make.cookieFor(organiser), await make.cookieFor(colleague)];
    const year = new Date().getFullYear() + 1;
    const { eventCreate } = ok(await gql<{ eventCreate: { id: string } }>(cookie, `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`, {
      i: { organisationId: org.id, title: 'Utkast til seminar', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-02-10T09:00`, endsAt: `${year}-02-10T11:00` },
    }));
    const touch = (description: string) => gql(colleagueCookie, `mutation($e: ID!, $d: String) { eventUpdate(id: $e, input: { description: $d }) { id } }`, { e: eventCreate.id, d: description }).then(ok);
    const client = wsClient(server.port, cookie);
    const updates = collect<{ eventUpdates: { type: string } }>(client, `subscription($e: ID!) { eventUpdates(eventId: $e) { type status } }`, { e: eventCreate.id });
    await settled(client);
    await pause(100);
    await touch('Program');
    await updates.waitFor(1);

    const { membershipId } = await membershipOf(organiser);
    ok(await gql(colleagueCookie, `mutation($m: ID!) { membershipRemove(membershipId: $m) }`, { m: membershipId }));
    await touch('Nytt program');
    await pause(400);
    expect(updates.items).toHaveLength(1);
    expect(updates.completed).toBe(true);
    const http = await gql(cookie, `query($e: ID!) { event(id: $e) { id } }`, { e: eventCreate.id });
    expect(http.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await client.dispose();
  });

  it('grantRoundUpdates end when the viewer loses the county staff role', async () => {
    const staff = await make.user({ role: PlatformRole.COUNTY_STAFF });
    const [cookie, colleague] = [await make.cookieFor(staff), await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }))];
    const admin = await make.cookieFor(await make.user({ role: PlatformRole.ADMIN }));
    const year = new Date().getFullYear() + 1;
    const { grantSchemeCreate } = ok(await gql<{ grantSchemeCreate: { id: string } }>(colleague, `mutation { grantSchemeCreate(name: "TIIA live", description: "") { id } }`));
    const { grantRoundCreate } = ok(await gql<{ grantRoundCreate: { id: string } }>(colleague, `mutation($i: GrantRoundInput!) { grantRoundCreate(input: $i) { id } }`, {
      i: { schemeId: grantSchemeCreate.id, title: `TIIA ${year}`, year, budget: 100_000, guidelines: 'Retningslinjer', eligibleKinds: ['NGO'], minPartners: 0, criteria: [{ key: 'relevance', title: 'Relevans', weight: 1 }], opensAt: '2024-01-01T08:00', closesAt: `${year}-03-01T12:00` },
    }));
    const round = grantRoundCreate.id;
    const client = wsClient(server.port, cookie);
    const updates = collect<{ grantRoundUpdates: { type: string } }>(client, `subscription($r: ID!) { grantRoundUpdates(roundId: $r) { type } }`, { r: round });
    await settled(client);
    await pause(100);
    ok(await gql(colleague, `mutation($r: ID!) { grantRoundOpen(id: $r) { state } }`, { r: round }));
    await updates.waitFor(1);

    ok(await gql(admin, `mutation($u: ID!) { userSetPlatformRole(userId: $u, role: USER) { id } }`, { u: staff.id }));
    ok(await gql(colleague, `mutation($r: ID!) { grantRoundClose(id: $r) { state } }`, { r: round }));
    await pause(400);
    expect(updates.items.map((u) => u.grantRoundUpdates.type)).toEqual(['round.opened']);
    expect(updates.completed).toBe(true);
    const http = await gql(cookie, `query($r: ID!) { grantRoundDashboard(roundId: $r) { __typename } }`, { r: round });
    expect(http.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await client.dispose();
  });

  it('notificationEvents end when the session ends', async () => {
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    const client = wsClient(server.port, cookie);
    const inbox = collect(client, `subscription { notificationEvents { cursor } }`);
    await settled(client);
    ok(await gql(cookie, `mutation { accountLogout }`));
    await waitUntil(() => inbox.completed || inbox.errors.length > 0);
    await client.dispose();
  });
});

async function membershipOf(user: User): Promise<{ membershipId: string }> {
  const [row] = await server.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from membership where user_id = ?', [user.id]);
  return { membershipId: row!.id };
}

async function waitUntil(done: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await pause(20);
  }
}
