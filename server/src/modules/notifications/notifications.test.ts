import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { PlatformRole, type User } from '../accounts/user.entity.js';
import { NotificationType } from './notification.entity.js';
import { notificationInsert, sendDigests } from './notification.service.js';

const server = testServerForFile();
const make = factories(server);

const mention = (u: User) => `@[${u.name}](user:${u.id})`;

/** A public group's thread, started by the owner; `memberCookies` join the group. */
async function publicThread(ownerCookie: string, ...memberCookies: string[]) {
  const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($n: String!) { groupCreate(input: { name: $n, visibility: PUBLIC, joinPolicy: OPEN }) { id } }`, { n: `Gruppe ${Math.random().toString(36).slice(2, 8)}` }, { cookie: ownerCookie });
  const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Språkkafé", body: "Hvem kommer?") { id } }`, { g: g.data!.groupCreate.id }, { cookie: ownerCookie });
  for (const cookie of memberCookies) expect((await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: g.data!.groupCreate.id }, { cookie })).errors).toBeUndefined();
  return { groupId: g.data!.groupCreate.id, threadId: t.data!.threadCreate.id };
}

/** Posts a message as the cookie's user; returns its id. */
async function posted(cookie: string, threadId: string, body: string): Promise<string> {
  const r = await server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: body }, { cookie });
  expect(r.errors).toBeUndefined();
  return r.data!.messagePost.id;
}

const INBOX = `{ notifications { unreadCount nodes { id type readAt details { actorName threadTitle excerpt } } } }`;
type Inbox = { notifications: { unreadCount: number; nodes: { id: string; type: string; readAt: string | null; details: { actorName: string; threadTitle: string; excerpt: string } }[] } };

