import { describe, expect, it } from 'vitest';
import { factories, TEST_PASSWORD } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { PlatformRole, type User } from '../accounts/user.entity.js';
import { GroupJoinPolicy, GroupVisibility } from '../groups/group.entity.js';
import { movesOf, targetOf } from '../../common/transitions.js';
import { ReportState } from './report.entity.js';
import { REPORT_TRANSITIONS } from './report.states.js';
import { MODERATION_LIMITS } from './moderation.policy.js';

const server = testServerForFile();
const make = factories(server);

interface World {
  owner: User;
  author: User;
  reader: User;
  staff: User;
  cookies: { owner: string; author: string; reader: string; staff: string; outsider: string };
  groupId: string;
  threadId: string;
  messageId: string;
}

/** A MEMBERS group with its owner, an author and a reader; the author's message in a thread. */
async function world(): Promise<World> {
  const [owner, author, reader, staff, outsider] = await Promise.all([make.user({ name: 'Eier' }), make.user({ name: 'Forfatter' }), make.user({ name: 'Leser' }), make.user({ name: 'Fylke', role: PlatformRole.COUNTY_STAFF }), make.user()]);
  const cookies = { owner: await make.cookieFor(owner), author: await make.cookieFor(author), reader: await make.cookieFor(reader), staff: await make.cookieFor(staff), outsider: await make.cookieFor(outsider) };
  const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: `Gruppe ${Math.random()}`, visibility: GroupVisibility.MEMBERS, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie: cookies.owner });
  const groupId = g.data!.groupCreate.id;
  for (const c of [cookies.author, cookies.reader]) await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { status } }`, { g: groupId }, { cookie: c });
  const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Tråd", body: "Hei") { id } }`, { g: groupId }, { cookie: cookies.owner });
  const threadId = t.data!.threadCreate.id;
  const m = await server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!) { messagePost(threadId: $t, body: "Stygg melding om naboen") { id } }`, { t: threadId }, { cookie: cookies.author });
  return { owner, author, reader, staff, cookies, groupId, threadId, messageId: m.data!.messagePost.id };
}

const nextYear = new Date().getFullYear() + 1;

/** The author's organisation's published network content: a public resource, an activity and an event. */
async function networkContent(w: World): Promise<{ orgId: string; resourceId: string; activityId: string; eventId: string }> {
  const org = await make.organisation({ admins: [w.author], verified: true });
  const ok = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await server.gql<T>(query, variables, { cookie: w.cookies.author });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const resourceId = (await ok<{ resourceCreate: { id: string } }>(`mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId: org.id, title: 'Villedende veileder', kind: 'GUIDE', access: 'PUBLIC' } })).resourceCreate.id;
  const activityId = (
    await ok<{ activityCreate: { id: string } }>(`mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`, {
      i: { organisationId: org.id, title: 'Tvilsom språkkafé', category: 'LANGUAGE_CAFE', municipalityNumber: '4003', schedule: { frequency: 'WEEKLY', interval: 1, weekdays: ['TU'], startDate: `${nextYear - 1}-01-01`, startTime: '18:00', endTime: '20:00' } },
    })
  ).activityCreate.id;
  await ok(`mutation($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }`, { id: activityId });
  const eventId = (
    await ok<{ eventCreate: { id: string } }>(`mutation($i: EventInput!) { eventCreate(input: $i) { id } }`, {
      i: { organisationId: org.id, title: 'Falskt seminar', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${nextYear}-03-10T09:00`, endsAt: `${nextYear}-03-10T11:00`, meetingUrl: 'https://teams.example.no/m' },
    })
  ).eventCreate.id;
  await ok(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id: eventId });
  return { orgId: org.id, resourceId, activityId, eventId };
}

const REPORT = `mutation($id: ID!, $r: String!) { contentReport(type: MESSAGE, contentId: $id, reason: $r) { id state } }`;
const HIDE = `mutation($id: ID!, $r: String!) { contentHide(type: MESSAGE, contentId: $id, reason: $r) { id hidden { reason } } }`;
const MESSAGES = `query($t: ID!) { thread(id: $t) { messages(last: 5) { id body bodyHtml hidden { reason } viewerCan { report moderate } } } }`;
type Msg = { id: string; body: string; bodyHtml: string; hidden: { reason: string } | null; viewerCan: { report: boolean; moderate: boolean } };

describe('the report state machine', () => {
  it('is an explicit table: an open report is resolved or dismissed, and both are final', () => {
    expect(movesOf(REPORT_TRANSITIONS).sort()).toEqual(['dismiss', 'resolve']);
    expect(targetOf(REPORT_TRANSITIONS, ReportState.OPEN, 'resolve')).toBe(ReportState.RESOLVED);
    expect(targetOf(REPORT_TRANSITIONS, ReportState.RESOLVED, 'dismiss')).toBeNull();
    expect(targetOf(REPORT_TRANSITIONS, ReportState.DISMISSED, 'resolve')).toBeNull();
  });
});

describe('reporting', () => {
  it('anyone who may read it reports once while their report is open; not their own; with a reason', async () => {
    const w = await world();
    const flags = (cookie: string) => server.gql<{ thread: { messages: Msg[] } }>(MESSAGES, { t: w.threadId }, { cookie }).then((r) => r.data!.thread.messages.find((m) => m.id === w.messageId)!.viewerCan);
    expect(await flags(w.cookies.reader)).toEqual({ report: true, moderate: false });
    expect(await flags(w.cookies.author)).toEqual({ report: false, moderate: false });
    expect(await flags(w.cookies.owner)).toEqual({ report: true, moderate: true });
    expect(await flags(w.cookies.staff)).toEqual({ report: true, moderate: true });

    expect((await server.gql(REPORT, { id: w.messageId, r: ' ' }, { cookie: w.cookies.reader })).errors?.[0]).toMatchObject({ message: 'moderation/reason_required', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.author })).errors?.[0]).toMatchObject({ message: 'moderation/own_content', extensions: { code: 'FORBIDDEN' } });
    // Not a member of the MEMBERS group: cannot see it, so cannot report it.
    expect((await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.outsider })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const first = await server.gql<{ contentReport: { state: string } }>(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.reader });
    expect(first.data?.contentReport.state).toBe('OPEN');
    expect((await server.gql(REPORT, { id: w.messageId, r: 'Igjen' }, { cookie: w.cookies.reader })).errors?.[0]).toMatchObject({ message: 'moderation/already_reported', extensions: { code: 'CONFLICT' } });
    // Another person may report it too.
    expect((await server.gql(REPORT, { id: w.messageId, r: 'Enig, sjikane' }, { cookie: w.cookies.owner })).errors).toBeUndefined();
  });

  it('takes reports of resources, activities and events to county staff (not to a group owner), not from their author', async () => {
    const w = await world();
    const c = await networkContent(w);
    const REPORT_ANY = `mutation($t: ContentType!, $id: ID!, $r: String!) { contentReport(type: $t, contentId: $id, reason: $r) { id state } }`;
    const items = [
      ['RESOURCE', c.resourceId, 'Villedende veileder'],
      ['ACTIVITY', c.activityId, 'Tvilsom språkkafé'],
      ['EVENT', c.eventId, 'Falskt seminar'],
    ] as const;
    for (const [type, id] of items) {
      expect((await server.gql(REPORT_ANY, { t: type, id, r: 'Feil opplysninger' }, { cookie: w.cookies.author })).errors?.[0]?.message).toBe('moderation/own_content');
      const res = await server.gql<{ contentReport: { state: string } }>(REPORT_ANY, { t: type, id, r: 'Feil opplysninger' }, { cookie: w.cookies.reader });
      expect(res.errors).toBeUndefined();
      expect(res.data!.contentReport.state).toBe('OPEN');
      expect((await server.gql(REPORT_ANY, { t: type, id, r: 'Igjen' }, { cookie: w.cookies.reader })).errors?.[0]?.message).toBe('moderation/already_reported');
    }
    // The wrong type for an id finds nothing.
    expect((await server.gql(REPORT_ANY, { t: 'EVENT', id: c.activityId, r: 'Feil opplysninger' }, { cookie: w.cookies.outsider })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const QUEUE = `{ moderationQueue(first: 100) { reason content { type id excerpt author { name } } } }`;
    type Queue = { moderationQueue: { reason: string; content: { type: string; id: string; excerpt: string; author: { name: string } } }[] };
    const staff = (await server.gql<Queue>(QUEUE, {}, { cookie: w.cookies.staff })).data!.moderationQueue;
    for (const [type, id, title] of items) expect(staff).toContainEqual({ reason: 'Feil opplysninger', content: { type, id, excerpt: title, author: { name: 'Forfatter' } } });
    // Network content outside a group is the county's to moderate: the group owner sees none of it.
    const owner = (await server.gql<Queue>(QUEUE, {}, { cookie: w.cookies.owner })).data!.moderationQueue;
    expect(owner.map((r) => r.content.id)).toEqual([]);
  });

  it('is limited per person per hour (counted in PostgreSQL)', async () => {
    const w = await world();
    const ids: string[] = [];
    for (let i = 0; i <= MODERATION_LIMITS.reportsPerHour; i++) {
      const m = await server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: w.threadId, b: `Melding ${i}` }, { cookie: w.cookies.author });
      ids.push(m.data!.messagePost.id);
    }
    for (const id of ids.slice(0, -1)) expect((await server.gql(REPORT, { id, r: 'Spam' }, { cookie: w.cookies.reader })).errors).toBeUndefined();
    const over = await server.gql(REPORT, { id: ids.at(-1), r: 'Spam' }, { cookie: w.cookies.reader });
    expect(over.errors?.[0]).toMatchObject({ message: 'moderation/report_too_often', extensions: { code: 'RATE_LIMITED' } });
  });
});

describe('the moderation queue', () => {
  it('shows the group owner their groups’ reports live, county staff everything, and nobody else anything', async () => {
    const w = await world();
    const other = await world();
    const QUEUE = `{ moderationQueue { id reason content { type id excerpt threadId author { name } } } }`;
    expect((await server.gql(QUEUE, {}, { cookie: w.cookies.reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const client = wsClient(server.port, w.cookies.owner);
    const live = collect<{ moderationEvents: { type: string; contentId: string } }>(client, `subscription { moderationEvents { type contentId reportId } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 300));
    await server.gql(REPORT, { id: other.messageId, r: 'I en annen gruppe' }, { cookie: other.cookies.reader });
    await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.reader });
    const [event] = await live.waitFor(1);
    expect(event!.moderationEvents).toMatchObject({ type: 'moderation.report_opened', contentId: w.messageId });
    await new Promise((r) => setTimeout(r, 200));
    expect(live.items).toHaveLength(1); // not the other group's
    live.stop();
    await client.dispose();

    const mine = await server.gql<{ moderationQueue: { content: { id: string; excerpt: string; author: { name: string } } }[] }>(QUEUE, {}, { cookie: w.cookies.owner });
    expect(mine.data!.moderationQueue.map((r) => r.content.id)).toEqual([w.messageId]);
    expect(mine.data!.moderationQueue[0]!.content).toMatchObject({ excerpt: 'Stygg melding om naboen', author: { name: 'Forfatter' } });
    const staff = await server.gql<{ moderationQueue: { content: { id: string } }[] }>(QUEUE, {}, { cookie: w.cookies.staff });
    expect(staff.data!.moderationQueue.map((r) => r.content.id)).toEqual(expect.arrayContaining([w.messageId, other.messageId]));
  });
  it('brings county staff every report live, whatever the group or content', async () => {
    const w = await world();
    const c = await networkContent(w);
    const client = wsClient(server.port, w.cookies.staff);
    const live = collect<{ moderationEvents: { type: string; contentId: string; reportId: string | null } }>(client, `subscription { moderationEvents { type contentId reportId } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 300));
    await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.reader });
    await server.gql(`mutation($id: ID!) { contentReport(type: ACTIVITY, contentId: $id, reason: "Finnes ikke") { id } }`, { id: c.activityId }, { cookie: w.cookies.reader });
    const events = await live.waitFor(2);
    expect(events.map((e) => [e.moderationEvents.type, e.moderationEvents.contentId])).toEqual([
      ['moderation.report_opened', w.messageId],
      ['moderation.report_opened', c.activityId],
    ]);
    expect(events.every((e) => !!e.moderationEvents.reportId)).toBe(true);
    live.stop();
    await client.dispose();
  });

  it('lets a moderator dismiss a report: it leaves the queue live, is kept as DISMISSED, and is logged', async () => {
    const w = await world();
    const r = await server.gql<{ contentReport: { id: string } }>(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.reader });
    const reportId = r.data!.contentReport.id;
    const DISMISS = `mutation($id: ID!) { reportDismiss(id: $id) { id state closedAt } }`;
    expect((await server.gql(DISMISS, { id: reportId }, { cookie: w.cookies.reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const client = wsClient(server.port, w.cookies.owner);
    const live = collect<{ moderationEvents: { type: string; reportId: string | null } }>(client, `subscription { moderationEvents { type reportId } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 300));
    const dismissed = await server.gql<{ reportDismiss: { state: string; closedAt: string | null } }>(DISMISS, { id: reportId }, { cookie: w.cookies.owner });
    expect(dismissed.errors).toBeUndefined();
    expect(dismissed.data!.reportDismiss.state).toBe('DISMISSED');
    expect(dismissed.data!.reportDismiss.closedAt).not.toBeNull();
    expect((await live.waitFor(1))[0]!.moderationEvents).toEqual({ type: 'moderation.report_closed', reportId });
    live.stop();
    await client.dispose();

    expect((await server.gql(DISMISS, { id: reportId }, { cookie: w.cookies.owner })).errors?.[0]).toMatchObject({ message: 'moderation/report_closed', extensions: { code: 'CONFLICT' } });
    expect((await server.gql<{ moderationQueue: unknown[] }>(`{ moderationQueue { id } }`, {}, { cookie: w.cookies.owner })).data!.moderationQueue).toEqual([]);
    const handled = await server.gql<{ moderationQueue: { id: string; state: string }[] }>(`{ moderationQueue(closed: true) { id state } }`, {}, { cookie: w.cookies.owner });
    expect(handled.data!.moderationQueue).toEqual([{ id: reportId, state: 'DISMISSED' }]);
    // The message stays shown, and may be reported again.
    expect((await server.gql<{ thread: { messages: Msg[] } }>(MESSAGES, { t: w.threadId }, { cookie: w.cookies.reader })).data!.thread.messages.find((m) => m.id === w.messageId)).toMatchObject({ hidden: null, body: 'Stygg melding om naboen' });
    expect((await server.gql(REPORT, { id: w.messageId, r: 'Fortsatt sjikane' }, { cookie: w.cookies.reader })).errors).toBeUndefined();
    const log = await server.gql<{ adminAuditLog: { action: string; actorName: string; details: Record<string, unknown> }[] }>(`query($a: ID) { adminAuditLog(filter: { actorId: $a }) { action actorName details } }`, { a: w.owner.id }, { cookie: w.cookies.staff });
    expect(log.data!.adminAuditLog).toEqual([{ action: 'state:OPEN→DISMISSED', actorName: 'Eier', details: { contentType: 'MESSAGE', contentId: w.messageId } }]);
  });
});

