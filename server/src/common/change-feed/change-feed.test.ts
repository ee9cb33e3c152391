import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { changesAfter, recordChanges } from './change-feed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('recording change events', () => {
  it('writes many changes in one go, with ids in the order given and payloads intact', async () => {
    const topic = `test/${Date.now()}`;
    const changes = Array.from({ length: 6000 }, (_, i) => ({ topic: i % 2 ? topic : `${topic}/other`, type: 'test.happened', payload: { i, text: `«${i}» '"; drop table x; --` } }));
    const recorded = await server.orm.em.fork().transactional((tx) => recordChanges(tx as EntityManager, changes));
    expect(recorded.map((r) => r.payload.i)).toEqual(changes.map((c) => c.payload.i));
    const ids = recorded.map((r) => BigInt(r.id));
    expect(ids.every((id, j) => j === 0 || id > ids[j - 1]!)).toBe(true);
    const stored = await changesAfter(server.orm.em.fork() as EntityManager, topic, String(ids[0]! - 1n), 5000);
    expect(stored).toHaveLength(3000);
    expect(stored.map((r) => r.payload)).toEqual(changes.filter((c) => c.topic === topic).map((c) => c.payload));
    expect(stored.map((r) => r.id)).toEqual(recorded.filter((r) => r.topic === topic).map((r) => r.id));
  });

  it('refuses to run outside a transaction', async () => {
    await expect(recordChanges(server.orm.em.fork() as EntityManager, [{ topic: 't', type: 'x', payload: {} }])).rejects.toThrow(/inside a transaction/);
  });
});
