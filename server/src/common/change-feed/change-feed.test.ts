import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { testServerForFile } from '../../../test/test-server.js';
import { ChangeFeedListener, changesAfter } from './change-feed.js';
import { createChangePubSub } from './pubsub.js';
import { roundTopic, type NewChange } from './topics.js';
import { recordChanges } from './write.js';

const server = testServerForFile();

describe('recording change events', () => {
  it('writes many changes in one go, with ids in the order given and payloads intact', async () => {
    const topic = roundTopic(`test-${Date.now()}`);
    const changes = Array.from({ length: 6000 }, (_, i): NewChange => ({ topic: i % 2 ? topic : `${topic}/other`, type: 'application.submitted', payload: { applicationId: `${i} «${i}» '"; drop table x; --` } }));
    const recorded = await server.orm.em.fork().transactional((tx) => recordChanges(tx as EntityManager, changes));
    expect(recorded.map((r) => r.payload)).toEqual(changes.map((c) => c.payload));
    const ids = recorded.map((r) => BigInt(r.id));
    expect(ids.every((id, j) => j === 0 || id > ids[j - 1]!)).toBe(true);
    const stored = await changesAfter(server.orm.em.fork() as EntityManager, topic, String(ids[0]! - 1n), 5000);
    expect(stored).toHaveLength(3000);
    expect(stored.map((r) => r.payload)).toEqual(changes.filter((c) => c.topic === topic).map((c) => c.payload));
    expect(stored.map((r) => r.id)).toEqual(recorded.filter((r) => r.topic === topic).map((r) => r.id));
  });

  it('stamps a change when it is recorded, not when its transaction began (the lag metric counts from it)', async () => {
    const topic = roundTopic(`clock-${Date.now()}`);
    const { began, recorded } = await server.orm.em.fork().transactional(async (tx) => {
      const conn = tx.getConnection();
      const [{ began }] = await conn.execute<{ began: Date }[]>('select now() as began', [], 'all', tx.getTransactionContext());
      await conn.execute('select pg_sleep(0.3)', [], 'all', tx.getTransactionContext());
      return { began, recorded: await recordChanges(tx as EntityManager, [{ topic, type: 'round.opened', payload: {} }, { topic, type: 'round.opened', payload: {} }]) };
    });
    // Raw queries through the ORM give timestamps as text.
    const at = (d: Date | string) => new Date(d).getTime();
    expect(at(recorded[0]!.createdAt) - at(began)).toBeGreaterThanOrEqual(300);
    expect(at(recorded[1]!.createdAt)).toBeGreaterThanOrEqual(at(recorded[0]!.createdAt));
  });

  it('refuses to run outside a transaction', async () => {
    await expect(recordChanges(server.orm.em.fork() as EntityManager, [{ topic: 'event/x', type: 'event.updated', payload: {} }])).rejects.toThrow(/inside a transaction/);
  });
});

describe('the listener of a server process', () => {
  it('publishes events in id order when the ids gain a digit (99 before 100)', async () => {
    const conn = server.orm.em.getConnection();
    const [{ max }] = await conn.execute<{ max: string | null }[]>('select max(id)::text as max from change_event');
    let next = 10n;
    while (next < BigInt(max ?? '0') + 10n) next *= 10n;
    await conn.execute(`select setval(pg_get_serial_sequence('change_event', 'id'), ?)`, [String(next - 3n)]);

    const pubSub = createChangePubSub();
    const listener = new ChangeFeedListener(server.databaseUrl, pubSub, createLogger('silent'));
    await listener.start();
    const topic = roundTopic(`digits-${Date.now()}`);
    const received: string[] = [];
    const live = pubSub.subscribe(topic)[Symbol.asyncIterator]();
    const reading = (async () => {
      while (received.length < 6) {
        const step = await live.next();
        if (step.done) break;
        received.push(step.value.id);
      }
    })();
    await server.orm.em.fork().transactional((tx) => recordChanges(tx as EntityManager, Array.from({ length: 6 }, (): NewChange => ({ topic, type: 'round.opened', payload: {} }))));
    await reading;
    await listener.stop();
    expect(received).toEqual([next - 2n, next - 1n, next, next + 1n, next + 2n, next + 3n].map(String));
  });
});
