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
});
