import { describe, expect, it } from 'vitest';
import type { Context } from '../../context.js';
import { Viewer } from '../auth/viewer.js';
import type { User } from '../../modules/accounts/user.entity.js';
import { noteAccessChange } from './access.js';
import { replayThenLive } from './live.js';
import { createChangePubSub, type PubSub } from './pubsub.js';
import { accessTopic, type Change, type ChangeRecord } from './topics.js';

/** What the change feed listener does with each event, in id order. */
function deliver(pubSub: PubSub, record: ChangeRecord) {
  noteAccessChange(pubSub, record);
  pubSub.publish(record.topic, record);
}

const record = (id: number, change: Change): ChangeRecord => ({ ...change, id: String(id), actorId: null, createdAt: new Date() });
const message = (id: number) => record(id, { topic: 'group/g1', type: 'message.created', payload: { messageId: `m${id}`, threadId: 't1' } });
const accessChanged = (id: number, userId: string) => record(id, { topic: accessTopic(userId), type: 'access.changed', payload: { reason: 'membership.delete' } });

describe('a live subscription and the access changes of its viewer', () => {
  function fixture() {
    const pubSub = createChangePubSub();
    const viewer = new Viewer({ id: 'u1', name: 'Kari' } as User);
    const ctx = { pubSub, em: {}, viewer } as unknown as Context;
    const state = { allowed: true, asked: 0 };
    const events = replayThenLive(ctx, { topic: 'group/g1', accessTopics: ['group/g1'], allowed: async () => (state.asked++, state.allowed) });
    return { pubSub, state, events };
  }

  it('asks once at the start, then only after an access change, not per event', async () => {
    const f = fixture();
    const first = f.events.next();
    await new Promise((r) => setTimeout(r, 10));
    deliver(f.pubSub, message(1));
    expect((await first).value).toMatchObject({ id: '1' });
    deliver(f.pubSub, message(2));
    expect((await f.events.next()).value).toMatchObject({ id: '2' });
    expect(f.state.asked).toBe(1);
    await f.events.return(undefined);
  });

  it('delivers nothing published after a change that took access away, even in the same burst, and ends', async () => {
    const f = fixture();
    const first = f.events.next();
    await new Promise((r) => setTimeout(r, 10));
    deliver(f.pubSub, message(1));
    await first;
    // The subscriber is busy elsewhere while the access change and the next message arrive together.
    f.state.allowed = false;
    deliver(f.pubSub, accessChanged(2, 'u1'));
    deliver(f.pubSub, message(3));
    expect(await f.events.next()).toEqual({ done: true, value: undefined });
    expect(f.state.asked).toBe(2);
  });

  it('ends at once, with no event of its own topic to wait for', async () => {
    const f = fixture();
    const next = f.events.next();
    await new Promise((r) => setTimeout(r, 10));
    f.state.allowed = false;
    deliver(f.pubSub, record(1, { topic: 'group/g1', type: 'group.access_changed', payload: {} }));
    expect(await next).toEqual({ done: true, value: undefined });
  });

  it("ignores other users' access changes", async () => {
    const f = fixture();
    const next = f.events.next();
    await new Promise((r) => setTimeout(r, 10));
    f.state.allowed = false;
    deliver(f.pubSub, accessChanged(1, 'u2'));
    deliver(f.pubSub, message(2));
    expect((await next).value).toMatchObject({ id: '2' });
    expect(f.state.asked).toBe(1);
    await f.events.return(undefined);
  });
});