describe('the notification inbox', () => {
  it('notifies a mentioned user live, and thread participants of replies', async () => {
    const owner = await make.user({ name: 'Omar' });
    const kari = await make.user({ name: 'Kari' });
    const ownerCookie = await make.cookieFor(owner);
    const kariCookie = await make.cookieFor(kari);
    const { threadId } = await publicThread(ownerCookie, kariCookie);

    const client = wsClient(server.port, kariCookie);
    const live = collect<{ notificationEvents: { cursor: string; unreadCount: number; notification: { type: string } } }>(client, `subscription { notificationEvents { cursor unreadCount notification { type } } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    await posted(ownerCookie, threadId, `Hei ${mention(kari)}, kan du ta med kaffe?`);
    const [event] = await live.waitFor(1);
    expect(event!.notificationEvents).toMatchObject({ unreadCount: 1, notification: { type: 'MENTION' } });

    const inbox = await server.gql<Inbox>(INBOX, {}, { cookie: kariCookie });
    expect(inbox.data!.notifications.nodes[0]).toMatchObject({ type: 'MENTION', details: { actorName: 'Omar', threadTitle: 'Språkkafé', excerpt: 'Hei @Kari, kan du ta med kaffe?' } });

    // Kari answers: Omar, who wrote in the thread, gets a REPLY.
    await posted(kariCookie, threadId, 'Ja!');
    const ownerInbox = await server.gql<Inbox>(INBOX, {}, { cookie: ownerCookie });
    expect(ownerInbox.data!.notifications.nodes.map((n) => n.type)).toEqual(['REPLY']);

    const read = await server.gql(`mutation { notificationMarkAllRead }`, {}, { cookie: kariCookie });
    expect(read.data).toEqual({ notificationMarkAllRead: 1 });
    expect((await server.gql<Inbox>(INBOX, {}, { cookie: kariCookie })).data!.notifications.unreadCount).toBe(0);
    await client.dispose();
  });

  it('gathers the replies in a thread into one unread notification until it, or the thread, is read', async () => {
    const omar = await make.user({ name: 'Omar' });
    const kari = await make.user({ name: 'Kari' });
    const omarCookie = await make.cookieFor(omar);
    const kariCookie = await make.cookieFor(kari);
    const { threadId } = await publicThread(omarCookie, kariCookie);
    const kariPosts = (body: string) => posted(kariCookie, threadId, body);
    const omarInbox = async () => (await server.gql<Inbox>(INBOX, {}, { cookie: omarCookie })).data!.notifications;

    // From the first event on Omar's topic, so every event is seen, in order.
    const client = wsClient(server.port, omarCookie);
    const live = collect<{ notificationEvents: { unreadCount: number; notification: { type: string } | null } }>(client, `subscription { notificationEvents(after: "0") { unreadCount notification { type } } }`);
    const seen = () => live.items.map((e) => [e.notificationEvents.notification?.type ?? null, e.notificationEvents.unreadCount]);
    await kariPosts('Første svar');
    await kariPosts(`${mention(omar)} andre svar`);
    await kariPosts('Tredje svar');
    await live.waitFor(2);
    let inbox = await omarInbox();
    expect(inbox.unreadCount).toBe(2);
    expect(inbox.nodes.map((n) => [n.type, n.details.excerpt])).toEqual([['MENTION', '@Omar andre svar'], ['REPLY', 'Første svar']]);

    // Reading the thread reads its reply and mention too, and the badge hears of it.
    await server.gql(`mutation($t: ID!) { threadMarkRead(threadId: $t) { id } }`, { t: threadId }, { cookie: omarCookie });
    await live.waitFor(3);
    expect(seen()).toEqual([['REPLY', 1], ['MENTION', 2], [null, 0]]);
    expect((await omarInbox()).unreadCount).toBe(0);

    // The next reply is news again; so is the one after the notification itself was read.
    await kariPosts('Fjerde svar');
    inbox = await omarInbox();
    expect(inbox.nodes.filter((n) => !n.readAt).map((n) => n.details.excerpt)).toEqual(['Fjerde svar']);
    await server.gql(`mutation($id: ID!) { notificationMarkRead(id: $id) { id } }`, { id: inbox.nodes[0]!.id }, { cookie: omarCookie });
    await kariPosts('Femte svar');
    inbox = await omarInbox();
    expect(inbox.unreadCount).toBe(1);
    expect(inbox.nodes.map((n) => [n.type, n.details.excerpt])).toEqual([['REPLY', 'Femte svar'], ['REPLY', 'Fjerde svar'], ['MENTION', '@Omar andre svar'], ['REPLY', 'Første svar']]);
    await live.waitFor(5);
    expect(seen().slice(3)).toEqual([['REPLY', 1], ['REPLY', 1]]);
    await client.dispose();
  });

  it('passes over those who still have an unread reply in the thread before making their rows (a busy thread’s post made one per earlier author)', async () => {
    const [omar, kari, lise] = await Promise.all(['Omar', 'Kari', 'Lise'].map((name) => make.user({ name })));
    const [omarCookie, kariCookie, liseCookie] = await Promise.all([omar, kari, lise].map((u) => make.cookieFor(u!)));
    const { threadId } = await publicThread(omarCookie, kariCookie, liseCookie);
    await posted(kariCookie, threadId, 'Kari svarer'); // Omar gets a reply
    await posted(liseCookie, threadId, 'Lise svarer'); // Kari gets one; Omar has his
    const insert = notificationInsert([omar!.id, kari!.id, lise!.id], NotificationType.REPLY, { threadId, excerpt: 'Neste svar' });
    const [{ 'QUERY PLAN': [plan] }] = await server.orm.em.fork().getConnection().execute<{ 'QUERY PLAN': [{ Plan: Record<string, unknown> }] }[]>(`explain (analyze, format json) ${insert.sql}`, insert.params);
    // Lise alone is new; Omar and Kari never reach the unique index.
    expect([plan!.Plan['Operation'], plan!.Plan['Tuples Inserted'], plan!.Plan['Conflicting Tuples']]).toEqual(['Insert', 1, 0]);
  });

  it('tells the reader alone, live, when they read a thread with nothing in their inbox: the unread message counts moved', async () => {
    const omar = await make.user({ name: 'Omar' });
    const kari = await make.user({ name: 'Kari' });
    const omarCookie = await make.cookieFor(omar);
    const kariCookie = await make.cookieFor(kari);
    const { groupId, threadId } = await publicThread(omarCookie, kariCookie);
    await posted(omarCookie, threadId, 'Ny melding, uten å nevne noen');
    const unread = async () => (await server.gql<{ group: { unreadCount: number } }>(`query($g: ID!) { group(id: $g) { unreadCount } }`, { g: groupId }, { cookie: kariCookie })).data!.group.unreadCount;
    expect(await unread()).toBe(2);

    type Live = { notificationEvents: { unreadCount: number; threadId: string | null; notification: { type: string } | null } };
    const kariClient = wsClient(server.port, kariCookie);
    const omarClient = wsClient(server.port, omarCookie);
    const kariLive = collect<Live>(kariClient, `subscription { notificationEvents(after: "0") { unreadCount threadId notification { type } } }`);
    const omarLive = collect<Live>(omarClient, `subscription { notificationEvents(after: "0") { unreadCount threadId notification { type } } }`);
    await Promise.all([settled(kariClient), settled(omarClient)]);

    // Kari has no notification in the thread (she never wrote there), yet reading it moves her group's count.
    await server.gql(`mutation($t: ID!) { threadMarkRead(threadId: $t) { id } }`, { t: threadId }, { cookie: kariCookie });
    const [event] = await kariLive.waitFor(1);
    expect(event!.notificationEvents).toEqual({ unreadCount: 0, threadId, notification: null });
    expect(await unread()).toBe(0);
    // Omar hears nothing of Kari's reading.
    await new Promise((r) => setTimeout(r, 300));
    expect(omarLive.items).toEqual([]);
    await Promise.all([kariClient.dispose(), omarClient.dispose()]);
  });

  it('tells of a reply those who wrote in the thread and kept something there', async () => {
    const [omar, kari, lise, per] = await Promise.all(['Omar', 'Kari', 'Lise', 'Per'].map((name) => make.user({ name })));
    const [omarCookie, kariCookie, liseCookie, perCookie] = await Promise.all([omar, kari, lise, per].map((u) => make.cookieFor(u!)));
    const { threadId } = await publicThread(omarCookie!, kariCookie!, liseCookie!, perCookie!);
    const deleted = async (cookie: string, id: string) => expect((await server.gql(`mutation($id: ID!) { messageDelete(id: $id) { id } }`, { id }, { cookie })).errors).toBeUndefined();
    // Kari takes back all she wrote, Lise one of her two messages; Omar marks his replies read as they come.
    await deleted(kariCookie!, await posted(kariCookie!, threadId, 'Feil tråd'));
    const first = await posted(liseCookie!, threadId, 'Jeg kommer');
    await posted(liseCookie!, threadId, 'Og tar med kaker');
    await deleted(liseCookie!, first);
    await server.gql(`mutation { notificationMarkAllRead }`, {}, { cookie: omarCookie });

    await posted(perCookie!, threadId, 'Jeg også!');
    const unreadReplies = async (cookie: string) => (await server.gql<Inbox>(INBOX, {}, { cookie })).data!.notifications.nodes.filter((n) => !n.readAt && n.type === 'REPLY').length;
    expect(await unreadReplies(omarCookie!)).toBe(1);
    expect(await unreadReplies(liseCookie!)).toBe(1);
    expect(await unreadReplies(kariCookie!)).toBe(0);
    expect(await unreadReplies(perCookie!)).toBe(0);
  });

  it('tells only those who can read a MEMBERS group that they were mentioned', async () => {
    const owner = await make.user();
    const outsider = await make.user({ name: 'Utenfor' });
    const insider = await make.user({ name: 'Innenfor' });
    const viaOrganisation = await make.user({ name: 'Via foreningen' });
    const staff = await make.user({ name: 'Fylket', role: PlatformRole.COUNTY_STAFF });
    const cookie = await make.cookieFor(owner);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation { groupCreate(input: { name: "Lukket rom", visibility: MEMBERS, joinPolicy: INVITATION }) { id } }`, {}, { cookie });
    const groupId = g.data!.groupCreate.id;
    const org = await make.organisation({ members: [viaOrganisation] });
    await server.orm.em.getConnection().execute(`insert into group_member (id, group_id, user_id, role, status, created_at) values (gen_random_uuid(), ?, ?, 'MEMBER', 'ACTIVE', now())`, [groupId, insider.id]);
    await server.orm.em.getConnection().execute(`insert into group_organisation (group_id, organisation_id, created_at) values (?, ?, now())`, [groupId, org.id]);
    // With a mention whose target is no id (the pattern allows it): the post goes through, telling no one of it.
    const body = [...[outsider, insider, viaOrganisation, staff].map(mention), '@[Ingen](user:------------------------------------)'].join(' ');
    expect((await server.gql(`mutation($g: ID!, $b: String!) { threadCreate(groupId: $g, title: "Intern", body: $b) { id } }`, { g: groupId, b: body }, { cookie })).errors).toBeUndefined();
    const types = async (u: User) => (await server.gql<Inbox>(INBOX, {}, { cookie: await make.cookieFor(u) })).data!.notifications.nodes.map((n) => n.type);
    expect(await types(outsider)).toEqual([]);
    expect(await types(insider)).toEqual(['MENTION']);
    expect(await types(viaOrganisation)).toEqual(['MENTION']);
    expect(await types(staff)).toEqual(['MENTION']);
  });

  it('honours OFF, and sends EMAIL types as one digest at most hourly', async () => {
    const owner = await make.user({ name: 'Eier' });
    const quiet = await make.user({ name: 'Stille' });
    const mailed = await make.user({ name: 'Epost', email: 'digest@example.no' });
    const ownerCookie = await make.cookieFor(owner);
    await server.gql(`mutation { notificationPreferenceSet(type: MENTION, channel: OFF) { type } }`, {}, { cookie: await make.cookieFor(quiet) });
    const prefs = await server.gql<{ notificationPreferenceSet: { type: string; channel: string }[] }>(`mutation { notificationPreferenceSet(type: MENTION, channel: EMAIL) { type channel } }`, {}, { cookie: await make.cookieFor(mailed) });
    expect(prefs.data!.notificationPreferenceSet).toContainEqual({ type: 'MENTION', channel: 'EMAIL' });
    const { threadId } = await publicThread(ownerCookie);
    for (const text of ['første', 'andre']) {
      await posted(ownerCookie, threadId, `${mention(quiet)} ${mention(mailed)} ${text}`);
    }
    expect((await server.gql<Inbox>(INBOX, {}, { cookie: await make.cookieFor(quiet) })).data!.notifications.nodes).toEqual([]);
    expect((await server.gql<Inbox>(INBOX, {}, { cookie: await make.cookieFor(mailed) })).data!.notifications.unreadCount).toBe(2);

    const deps = { em: server.orm.em.fork(), mailer: server.app.services.mailer, logger: server.app.services.logger, publicUrl: 'http://localhost' };
    expect(await sendDigests(deps)).toBeGreaterThanOrEqual(1);
    const digests = await server.mails('digest@example.no');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Du har 2 nye varsler på Samhandling');
    expect(digests[0]!.text).toContain('«@Stille @Epost andre»');

    await posted(ownerCookie, threadId, `${mention(mailed)} tredje`);
    await sendDigests({ ...deps, em: server.orm.em.fork() });
    expect(await server.mails('digest@example.no')).toHaveLength(1); // not again within the hour
    await sendDigests({ ...deps, em: server.orm.em.fork(), now: new Date(Date.now() + 3_700_000) });
    expect(await server.mails('digest@example.no')).toHaveLength(2);
  });
});

