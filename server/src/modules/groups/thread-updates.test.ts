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
});
