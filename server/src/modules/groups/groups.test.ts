import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { User } from '../accounts/user.entity.js';
import { GroupJoinPolicy, GroupVisibility } from './group.entity.js';

const server = testServerForFile();
const make = factories(server);

const MESSAGE = `id body bodyHtml createdAt editedAt deletedAt removedByModerator author { id name title } thread { id title }`;
type Message = { id: string; body: string; bodyHtml: string; deletedAt: string | null; author: { name: string } | null; viewerCan?: { edit: boolean; delete: boolean } };

describe('a thread page', () => {
  it('pages back through messages oldest first, each as the mutations return it, in statements that do not grow with the page', async () => {
    const owner = await make.user({ name: 'Eier' });
    const member = await make.user({ name: 'Medlem' });
    const [ownerCookie, memberCookie] = [await make.cookieFor(owner), await make.cookieFor(member)];
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Leksehjelp Skien', visibility: GroupVisibility.MEMBERS, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie: ownerCookie });
    const groupId = g.data!.groupCreate.id;
    await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { status } }`, { g: groupId }, { cookie: memberCookie });
    const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Tirsdager", body: "Hvem kan ta tirsdager?") { id } }`, { g: groupId }, { cookie: ownerCookie });
    const threadId = t.data!.threadCreate.id;

    const posted: Message[] = [];
    for (const [cookie, body] of [[memberCookie, 'Jeg kan **ta** en'], [ownerCookie, 'Takk <script>x</script>'], [memberCookie, 'Feil tråd'], [ownerCookie, 'Flott']] as const) {
      const res = await server.gql<{ messagePost: Message }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { ${MESSAGE} } }`, { t: threadId, b: body }, { cookie });
      expect(res.errors).toBeUndefined();
      posted.push(res.data!.messagePost);
    }
    const edited = await server.gql<{ messageEdit: Message }>(`mutation($id: ID!) { messageEdit(id: $id, body: "Jeg kan _ta_ to") { ${MESSAGE} } }`, { id: posted[0]!.id }, { cookie: memberCookie });
    const deleted = await server.gql<{ messageDelete: Message }>(`mutation($id: ID!) { messageDelete(id: $id) { ${MESSAGE} } }`, { id: posted[2]!.id }, { cookie: memberCookie });
    posted[0] = edited.data!.messageEdit;
    posted[2] = deleted.data!.messageDelete;
    expect(posted[2]).toMatchObject({ body: '', bodyHtml: '' });

    const page = async (last: number, before?: string, cookie = memberCookie) =>
      server.gql<{ thread: { messages: Message[] } }>(`query($id: ID!, $n: Int!, $b: ID) { thread(id: $id) { messages(last: $n, before: $b) { ${MESSAGE} } } }`, { id: threadId, n: last, b: before }, { cookie });
    const latest = (await page(2)).data!.thread.messages;
    expect(latest).toEqual(posted.slice(2));
    const earlier = (await page(2, latest[0]!.id)).data!.thread.messages;
    expect(earlier).toEqual(posted.slice(0, 2));
    const first = (await page(5, earlier[0]!.id)).data!.thread.messages;
    expect(first.map((m) => m.body)).toEqual(['Hvem kan ta tirsdager?']);
    expect((await page(5, first[0]!.id)).data!.thread.messages).toEqual([]);
    const permissions = await server.gql<{ thread: { messages: Message[] } }>(`query($id: ID!) { thread(id: $id) { messages(last: 5) { author { name } viewerCan { edit delete } } } }`, { id: threadId }, { cookie: memberCookie });
    expect(permissions.data!.thread.messages.map((m) => [m.author?.name, m.viewerCan])).toEqual([
      ['Eier', { edit: false, delete: false }],
      ['Medlem', { edit: true, delete: true }],
      ['Eier', { edit: false, delete: false }],
      ['Medlem', { edit: false, delete: false }], // deleted: nothing left to change
      ['Eier', { edit: false, delete: false }],
    ]);
    expect((await page(2, 'not-an-id')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await page(2, undefined, await make.cookieFor(await make.user()))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const statementsFor = async (last: number) => {
      const { result, statements } = await server.countStatements(() => page(last));
      expect(result.data!.thread.messages).toHaveLength(last);
      return statements;
    };
    expect(await statementsFor(1)).toBe(await statementsFor(5));
  });
});

describe('thread history', () => {
  it('pages back by a unique key: messages sharing a timestamp are all listed, each once', async () => {
    const owner = await make.user();
    const cookie = await make.cookieFor(owner);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Travel tråd', visibility: GroupVisibility.MEMBERS, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie });
    const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Mange på en gang", body: "0") { id } }`, { g: g.data!.groupCreate.id }, { cookie });
    const threadId = t.data!.threadCreate.id;
    // Bursts of messages with the very same created_at, as a busy thread (or a restore) has them.
    await server.orm.em.fork().getConnection().execute(
      `insert into message (id, thread_id, group_id, author_id, body, body_html, created_at, removed_by_moderator)
       select gen_random_uuid(), t.id, t.group_id, ?, n::text, '<p>' || n || '</p>', timestamptz '2026-12-01 10:00:00' + ((n - 1) / 7) * interval '1 second', false
         from thread t, generate_series(1, 40) n where t.id = ?`,
      [owner.id, threadId],
    );
    const seen: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 30; pages++) {
      const res = await server.gql<{ thread: { messages: { id: string; body: string }[] } }>(`query($id: ID!, $b: ID) { thread(id: $id) { messages(last: 3, before: $b) { id body } } }`, { id: threadId, b: before }, { cookie });
      expect(res.errors).toBeUndefined();
      const messages = res.data!.thread.messages;
      if (!messages.length) break;
      seen.unshift(...messages.map((m) => m.id));
      before = messages[0]!.id;
    }
    expect(seen).toHaveLength(41);
    expect(new Set(seen).size).toBe(41);
    const [{ ids }] = await server.orm.em.fork().getConnection().execute<{ ids: string[] }[]>('select array_agg(id order by created_at, id) as ids from message where thread_id = ?', [threadId]);
    expect(seen).toEqual(ids);
  });
});

