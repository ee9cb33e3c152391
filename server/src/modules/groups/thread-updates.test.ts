import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { GroupJoinPolicy, GroupVisibility } from './group.entity.js';

const server = testServerForFile();
const make = factories(server);

type TableStats = { updates: number; hot: number };

async function threadStats(): Promise<TableStats> {
  const [row] = await server.orm.em.fork().getConnection().execute<{ updates: string; hot: string }[]>(`select n_tup_upd as updates, n_tup_hot_upd as hot from pg_stat_user_tables where relname = 'thread'`);
  return { updates: Number(row!.updates), hot: Number(row!.hot) };
}

describe('a busy thread', () => {
  it('takes every post as a HOT update of its row (no indexed column changes), so neither index nor table bloats', { timeout: 60_000 }, async () => {
    const owner = await make.user();
    const cookie = await make.cookieFor(owner);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Travel tråd', visibility: GroupVisibility.PUBLIC, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie });
    const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Hei", body: "Første") { id } }`, { g: g.data!.groupCreate.id }, { cookie });
    const threadId = t.data!.threadCreate.id;
    const before = await threadStats();
    const posts = 30;
    for (let i = 0; i < posts; i++) {
      const res = await server.gql(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: `Melding ${i}` }, { cookie });
      expect(res.errors).toBeUndefined();
    }
    // Each backend reports its statistics when idle (within about 10 s): wait for all of this test's updates.
    let after = await threadStats();
    for (let waited = 0; after.updates - before.updates < posts && waited < 30_000; waited += 500) {
      await new Promise((r) => setTimeout(r, 500));
      after = await threadStats();
    }
    expect(after.updates - before.updates).toBeGreaterThanOrEqual(posts);
    expect(after.hot - before.hot).toBe(after.updates - before.updates);
  });

  it('queues the posts that wait for the thread row in the process, so they leave the pool to the reads', { timeout: 120_000 }, async () => {
    const owner = await make.user();
    const cookie = await make.cookieFor(owner);
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Kø i tråden', visibility: GroupVisibility.PUBLIC, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie });
    const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Hei", body: "Første") { id } }`, { g: g.data!.groupCreate.id }, { cookie });
    const threadId = t.data!.threadCreate.id;
    // Another process holds the thread's row (as a post does until its commit is flushed, on a slow disk).
    const holder = new pg.Client({ connectionString: server.databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from thread where id = $1 for update', [threadId]);
      // More posts than the pool has connections (10).
      const posts = Array.from({ length: 14 }, (_, i) => server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: `Venter ${i}` }, { cookie }));
      await new Promise((r) => setTimeout(r, 1_500));
      // A read still gets a connection (it waited for the lock's release without the queue: every connection held a post).
      const read = server.gql<{ thread: { title: string } }>(`query($t: ID!) { thread(id: $t) { title } }`, { t: threadId }, { cookie });
      const answered = await Promise.race([read.then((r) => r.data?.thread.title), new Promise((r) => setTimeout(() => r('no answer in 10 s'), 10_000))]);
      expect(answered).toBe('Hei');
      await holder.query('commit');
      const done = await Promise.all(posts);
      expect(done.every((r) => !r.errors && r.data?.messagePost.id)).toBe(true);
    } finally {
      await holder.end();
    }
  });

  it('writes the posts that queued while the row was held in one statement: each in its order, counted, and told as one at a time would', { timeout: 120_000 }, async () => {
    const [omar, kari, lise] = await Promise.all(['Omar', 'Kari', 'Lise'].map((name) => make.user({ name })));
    const [omarCookie, kariCookie, liseCookie] = await Promise.all([omar, kari, lise].map((u) => make.cookieFor(u!)));
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Samlet skriving', visibility: GroupVisibility.PUBLIC, joinPolicy: GroupJoinPolicy.OPEN } }, { cookie: omarCookie });
    const groupId = g.data!.groupCreate.id;
    for (const cookie of [kariCookie, liseCookie]) expect((await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupId }, { cookie })).errors).toBeUndefined();
    const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Hei", body: "Første") { id } }`, { g: groupId }, { cookie: omarCookie });
    const threadId = t.data!.threadCreate.id;
    const post = (cookie: string, body: string) => server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: body }, { cookie });
    const holder = new pg.Client({ connectionString: server.databaseUrl });
    await holder.connect();
    const sql = server.orm.em.fork().getConnection();
    try {
      await holder.query('begin');
      await holder.query('select 1 from thread where id = $1 for update', [threadId]);
      // The first goes at once and waits at the row; the others queue behind it in the process, in this order.
      const posts = [];
      for (const [cookie, body] of [[kariCookie, 'Svar 1'], [liseCookie, `Hei @[Omar](user:${omar!.id})`], [kariCookie, 'Svar 2'], [omarCookie, 'Svar 3']] as const) {
        posts.push(post(cookie, body));
        await new Promise((r) => setTimeout(r, 400));
      }
      await holder.query('commit');
      const ids = (await Promise.all(posts)).map((r) => {
        expect(r.errors).toBeUndefined();
        return r.data!.messagePost.id;
      });

      // The three that queued were one statement (one transaction: one xmin), the first alone.
      const [{ statements }] = await sql.execute<{ statements: string }[]>(`select count(distinct xmin::text) as statements from message where id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
      expect(Number(statements)).toBe(2);
      const page = await server.gql<{ thread: { messageCount: number; messages: { id: string; body: string }[] } }>(`query($t: ID!) { thread(id: $t) { messageCount messages(last: 10) { id body } } }`, { t: threadId }, { cookie: omarCookie });
      expect(page.data!.thread.messageCount).toBe(5);
      expect(page.data!.thread.messages.map((m) => m.body)).toEqual(['Første', 'Svar 1', `Hei @[Omar](user:${omar!.id})`, 'Svar 2', 'Svar 3']);
      expect(page.data!.thread.messages.slice(1).map((m) => m.id)).toEqual(ids);
      // Their changes in the same order, each with its author as actor.
      const changes = await sql.execute<{ message_id: string; actor_id: string }[]>(`select payload->>'messageId' as message_id, actor_id from change_event where topic = ? and type = 'message.created' and payload->>'threadId' = ? order by id`, [`group/${groupId}`, threadId]);
      expect(changes.slice(1)).toEqual(ids.map((id, i) => ({ message_id: id, actor_id: [kari, lise, kari, omar][i]!.id })));

      // Omar: Kari's first reply and Lise's mention (her post tells him of that, not of a reply); Kari's second
      // reply passes him over (he has an unread one). Lise: Kari's second (Lise wrote before it in the statement).
      // Kari: Omar's (Lise already has her reply).
      const inbox = async (cookie: string) =>
        (await server.gql<{ notifications: { nodes: { type: string; details: { actorName: string; excerpt: string } }[] } }>(`{ notifications { nodes { type details { actorName excerpt } } } }`, {}, { cookie })).data!.notifications.nodes.map((n) => [n.type, n.details.actorName, n.details.excerpt]);
      expect(await inbox(omarCookie)).toEqual([['MENTION', 'Lise', 'Hei @Omar'], ['REPLY', 'Kari', 'Svar 1']]);
      expect(await inbox(liseCookie)).toEqual([['REPLY', 'Kari', 'Svar 2']]);
      expect(await inbox(kariCookie)).toEqual([['REPLY', 'Omar', 'Svar 3']]);
      const [{ actors }] = await sql.execute<{ actors: string[] }[]>(`select array_agg(actor_id::text order by id) as actors from change_event where type = 'notification.created' and topic = any(?::text[])`, [`{${[omar, lise, kari].map((u) => `user/${u!.id}`).join(',')}}`]);
      expect(actors).toEqual([kari!.id, lise!.id, kari!.id, omar!.id]);
    } finally {
      await holder.end();
    }
  });
});
