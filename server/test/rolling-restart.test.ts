import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createLogger } from '../src/common/logger.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';
import { freePort, gqlAt, sessionCookie, spawnServer, stopServer, type ServerProcess } from './server-process.js';

/**
 * A rolling restart of two server processes under load, as an operator does it behind a proxy: SIGTERM one, start it
 * again, then the other. The client here does what nginx or Caddy does: round robin, and a connection that is
 * refused (the request never left) goes to the other process. No request may fail, every answered post must be
 * stored, and a live subscriber, reconnecting after its server closes the WebSocket with 1001 and resuming from
 * its cursor, must receive every message.
 */
const SECRET = 'rolling-restart-secret-'.padEnd(48, 'x');
const servers = new Map<number, ServerProcess>();
let orm: Orm;
let drop: () => Promise<void>;
let databaseUrl: string;
let ports: number[];

const start = async (port: number) => servers.set(port, await spawnServer(port, { DATABASE_URL: databaseUrl, SESSION_SECRET: SECRET }));

beforeAll(async () => {
  const db = await createScratchDatabase(inject('pgServerUrl'), 'rolling');
  ({ url: databaseUrl, drop } = db);
  orm = await createOrm(databaseUrl, createLogger('silent'));
  await migrate(orm);
  ports = [await freePort(), await freePort()];
  await Promise.all(ports.map(start));
}, 120_000);

afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => stopServer(s)));
  await orm.close();
  await drop();
});

const MESSAGE_POST = `mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`;
const EVENTS = `subscription($g: ID!, $after: String) { groupEvents(groupId: $g, after: $after) { cursor type messageId } }`;

describe('a rolling restart of two processes under load', () => {
  it('loses no request and no live event', { timeout: 180_000 }, async () => {
    const owner = await sessionCookie(orm, SECRET, 'eier');
    const { groupCreate } = await gqlAt<{ groupCreate: { id: string } }>(ports[0]!, owner, `mutation { groupCreate(input: { name: "Rullerende omstart", visibility: MEMBERS, joinPolicy: OPEN }) { id } }`);
    const { threadCreate } = await gqlAt<{ threadCreate: { id: string } }>(ports[0]!, owner, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Last", body: "Start") { id } }`, { g: groupCreate.id });

    let next = 0;
    const pick = () => ports[next++ % ports.length]!;
    const failures: string[] = [];
    const posted: string[] = [];
    let refusedAndRetried = 0;

    /** One request as a proxy sends it: refused connections go to the other process; anything else is a failure. */
    async function post(body: string): Promise<void> {
      for (let attempt = 0; attempt < 200; attempt++) {
        const port = pick();
        try {
          const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner }, body: JSON.stringify({ query: MESSAGE_POST, variables: { t: threadCreate.id, b: body } }) });
          const json = (await res.json()) as { data?: { messagePost: { id: string } }; errors?: unknown };
          if (res.status !== 200 || json.errors || !json.data) failures.push(`${port}: ${res.status} ${JSON.stringify(json.errors)}`);
          else posted.push(json.data.messagePost.id);
          return;
        } catch (err) {
          const code = (err as { cause?: { code?: string } }).cause?.code;
          if (code === 'ECONNREFUSED') {
            refusedAndRetried++;
            await sleep(10);
            continue;
          }
          failures.push(`${port}: ${code ?? (err as Error).message}`);
          return;
        }
      }
      failures.push(`${body}: no process accepted the connection`);
    }

    // The live subscriber: one WebSocket at a time, to the next process when its own goes away, resuming after the
    // last cursor it saw.
    const received = new Set<string>();
    const closeCodes: number[] = [];
    let last: string | null = null;
    let following = true;
    let disposeCurrent = () => {};
    const follower = (async () => {
      while (following) {
        const port = pick();
        await new Promise<void>((resolve) => {
          const client = createClient({
            url: `ws://127.0.0.1:${port}/graphql`,
            retryAttempts: 0,
            on: { closed: (event) => void closeCodes.push((event as { code: number }).code) },
            webSocketImpl: class extends WebSocket {
              constructor(url: string, protocols: string[]) {
                super(url, protocols, { headers: { cookie: owner } });
              }
            },
          });
          const done = () => {
            void client.dispose();
            resolve();
          };
          disposeCurrent = done;
          client.subscribe<{ groupEvents: { cursor: string; type: string; messageId: string | null } }>(
            { query: EVENTS, variables: { g: groupCreate.id, after: last ?? '0' } },
            {
              next: ({ data }) => {
                if (!data) return;
                last = data.groupEvents.cursor;
                if (data.groupEvents.type === 'message.created' && data.groupEvents.messageId) received.add(data.groupEvents.messageId);
              },
              error: done,
              complete: done,
            },
          );
        });
        if (following) await sleep(50);
      }
    })();

    let loading = true;
    const load = Promise.all(
      Array.from({ length: 6 }, async (_, k) => {
        for (let n = 0; loading; n++) await post(`melding ${k}-${n}`);
      }),
    );

    await sleep(1_500);
    for (const port of ports) {
      const before = posted.length;
      expect(await stopServer(servers.get(port)!)).toBe(0);
      await start(port);
      await sleep(1_000);
      expect(posted.length).toBeGreaterThan(before); // the other process carried the load meanwhile
    }
    await sleep(1_000);
    loading = false;
    await load;

    expect(failures).toEqual([]);
    expect(refusedAndRetried).toBeGreaterThan(0); // the restarts did happen under load
    const stored = await orm.em.fork().getConnection().execute<{ id: string }[]>(`select id from message where id = any(?::uuid[])`, [`{${posted.join(',')}}`]);
    expect(stored).toHaveLength(posted.length);

    for (let i = 0; i < 200 && posted.some((id) => !received.has(id)); i++) await sleep(50);
    following = false;
    disposeCurrent();
    await follower;
    expect(posted.filter((id) => !received.has(id))).toEqual([]);
    expect(closeCodes).toContain(1001);
    console.log(`rolling restart: ${posted.length} posts, ${refusedAndRetried} refused connections sent to the other process, close codes ${[...new Set(closeCodes)].join(', ')}`);
  });
});
