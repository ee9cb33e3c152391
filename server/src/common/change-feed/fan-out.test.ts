import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../context.js';
import { subscribeSharingResults, viewerForAuth } from './fan-out.js';

/** A schema whose resolvers count their calls: `title` ignores the viewer, `greeting` reads it, `guarded`
 * asks only the auth checker's question (the platform role). Events come from `publish`, one object for all. */
function fixture() {
  const calls = { title: 0, greeting: 0, guarded: 0 };
  const listeners = new Set<(event: object) => void>();
  const returned = { count: 0 };
  const Tick = new GraphQLObjectType<{ n: number }, Context>({
    name: 'Tick',
    fields: {
      title: { type: GraphQLString, resolve: (t) => (calls.title++, `tick ${t.n}`) },
      greeting: { type: GraphQLString, resolve: (t, _a, ctx) => (calls.greeting++, `tick ${t.n} for ${ctx.viewer.user?.name}`) },
      guarded: { type: GraphQLString, resolve: (t, _a, ctx) => (calls.guarded++, viewerForAuth(ctx).user?.platformRole === 'ADMIN' ? `secret ${t.n}` : null) },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        ticks: {
          type: new GraphQLNonNull(Tick),
          args: {},
          resolve: (event) => event,
          subscribe: () => {
            const queue: object[] = [];
            let wake: (() => void) | null = null;
            const listener = (event: object) => (queue.push(event), wake?.());
            listeners.add(listener);
            return {
              [Symbol.asyncIterator]() {
                return this;
              },
              async next() {
                while (!queue.length) await new Promise<void>((r) => (wake = r));
                return { done: false, value: queue.shift() };
              },
              async return() {
                listeners.delete(listener);
                returned.count++;
                return { done: true, value: undefined };
              },
            };
          },
        },
      },
    }),
  });
  const contextFor = (name: string, platformRole = 'USER') => ({ viewer: { user: { name, platformRole }, platformRole }, em: {}, memo: () => Promise.reject(new Error('not here')) }) as unknown as Context;
  const subscribe = async (query: string, ctx: Context) => {
    const stream = await subscribeSharingResults({ schema, document: parse(query), contextValue: ctx });
    if (!(Symbol.asyncIterator in stream)) throw new Error(JSON.stringify(stream));
    return stream;
  };
  const publish = (event: object) => listeners.forEach((l) => l(event));
  return { calls, returned, contextFor, subscribe, publish };
}

const data = (r: IteratorResult<ExecutionResult>) => (r.value as ExecutionResult).data;

describe('one execution per live event, shared by subscribers who would get the same answer', () => {
  it('executes a document that does not ask who is asking once, whoever and however many subscribe', async () => {
    const f = fixture();
    const streams = await Promise.all(['Kari', 'Ola', 'Per'].map((name) => f.subscribe('subscription { ticks { title } }', f.contextFor(name))));
    const results = streams.map((s) => s.next());
    f.publish({ n: 1 });
    for (const r of await Promise.all(results)) expect(data(r)).toEqual({ ticks: { title: 'tick 1' } });
    expect(f.calls.title).toBe(1);
  });

  it('executes per subscriber when the answer reads the viewer, and each gets their own', async () => {
    const f = fixture();
    const streams = await Promise.all(['Kari', 'Ola'].map((name) => f.subscribe('subscription { ticks { title greeting } }', f.contextFor(name))));
    const results = streams.map((s) => s.next());
    f.publish({ n: 2 });
    expect((await Promise.all(results)).map(data)).toEqual([{ ticks: { title: 'tick 2', greeting: 'tick 2 for Kari' } }, { ticks: { title: 'tick 2', greeting: 'tick 2 for Ola' } }]);
    expect(f.calls.greeting).toBe(2);
  });

  it('shares only within a platform role, so role checks answer each subscriber truly', async () => {
    const f = fixture();
    const query = 'subscription { ticks { guarded } }';
    const streams = await Promise.all([f.subscribe(query, f.contextFor('Kari', 'ADMIN')), f.subscribe(query, f.contextFor('Ola')), f.subscribe(query, f.contextFor('Per'))]);
    const results = streams.map((s) => s.next());
    f.publish({ n: 3 });
    expect((await Promise.all(results)).map(data)).toEqual([{ ticks: { guarded: 'secret 3' } }, { ticks: { guarded: null } }, { ticks: { guarded: null } }]);
    expect(f.calls.guarded).toBe(2);
  });

  it('shares by the role the subscriber has now: one who lost it (their viewer read anew) gets no shared answer of the old role', async () => {
    const f = fixture();
    const query = 'subscription { ticks { guarded } }';
    const [kari, ola] = [f.contextFor('Kari', 'ADMIN'), f.contextFor('Ola', 'ADMIN')];
    const streams = await Promise.all([f.subscribe(query, kari), f.subscribe(query, ola)]);
    const first = streams.map((s) => s.next());
    f.publish({ n: 6 });
    expect((await Promise.all(first)).map(data)).toEqual([{ ticks: { guarded: 'secret 6' } }, { ticks: { guarded: 'secret 6' } }]);
    ola.viewer = f.contextFor('Ola').viewer; // what AccessGuard does after a role change
    const second = streams.map((s) => s.next());
    f.publish({ n: 7 });
    expect((await Promise.all(second)).map(data)).toEqual([{ ticks: { guarded: 'secret 7' } }, { ticks: { guarded: null } }]);
  });

  it('does not share between different documents or variables, nor between different event objects', async () => {
    const f = fixture();
    const a = await f.subscribe('subscription { ticks { title } }', f.contextFor('Kari'));
    const b = await f.subscribe('subscription Named { ticks { title } }', f.contextFor('Ola'));
    const [ra, rb] = [a.next(), b.next()];
    f.publish({ n: 4 });
    await Promise.all([ra, rb]);
    expect(f.calls.title).toBe(2);
    const [ra2, rb2] = [a.next(), b.next()];
    f.publish({ n: 5 });
    expect(data(await ra2)).toEqual({ ticks: { title: 'tick 5' } });
    expect(data(await rb2)).toEqual({ ticks: { title: 'tick 5' } });
  });

  it('passes return() to the source at once, while it waits for an event', async () => {
    const f = fixture();
    const stream = await f.subscribe('subscription { ticks { title } }', f.contextFor('Kari'));
    void stream.next();
    await stream.return!();
    expect(f.returned.count).toBe(1);
  });
});
