import { describe, expect, it } from 'vitest';
import { PlatformRole, type User } from '../src/modules/accounts/user.entity.js';
import { GroupJoinPolicy, GroupVisibility } from '../src/modules/groups/group.entity.js';
import { factories } from './factories.js';
import { testServerForFile } from './test-server.js';
import { liveResults } from '../src/common/change-feed/fan-out.js';
import { collect, settled, wsClient, type Collected } from './ws.js';

const server = testServerForFile();
const make = factories(server);

const EVENTS = `subscription($g: ID!, $after: String) { groupEvents(groupId: $g, after: $after) { cursor type threadId message { bodyHtml author { name } } } }`;
type Ev = { groupEvents: { cursor: string; type: string; threadId: string | null; message: { bodyHtml: string; author: { name: string } | null } | null } };

async function groupWithThread(owner: User, visibility = GroupVisibility.MEMBERS) {
  const cookie = await make.cookieFor(owner);
  const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: `Gruppe ${Math.random().toString(36).slice(2, 8)}`, visibility, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie });
  expect(g.errors).toBeUndefined();
  const groupId = g.data!.groupCreate.id;
  const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Velkommen", body: "Første melding") { id } }`, { g: groupId }, { cookie });
  return { groupId, threadId: t.data!.threadCreate.id, cookie };
}

const post = (cookie: string, threadId: string, body: string) =>
  server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: body }, { cookie });

