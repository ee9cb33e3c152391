import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { GroupJoinPolicy, GroupVisibility } from './group.entity.js';

let server: TestServer;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
});
afterAll(() => server.close());

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