describe('hiding', () => {
  it('shows others the reason instead of the text, moderators the text marked hidden, and leaves it out of search', async () => {
    const w = await world();
    await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.reader });
    expect((await server.gql(HIDE, { id: w.messageId, r: 'Brudd på retningslinjene' }, { cookie: w.cookies.reader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await server.gql(HIDE, { id: w.messageId, r: 'Brudd på retningslinjene' }, { cookie: w.cookies.owner });
    expect(hidden.errors).toBeUndefined();
    expect((await server.gql(HIDE, { id: w.messageId, r: 'Igjen' }, { cookie: w.cookies.owner })).errors?.[0]?.message).toBe('moderation/already_hidden');

    const seenBy = async (cookie: string) => (await server.gql<{ thread: { messages: Msg[] } }>(MESSAGES, { t: w.threadId }, { cookie })).data!.thread.messages.find((m) => m.id === w.messageId)!;
    expect(await seenBy(w.cookies.reader)).toMatchObject({ body: '', bodyHtml: '', hidden: { reason: 'Brudd på retningslinjene' }, viewerCan: { report: false } });
    expect(await seenBy(w.cookies.owner)).toMatchObject({ body: 'Stygg melding om naboen', hidden: { reason: 'Brudd på retningslinjene' } });
    // The report was resolved with it: the queue is empty, and the report is among the handled ones.
    expect((await server.gql<{ moderationQueue: unknown[] }>(`{ moderationQueue { id } }`, {}, { cookie: w.cookies.owner })).data!.moderationQueue).toEqual([]);
    const handled = await server.gql<{ moderationQueue: { state: string; content: { id: string } }[] }>(`{ moderationQueue(closed: true) { state content { id } } }`, {}, { cookie: w.cookies.owner });
    expect(handled.data!.moderationQueue).toEqual([{ state: 'RESOLVED', content: { id: w.messageId } }]);
    const search = await server.gql<{ search: { hits: { title: string }[] } }>(`query { search(query: "naboen") { hits { title } } }`, {}, { cookie: w.cookies.reader });
    expect(search.errors).toBeUndefined();
    expect(search.data!.search.hits).toEqual([]);

    const shown = await server.gql(`mutation($id: ID!) { contentUnhide(type: MESSAGE, contentId: $id) { hidden { reason } } }`, { id: w.messageId }, { cookie: w.cookies.owner });
    expect(shown.data).toEqual({ contentUnhide: { hidden: null } });
    expect((await seenBy(w.cookies.reader)).body).toBe('Stygg melding om naboen');
  });

  it('takes the quote of a hidden, edited or deleted message out of the inbox and brings it back when shown', async () => {
    const w = await world();
    // The reader mentions the owner in the thread; the owner had a reply notification of the author's message.
    const mention = await server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: w.threadId, b: `@[Eier](user:${w.owner.id}) se på dette` }, { cookie: w.cookies.reader });
    const INBOX = `{ notifications(first: 10) { nodes { type details { messageId excerpt } } } }`;
    const quoteOf = async (messageId: string) =>
      (await server.gql<{ notifications: { nodes: { type: string; details: { messageId: string | null; excerpt: string | null } }[] } }>(INBOX, {}, { cookie: w.cookies.owner })).data!.notifications.nodes.find((n) => n.details.messageId === messageId)?.details.excerpt;
    expect(await quoteOf(w.messageId)).toBe('Stygg melding om naboen');
    expect(await quoteOf(mention.data!.messagePost.id)).toBe('@Eier se på dette');

    await server.gql(HIDE, { id: w.messageId, r: 'Brudd på retningslinjene' }, { cookie: w.cookies.owner });
    expect(await quoteOf(w.messageId)).toBeNull();
    await server.gql(`mutation($id: ID!) { contentUnhide(type: MESSAGE, contentId: $id) { id } }`, { id: w.messageId }, { cookie: w.cookies.owner });
    expect(await quoteOf(w.messageId)).toBe('Stygg melding om naboen');
    // The author edits it: the quote follows; then deletes it: the quote goes.
    expect((await server.gql(`mutation($id: ID!, $b: String!) { messageEdit(id: $id, body: $b) { id } }`, { id: w.messageId, b: 'Beklager, en saklig melding' }, { cookie: w.cookies.author })).errors).toBeUndefined();
    expect(await quoteOf(w.messageId)).toBe('Beklager, en saklig melding');
    expect((await server.gql(`mutation($id: ID!) { messageDelete(id: $id) { id } }`, { id: w.messageId }, { cookie: w.cookies.author })).errors).toBeUndefined();
    expect(await quoteOf(w.messageId)).toBeNull();
    // The other message's quote is untouched.
    expect(await quoteOf(mention.data!.messagePost.id)).toBe('@Eier se på dette');
  });

  it('hides an event from its page, the list and the calendar (county staff only)', async () => {
    const w = await world();
    const org = await make.organisation({ admins: [w.owner], verified: true });
    const ev = await server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId: org.id, title: 'Skjult seminar', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${new Date().getFullYear() + 1}-02-10T09:00`, endsAt: `${new Date().getFullYear() + 1}-02-10T11:00`, meetingUrl: 'https://teams.example.no/m' } },
      { cookie: w.cookies.owner },
    );
    expect(ev.errors).toBeUndefined();
    const id = ev.data!.eventCreate.id;
    await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: w.cookies.owner });
    const HIDE_EVENT = `mutation($id: ID!) { contentHide(type: EVENT, contentId: $id, reason: "Villedende") { id } }`;
    expect((await server.gql(HIDE_EVENT, { id }, { cookie: w.cookies.owner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(HIDE_EVENT, { id }, { cookie: w.cookies.staff })).errors).toBeUndefined();
    const page = await server.gql(`query($id: ID!) { event(id: $id) { title } }`, { id }, { cookie: w.cookies.reader });
    expect(page.errors?.[0]).toMatchObject({ message: 'moderation/content_hidden', extensions: { code: 'NOT_FOUND', reason: 'Villedende' } });
    expect((await server.gql<{ event: { title: string; hidden: { reason: string } } }>(`query($id: ID!) { event(id: $id) { title hidden { reason } } }`, { id }, { cookie: w.cookies.staff })).data!.event).toEqual({ title: 'Skjult seminar', hidden: { reason: 'Villedende' } });
    const list = await server.gql<{ events: { nodes: { id: string }[] } }>(`{ events(first: 100) { nodes { id } } }`);
    expect(list.data!.events.nodes.map((e) => e.id)).not.toContain(id);
    const ics = await (await fetch(`${server.url}/kalender/arrangementer.ics`)).text();
    expect(ics).not.toContain('Skjult seminar');
  });
});

describe('suspending an account', () => {
  it('ends its sessions and open subscriptions, refuses its login, and is lifted by unsuspending', async () => {
    const w = await world();
    const SUSPEND = `mutation($u: ID!) { userSuspend(userId: $u, reason: "Gjentatt sjikane") { id standing { suspendedAt suspensionReason } } }`;
    expect((await server.gql(SUSPEND, { u: w.author.id }, { cookie: w.cookies.owner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const client = wsClient(server.port, w.cookies.author);
    const live = collect(client, `subscription($g: ID!) { groupEvents(groupId: $g) { type } }`, { g: w.groupId });
    await settled(client);
    const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));

    const res = await server.gql<{ userSuspend: { standing: { suspensionReason: string } } }>(SUSPEND, { u: w.author.id }, { cookie: w.cookies.staff });
    expect(res.errors).toBeUndefined();
    expect(res.data!.userSuspend.standing.suspensionReason).toBe('Gjentatt sjikane');
    expect(await closed).toBe(4403);
    live.stop();
    await client.dispose();

    // The old cookie is nobody now: writing is refused.
    const post = await server.gql(`mutation($t: ID!) { messagePost(threadId: $t, body: "Fortsatt her") { id } }`, { t: w.threadId }, { cookie: w.cookies.author });
    expect(post.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const LOGIN = `mutation($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }`;
    expect((await server.gql(LOGIN, { e: w.author.email, p: TEST_PASSWORD })).errors?.[0]).toMatchObject({ message: 'auth/account_suspended', extensions: { code: 'FORBIDDEN' } });
    // A session that existed anyway (made past the service) reads as nobody.
    expect((await server.gql<{ me: unknown }>(`{ me { id } }`, {}, { cookie: await make.cookieFor(w.author) })).data?.me ?? null).toBeNull();

    expect((await server.gql(`mutation($u: ID!) { userSuspend(userId: $u, reason: "Meg selv") { id } }`, { u: w.staff.id }, { cookie: w.cookies.staff })).errors?.[0]?.message).toBe('moderation/suspend_self');
    expect((await server.gql(`mutation($u: ID!) { userUnsuspend(userId: $u) { id } }`, { u: w.author.id }, { cookie: w.cookies.staff })).errors).toBeUndefined();
    expect((await server.gql(LOGIN, { e: w.author.email, p: TEST_PASSWORD })).errors).toBeUndefined();
  });
});

describe('warning an account', () => {
  it('tells the warned user the reason in their inbox, and nobody else; only county staff may warn', async () => {
    const w = await world();
    const WARN = `mutation($u: ID!, $r: String!) { userWarn(userId: $u, reason: $r) { id } }`;
    expect((await server.gql(WARN, { u: w.author.id, r: 'Hold en saklig tone' }, { cookie: w.cookies.owner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(WARN, { u: w.author.id, r: 'Hold en saklig tone' }, { cookie: w.cookies.staff })).errors).toBeUndefined();
    const INBOX = `{ notifications(first: 10) { nodes { type details { excerpt } } } }`;
    const inbox = async (cookie: string) => (await server.gql<{ notifications: { nodes: { type: string; details: { excerpt: string | null } }[] } }>(INBOX, {}, { cookie })).data!.notifications.nodes;
    expect((await inbox(w.cookies.author)).filter((n) => n.type === 'MODERATION_WARNING')).toEqual([{ type: 'MODERATION_WARNING', details: { excerpt: 'Hold en saklig tone' } }]);
    expect((await inbox(w.cookies.reader)).some((n) => n.type === 'MODERATION_WARNING')).toBe(false);
  });
});

describe('the admin audit log', () => {
  it('records moderation and admin actions, filters them and exports them as CSV for county staff only', async () => {
    const w = await world();
    await server.gql(HIDE, { id: w.messageId, r: 'Brudd' }, { cookie: w.cookies.owner });
    await server.gql(`mutation($u: ID!) { userWarn(userId: $u, reason: "Første advarsel") { id } }`, { u: w.author.id }, { cookie: w.cookies.staff });
    const admin = await make.user({ role: PlatformRole.ADMIN, name: 'Admin' });
    await server.gql(`mutation($u: ID!) { userSetPlatformRole(userId: $u, role: COUNTY_STAFF) { id } }`, { u: w.reader.id }, { cookie: await make.cookieFor(admin) });

    const LOG = `query($f: AuditLogFilter) { adminAuditLog(filter: $f) { action actorName entityId details } }`;
    expect((await server.gql(LOG, {}, { cookie: w.cookies.owner })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const all = await server.gql<{ adminAuditLog: { action: string; actorName: string; entityId: string }[] }>(LOG, { f: { from: new Date(Date.now() - 60_000).toISOString() } }, { cookie: w.cookies.staff });
    const actions = all.data!.adminAuditLog.map((e) => [e.action, e.actorName, e.entityId]);
    expect(actions).toEqual(expect.arrayContaining([['content_hidden', 'Eier', w.messageId], ['user_warned', 'Fylke', w.author.id], ['role_changed', 'Admin', w.reader.id]]));
    const byOwner = await server.gql<{ adminAuditLog: { action: string }[] }>(LOG, { f: { actorId: w.owner.id } }, { cookie: w.cookies.staff });
    expect(byOwner.data!.adminAuditLog.map((e) => e.action)).toEqual(['content_hidden']);
    const warns = await server.gql<{ adminAuditLog: { entityId: string }[] }>(LOG, { f: { action: 'user_warned' } }, { cookie: w.cookies.staff });
    expect(warns.data!.adminAuditLog.map((e) => e.entityId)).toContain(w.author.id);

    const csv = await fetch(`${server.url}/admin/revisjonslogg.csv?actor=${w.owner.id}`, { headers: { cookie: w.cookies.staff } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split('\n')[0]).toContain('tidspunkt');
    expect(text).toContain('content_hidden');
    expect(text).not.toContain('user_warned');
    expect((await fetch(`${server.url}/admin/revisjonslogg.csv`, { headers: { cookie: w.cookies.owner } })).status).toBe(404);
  });
  it('records verifying an organisation and deleting a resource', async () => {
    const w = await world();
    const c = await networkContent(w);
    const pending = await make.organisation({ name: 'Ventende lag' });
    expect((await server.gql(`mutation($id: ID!) { organisationVerify(id: $id) { id } }`, { id: pending.id }, { cookie: w.cookies.staff })).errors).toBeUndefined();
    expect((await server.gql(`mutation($id: ID!) { resourceDelete(id: $id) }`, { id: c.resourceId }, { cookie: w.cookies.author })).errors).toBeUndefined();
    const LOG = `query($f: AuditLogFilter) { adminAuditLog(filter: $f) { action actorName entityType entityId details } }`;
    type Log = { adminAuditLog: { action: string; actorName: string; entityType: string; entityId: string; details: Record<string, unknown> }[] };
    const verified = await server.gql<Log>(LOG, { f: { action: 'organisation_' } }, { cookie: w.cookies.staff });
    expect(verified.data!.adminAuditLog).toContainEqual({ action: 'organisation_verified', actorName: 'Fylke', entityType: 'organisation', entityId: pending.id, details: { name: 'Ventende lag' } });
    const deleted = await server.gql<Log>(LOG, { f: { actorId: w.author.id } }, { cookie: w.cookies.staff });
    expect(deleted.data!.adminAuditLog).toEqual([{ action: 'resource_deleted', actorName: 'Forfatter', entityType: 'resource', entityId: c.resourceId, details: { title: 'Villedende veileder' } }]);
  });
  it('records a moderator removing someone’s message, group members removed or given another role, and organisation members’ role changes and removals', async () => {
    const w = await world();
    // The author deleting their own message is not moderation: not logged.
    const own = await server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!) { messagePost(threadId: $t, body: "Feilpost") { id } }`, { t: w.threadId }, { cookie: w.cookies.author });
    expect((await server.gql(`mutation($id: ID!) { messageDelete(id: $id) { id } }`, { id: own.data!.messagePost.id }, { cookie: w.cookies.author })).errors).toBeUndefined();
    expect((await server.gql(`mutation($id: ID!) { messageDelete(id: $id) { id } }`, { id: w.messageId }, { cookie: w.cookies.owner })).errors).toBeUndefined();

    const memberId = async (userId: string) => (await server.orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from group_member where group_id = ? and user_id = ?`, [w.groupId, userId]))[0]!.id;
    expect((await server.gql(`mutation($m: ID!) { groupMemberSetRole(memberId: $m, role: MODERATOR) { id } }`, { m: await memberId(w.reader.id) }, { cookie: w.cookies.owner })).errors).toBeUndefined();
    expect((await server.gql(`mutation($m: ID!) { groupMemberRemove(memberId: $m) }`, { m: await memberId(w.author.id) }, { cookie: w.cookies.owner })).errors).toBeUndefined();

    const org = await make.organisation({ name: 'Bø frivilligsentral', admins: [w.owner] });
    const reader = await make.membership(org, w.reader);
    const author = await make.membership(org, w.author);
    expect((await server.gql(`mutation($m: ID!) { membershipChangeRole(membershipId: $m, role: ADMIN) { id } }`, { m: reader.id }, { cookie: w.cookies.owner })).errors).toBeUndefined();
    expect((await server.gql(`mutation($m: ID!) { membershipRemove(membershipId: $m) }`, { m: author.id }, { cookie: w.cookies.owner })).errors).toBeUndefined();

    type Log = { adminAuditLog: { action: string; entityType: string; entityId: string; details: Record<string, unknown> }[] };
    const log = await server.gql<Log>(`query($a: ID) { adminAuditLog(filter: { actorId: $a }) { action entityType entityId details } }`, { a: w.owner.id }, { cookie: w.cookies.staff });
    expect(log.errors).toBeUndefined();
    expect(log.data!.adminAuditLog.map(({ action, entityType, entityId, details }) => ({ action, entityType, entityId, user: details.userId ?? details.authorId, from: details.from, to: details.to })).reverse()).toEqual([
      { action: 'message_removed', entityType: 'message', entityId: w.messageId, user: w.author.id, from: undefined, to: undefined },
      { action: 'member_role_changed', entityType: 'group', entityId: w.groupId, user: w.reader.id, from: 'MEMBER', to: 'MODERATOR' },
      { action: 'member_removed', entityType: 'group', entityId: w.groupId, user: w.author.id, from: undefined, to: undefined },
      { action: 'member_role_changed', entityType: 'organisation', entityId: org.id, user: w.reader.id, from: 'MEMBER', to: 'ADMIN' },
      { action: 'member_removed', entityType: 'organisation', entityId: org.id, user: w.author.id, from: undefined, to: undefined },
    ]);
    expect(log.data!.adminAuditLog.at(-1)!.details).toMatchObject({ groupName: expect.any(String), threadId: w.threadId, authorName: 'Forfatter' });
    const members = await server.gql<Log>(`{ adminAuditLog(filter: { action: "member_" }) { action entityType entityId details } }`, {}, { cookie: w.cookies.staff });
    expect(members.data!.adminAuditLog.filter((e) => [w.groupId, org.id].includes(e.entityId))).toHaveLength(4);
  });
});

describe('deleting an account', () => {
  it('keeps the reports it made, anonymously, in the queue, and logs the deletion', async () => {
    const w = await world();
    await server.gql(REPORT, { id: w.messageId, r: 'Sjikane' }, { cookie: w.cookies.reader });
    expect((await server.gql(`mutation($p: String!) { accountDelete(password: $p) }`, { p: TEST_PASSWORD }, { cookie: w.cookies.reader })).errors).toBeUndefined();
    const rows = await server.orm.em.fork().getConnection().execute<{ reporter_id: string | null; state: string }[]>(`select reporter_id, state from moderation_report where content_id = ?`, [w.messageId]);
    expect(rows).toEqual([{ reporter_id: null, state: 'OPEN' }]);
    const queue = await server.gql<{ moderationQueue: { reason: string }[] }>(`{ moderationQueue { reason } }`, {}, { cookie: w.cookies.owner });
    expect(queue.data!.moderationQueue).toEqual([{ reason: 'Sjikane' }]);
    const log = await server.gql<{ adminAuditLog: { entityId: string }[] }>(`query($f: AuditLogFilter) { adminAuditLog(filter: $f) { entityId } }`, { f: { action: 'account_deleted' } }, { cookie: w.cookies.staff });
    expect(log.data!.adminAuditLog.map((e) => e.entityId)).toContain(w.reader.id);
  });
});