describe('group events over graphql-ws', () => {
  it('delivers a posted message live to a member, rendered and sanitised', async () => {
    const owner = await make.user({ name: 'Eier' });
    const reader = await make.user({ name: 'Leser' });
    const { groupId, threadId, cookie } = await groupWithThread(owner);
    const readerCookie = await make.cookieFor(reader);
    await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { status } }`, { g: groupId }, { cookie: readerCookie });

    const client = wsClient(server.port, readerCookie);
    const sub = collect<Ev>(client, EVENTS, { g: groupId });
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    await post(cookie, threadId, 'Hei **alle** <script>alert(1)</script>');
    const [event] = await sub.waitFor(1);
    expect(event!.groupEvents).toMatchObject({ type: 'message.created', threadId, message: { bodyHtml: '<p>Hei <strong>alle</strong> </p>', author: { name: 'Eier' } } });
    await client.dispose();
  });

  it('gives each subscriber their own answer where it depends on who asks, the same one elsewhere', async () => {
    const owner = await make.user({ name: 'Eier' });
    const { groupId, threadId, cookie } = await groupWithThread(owner, GroupVisibility.PUBLIC);
    const readerCookie = await make.cookieFor(await make.user());
    const PERSONAL = `subscription($g: ID!) { groupEvents(groupId: $g) { message { body viewerCan { edit } author { name email } } } }`;
    type Personal = { groupEvents: { message: { body: string; viewerCan: { edit: boolean }; author: { name: string; email: string | null } } } };
    const clients = [wsClient(server.port, cookie), wsClient(server.port, readerCookie)];
    const personal = clients.map((c) => collect<Personal>(c, PERSONAL, { g: groupId }));
    const shared = clients.map((c) => collect<Ev>(c, EVENTS, { g: groupId }));
    await Promise.all(clients.map(settled));
    await new Promise((r) => setTimeout(r, 50));
    const before = { ...liveResults };
    await post(cookie, threadId, 'Til alle');
    const [[mine], [theirs]] = await Promise.all(personal.map((p) => p.waitFor(1)));
    expect(mine!.groupEvents.message).toEqual({ body: 'Til alle', viewerCan: { edit: true }, author: { name: 'Eier', email: owner.email } });
    expect(theirs!.groupEvents.message).toEqual({ body: 'Til alle', viewerCan: { edit: false }, author: { name: 'Eier', email: null } });
    const [[a], [b]] = await Promise.all(shared.map((p) => p.waitFor(1)));
    expect(a).toEqual(b);
    // Two executions of the personal document, one of the other, reused once.
    expect({ executed: liveResults.executed - before.executed, reused: liveResults.reused - before.reused }).toEqual({ executed: 3, reused: 1 });
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('refuses to start for a non-member of a MEMBERS group, and for anonymous', async () => {
    const { groupId } = await groupWithThread(await make.user());
    const outsider = wsClient(server.port, await make.cookieFor(await make.user()));
    const denied = collect(outsider, EVENTS, { g: groupId });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(denied.errors)).toContain('FORBIDDEN');
    const anonymous = wsClient(server.port);
    const anon = collect(anonymous, EVENTS, { g: groupId });
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(anon.errors)).toContain('UNAUTHENTICATED');
    await outsider.dispose();
    await anonymous.dispose();
  });

  it('stops delivering at once when the member is removed', async () => {
    const owner = await make.user();
    const member = await make.user();
    const { groupId, threadId, cookie } = await groupWithThread(owner);
    const memberCookie = await make.cookieFor(member);
    const joined = await server.gql<{ groupJoin: { id: string } }>(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupId }, { cookie: memberCookie });
    const client = wsClient(server.port, memberCookie);
    const sub = collect<Ev>(client, EVENTS, { g: groupId });
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    await post(cookie, threadId, 'før');
    await sub.waitFor(1);
    await server.gql(`mutation($m: ID!) { groupMemberRemove(memberId: $m) }`, { m: joined.data!.groupJoin.id }, { cookie });
    await post(cookie, threadId, 'etter');
    await new Promise((r) => setTimeout(r, 400));
    expect(sub.items.map((i) => i.groupEvents.message?.bodyHtml ?? i.groupEvents.type)).toEqual(['<p>før</p>']);
    expect(sub.completed).toBe(true);
    await client.dispose();
  });

  it('replays what came after the cursor, in order, then goes live, with no gap and no duplicate', async () => {
    const owner = await make.user();
    const { groupId, threadId, cookie } = await groupWithThread(owner, GroupVisibility.PUBLIC);
    const readerCookie = await make.cookieFor(await make.user({ role: PlatformRole.USER }));
    const first = wsClient(server.port, readerCookie);
    const live = collect<Ev>(first, EVENTS, { g: groupId });
    await settled(first);
    await new Promise((r) => setTimeout(r, 50));
    await post(cookie, threadId, 'en');
    await post(cookie, threadId, 'to');
    const got = await live.waitFor(2);
    await first.dispose(); // the network drops

    for (const body of ['tre', 'fire', 'fem']) await post(cookie, threadId, body);
    const second = wsClient(server.port, readerCookie);
    const resumed = collect<Ev>(second, EVENTS, { g: groupId, after: got[1]!.groupEvents.cursor });
    await resumed.waitFor(3);
    await post(cookie, threadId, 'seks');
    await resumed.waitFor(4);
    await new Promise((r) => setTimeout(r, 200));
    expect(resumed.items.map((i) => i.groupEvents.message?.bodyHtml)).toEqual(['<p>tre</p>', '<p>fire</p>', '<p>fem</p>', '<p>seks</p>']);
    const cursors = resumed.items.map((i) => BigInt(i.groupEvents.cursor));
    expect([...cursors].sort((a, b) => (a < b ? -1 : 1))).toEqual(cursors);
    await second.dispose();
  });

  it('announces nothing for a refused change', async () => {
    const owner = await make.user();
    const { groupId, threadId, cookie } = await groupWithThread(owner, GroupVisibility.PUBLIC);
    const client = wsClient(server.port, cookie);
    const sub = collect<Ev>(client, EVENTS, { g: groupId });
    await settled(client);
    const tooLong = await post(cookie, threadId, 'x'.repeat(20_001));
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await post(cookie, threadId, 'gyldig');
    await sub.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(sub.items).toHaveLength(1);
    await client.dispose();
  });
});

/** The close code of the first error a subscription gets (its socket closing), waiting up to 3 s for it. */
async function closeCode(sub: Collected<Ev>): Promise<number | undefined> {
  const deadline = Date.now() + 3000;
  while (!sub.errors.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return (sub.errors[0] as { code?: number } | undefined)?.code;
}

describe('ending a session', () => {
  it('closes the WebSockets opened with it at once, and only those', async () => {
    const owner = await make.user();
    const { groupId, threadId, cookie } = await groupWithThread(owner, GroupVisibility.PUBLIC);
    const [laptop, phone] = [await make.cookieFor(owner), await make.cookieFor(owner)];
    const clients = [wsClient(server.port, laptop), wsClient(server.port, phone)];
    const [onLaptop, onPhone] = clients.map((c) => collect<Ev>(c, EVENTS, { g: groupId }));
    await Promise.all(clients.map(settled));
    await new Promise((r) => setTimeout(r, 50));

    const out = await server.gql<{ accountLogout: boolean }>(`mutation { accountLogout }`, {}, { cookie: laptop });
    expect(out.data?.accountLogout).toBe(true);
    expect(await closeCode(onLaptop!)).toBe(4403);

    await post(cookie, threadId, 'Fortsatt her');
    await onPhone!.waitFor(1);
    expect(onPhone!.errors).toEqual([]);
    expect(onLaptop!.items).toEqual([]);

    // Logging out everywhere (or a password reset, or deleting the account) ends the rest.
    await server.gql(`mutation { accountLogoutEverywhere }`, {}, { cookie });
    expect(await closeCode(onPhone!)).toBe(4403);
    await Promise.all(clients.map((c) => c.dispose()));
  });
});

describe('many writers at once', () => {
  it('commits simultaneous replies that notify each other: the reply notifications never deadlock', { timeout: 60_000 }, async () => {
    const owner = await make.user({ name: 'Vert' });
    const { groupId, threadId, cookie: ownerCookie } = await groupWithThread(owner, GroupVisibility.PUBLIC);
    const cookies = [ownerCookie];
    for (let i = 0; i < 12; i++) {
      const cookie = await make.cookieFor(await make.user({ name: `Deltaker ${i}` }));
      expect((await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupId }, { cookie })).errors).toBeUndefined();
      expect((await post(cookie, threadId, `Hei fra ${i}`)).errors).toBeUndefined();
      cookies.push(cookie);
    }
    // Each round starts with no one holding an unread reply, so every post inserts one for each of the others at
    // once: the unique index makes concurrent inserts of the same person wait for each other.
    for (let round = 0; round < 3; round++) {
      for (const cookie of cookies) await server.gql(`mutation($t: ID!) { threadMarkRead(threadId: $t) { id } }`, { t: threadId }, { cookie });
      const results = await Promise.all(cookies.map((cookie, i) => post(cookie, threadId, `Runde ${round}, melding ${i}`)));
      expect(results.filter((r) => r.errors)).toEqual([]);
    }
    const [row] = await server.orm.em.fork().getConnection().execute<{ n: string }[]>(
      `select count(*) as n from notification where type = 'REPLY' and read_at is null and data->>'threadId' = ?`,
      [threadId],
    );
    expect(Number(row!.n)).toBe(cookies.length);
  });

  it('commits 60 simultaneous posts, more than the pool has connections: no query inside a transaction waits for a second connection', { timeout: 60_000 }, async () => {
    const owner = await make.user({ name: 'Travel' });
    const { threadId, cookie } = await groupWithThread(owner);
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => post(cookie, threadId, `Melding ${i}`)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const [row] = await server.orm.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from message where thread_id = ?', [threadId]);
    expect(Number(row!.n)).toBe(61);
  });
});