describe('announcements', () => {
  it('reaches its audience live and in the inbox, and no one else', async () => {
    const staff = await make.user({ role: PlatformRole.COUNTY_STAFF, name: 'Fylket' });
    const ngoMember = await make.user();
    const schoolMember = await make.user();
    await make.organisation({ kind: 'NGO' as never, admins: [ngoMember] });
    await make.organisation({ kind: 'SCHOOL' as never, admins: [schoolMember] });
    const ngoCookie = await make.cookieFor(ngoMember);
    const schoolCookie = await make.cookieFor(schoolMember);

    const ngoClient = wsClient(server.port, ngoCookie);
    const schoolClient = wsClient(server.port, schoolCookie);
    const sub = `subscription { announcementPosted { cursor announcement { title bodyHtml } } }`;
    const ngoLive = collect<{ announcementPosted: { announcement: { title: string } } }>(ngoClient, sub);
    const schoolLive = collect(schoolClient, sub);
    await Promise.all([settled(ngoClient), settled(schoolClient)]);
    await new Promise((r) => setTimeout(r, 50));

    const posted = await server.gql(
      `mutation { announcementPost(input: { title: "TIIA 2027 er åpen", body: "Søk innen **1. mars**", audienceKinds: [NGO, VOLUNTARY] }) { id } }`,
      {},
      { cookie: await make.cookieFor(staff) },
    );
    expect(posted.errors).toBeUndefined();
    const [event] = await ngoLive.waitFor(1);
    expect(event!.announcementPosted.announcement.title).toBe('TIIA 2027 er åpen');
    await new Promise((r) => setTimeout(r, 300));
    expect(schoolLive.items).toEqual([]);

    const home = `{ announcements { title bodyHtml } }`;
    expect((await server.gql(home, {}, { cookie: ngoCookie })).data).toEqual({ announcements: [{ title: 'TIIA 2027 er åpen', bodyHtml: '<p>Søk innen <strong>1. mars</strong></p>' }] });
    expect((await server.gql(home, {}, { cookie: schoolCookie })).data).toEqual({ announcements: [] });
    expect((await server.gql<Inbox>(INBOX, {}, { cookie: ngoCookie })).data!.notifications.nodes.map((n) => n.type)).toEqual(['ANNOUNCEMENT']);
    await ngoClient.dispose();
    await schoolClient.dispose();
  });
});