describe('removing members', () => {
  it('is offered by GroupMember.viewerCan.remove exactly as groupMemberRemove allows it', async () => {
    const owner = await make.user();
    const ownerCookie = await make.cookieFor(owner);
    const member = await make.user();
    const memberCookie = await make.cookieFor(member);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Fjerning', visibility: GroupVisibility.PUBLIC, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie: ownerCookie });
    const groupId = g.data!.groupCreate.id;
    await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupId }, { cookie: memberCookie });
    type Members = { group: { members: { id: string; user: { id: string }; viewerCan: { remove: boolean } }[] } };
    const seenBy = async (cookie: string) => {
      const res = await server.gql<Members>(`query($g: ID!) { group(id: $g) { members { id user { id } viewerCan { remove } } } }`, { g: groupId }, { cookie });
      return Object.fromEntries(res.data!.group.members.map((m) => [m.user.id === owner.id ? 'owner' : 'member', m]));
    };
    const byOwner = await seenBy(ownerCookie);
    expect([byOwner.owner!.viewerCan.remove, byOwner.member!.viewerCan.remove]).toEqual([false, true]);
    const byMember = await seenBy(memberCookie);
    expect([byMember.owner!.viewerCan.remove, byMember.member!.viewerCan.remove]).toEqual([false, false]);

    const remove = (id: string, cookie: string) => server.gql(`mutation($m: ID!) { groupMemberRemove(memberId: $m) }`, { m: id }, { cookie });
    expect((await remove(byOwner.owner!.id, ownerCookie)).errors?.[0]).toMatchObject({ message: 'group/remove_self', extensions: { code: 'CONFLICT' } });
    expect((await remove(byOwner.owner!.id, memberCookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await remove(byOwner.member!.id, ownerCookie)).data).toEqual({ groupMemberRemove: true });
  });
});

