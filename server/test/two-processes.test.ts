import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../src/common/logger.js';
import { createScratchDatabase } from '../src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../src/orm.js';
import { freePort, gqlAt, sessionCookie, spawnServer, stopServer, type ServerProcess } from './server-process.js';
import { collect, settled, wsClient } from './ws.js';

/** Two real server processes on one database: what one writes, subscribers of the other receive. */
const SECRET = 'two-processes-secret-'.padEnd(48, 'x');
const servers: ServerProcess[] = [];
let orm: Orm;
let drop: () => Promise<void>;
let portA: number;
let portB: number;

async function startProcess(port: number, databaseUrl: string) {
  servers.push(await spawnServer(port, { DATABASE_URL: databaseUrl, SESSION_SECRET: SECRET }));
}

beforeAll(async () => {
  const db = await createScratchDatabase(inject('pgServerUrl'), 'two_processes');
  drop = db.drop;
  orm = await createOrm(db.url, createLogger('silent'));
  await migrate(orm);
  [portA, portB] = [await freePort(), await freePort()];
  await Promise.all([startProcess(portA, db.url), startProcess(portB, db.url)]);
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => stopServer(s)));
  await orm.close();
  await drop();
});

const userWithCookie = (name: string) => sessionCookie(orm, SECRET, name);
const gql = <T>(port: number, cookie: string, query: string, variables: Record<string, unknown> = {}) => gqlAt<T>(port, cookie, query, variables);

describe('two server processes', () => {
  it('delivers a message posted through A to a subscriber on B, and on A', { timeout: 60_000 }, async () => {
    const owner = await userWithCookie('eier');
    const reader = await userWithCookie('leser');
    const { groupCreate } = await gql<{ groupCreate: { id: string } }>(portA, owner, `mutation { groupCreate(input: { name: "Frivillighet Skien", visibility: MEMBERS, joinPolicy: OPEN }) { id } }`);
    await gql(portB, reader, `mutation($g: ID!) { groupJoin(groupId: $g) { id } }`, { g: groupCreate.id });
    const { threadCreate } = await gql<{ threadCreate: { id: string } }>(portA, owner, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Dugnad", body: "Hvem kan?") { id } }`, { g: groupCreate.id });

    const query = `subscription($g: ID!) { groupEvents(groupId: $g) { type message { body } } }`;
    const onB = wsClient(portB, reader);
    const onA = wsClient(portA, reader);
    const subB = collect<{ groupEvents: { type: string; message: { body: string } | null } }>(onB, query, { g: groupCreate.id });
    const subA = collect<{ groupEvents: { type: string; message: { body: string } | null } }>(onA, query, { g: groupCreate.id });
    await Promise.all([settled(onB), settled(onA)]);
    await sleep(100);

    await gql(portA, owner, `mutation($t: ID!) { messagePost(threadId: $t, body: "Jeg kan på lørdag") { id } }`, { t: threadCreate.id });
    const [fromB] = await subB.waitFor(1);
    const [fromA] = await subA.waitFor(1);
    expect(fromB).toEqual({ groupEvents: { type: 'message.created', message: { body: 'Jeg kan på lørdag' } } });
    expect(fromA).toEqual(fromB);
    await onA.dispose();
    await onB.dispose();
  });
});