describe('writing in groups', () => {
  it('offers join on an invitation-only group only to the invited (viewerCan.join is the whole rule)', async () => {
    const owner = await make.user();
    const ownerCookie = await make.cookieFor(owner);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Lukket gruppe', visibility: GroupVisibility.PUBLIC, joinPolicy: GroupJoinPolicy.INVITATION } }, { cookie: ownerCookie });
    const groupId = g.data!.groupCreate.id;
    const guest = await make.user();
    const cookie = await make.cookieFor(guest);
    const canJoin = async () => (await server.gql<{ group: { viewerCan: { join: boolean } } }>(`query($g: ID!) { group(id: $g) { viewerCan { join } } }`, { g: groupId }, { cookie })).data!.group.viewerCan.join;
    expect(await canJoin()).toBe(false);
    expect((await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupId }, { cookie })).errors?.[0]?.message).toBe('group/invitation_only');
    const invited = await server.gql(`mutation($g: ID!, $u: ID!) { groupInvite(groupId: $g, userId: $u) { status } }`, { g: groupId, u: guest.id }, { cookie: ownerCookie });
    expect(invited.errors).toBeUndefined();
    expect(await canJoin()).toBe(true);
    expect((await server.gql<{ groupJoin: { status: string } }>(`mutation($g: ID!) { groupJoin(groupId: $g) { status } }`, { g: groupId }, { cookie })).data?.groupJoin.status).toBe('ACTIVE');
    expect(await canJoin()).toBe(false);
  });

  it('needs a confirmed e-mail address: joining, new threads, posts (and so mentions) and edits are refused with auth/email_not_verified', async () => {
    const owner = await make.user();
    const ownerCookie = await make.cookieFor(owner);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Åpen gruppe', visibility: GroupVisibility.PUBLIC, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie: ownerCookie });
    const groupId = g.data!.groupCreate.id;
    const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Hei", body: "Velkommen") { id } }`, { g: groupId }, { cookie: ownerCookie });
    const threadId = t.data!.threadCreate.id;
    const unverified = await make.user({ verified: false });
    const cookie = await make.cookieFor(unverified);
    const refused = (res: { errors?: { message: string; extensions?: { code?: string } }[] }) => expect(res.errors?.[0]).toMatchObject({ message: 'auth/email_not_verified', extensions: { code: 'FORBIDDEN' } });

    const can = await server.gql<{ group: { viewerCan: { read: boolean; join: boolean; post: boolean } } }>(`query($g: ID!) { group(id: $g) { viewerCan { read join post } } }`, { g: groupId }, { cookie });
    expect(can.data!.group.viewerCan).toEqual({ read: true, join: false, post: false });
    refused(await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupId }, { cookie }));

    // Already a member (from before the rule, or through an organisation): still no writing.
    const em = server.orm.em.fork();
    await em.getConnection().execute(`insert into group_member (id, group_id, user_id, role, status, created_at) values (gen_random_uuid(), ?, ?, 'MEMBER', 'ACTIVE', now())`, [groupId, unverified.id]);
    refused(await server.gql(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Kjøp billig", body: "Spam") { id } }`, { g: groupId }, { cookie }));
    refused(await server.gql(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: `Hei @[Eier](user:${owner.id})` }, { cookie }));
    const [{ id: oldMessage }] = await em.getConnection().execute<{ id: string }[]>(
      `insert into message (id, thread_id, group_id, author_id, body, body_html, created_at, removed_by_moderator) values (gen_random_uuid(), ?, ?, ?, 'Før', '<p>Før</p>', now(), false) returning id`,
      [threadId, groupId, unverified.id],
    );
    refused(await server.gql(`mutation($id: ID!) { messageEdit(id: $id, body: "Spam") { id } }`, { id: oldMessage }, { cookie }));
    const [{ messages, notifications }] = await em.getConnection().execute<{ messages: string; notifications: string }[]>(
      `select (select count(*) from message where author_id = ?) as messages, (select count(*) from notification where user_id = ?) as notifications`,
      [unverified.id, owner.id],
    );
    expect({ messages: Number(messages), notifications: Number(notifications) }).toEqual({ messages: 1, notifications: 0 });

    // Once the address is confirmed, the same member writes (an ORM write: this process forgets the session's kept row at once).
    await em.nativeUpdate(User, { id: unverified.id }, { emailVerifiedAt: new Date() });
    const posted = await server.gql(`mutation($t: ID!) { messagePost(threadId: $t, body: "Nå går det") { id } }`, { t: threadId }, { cookie });
    expect(posted.errors).toBeUndefined();
  });
});
