/**
 * Real-time latency and fan-out work, on this machine:
 *  1. mutation → subscriber, median over 100 messages, for a subscriber on the same process and on another
 *     process (two real server processes on one database);
 *  2. resolver executions caused by one message with 100 subscribers spread over 10 groups (in-process,
 *     every field resolver of the schema counted).
 * Run: npm run bench:realtime   (writes bench/results/realtime.json)
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultFieldResolver, isObjectType } from 'graphql';
import type { Client } from 'graphql-ws';
import { createApp } from '../server/src/app.js';
import { repoRoot } from '../server/src/common/paths.js';
import { loadConfig } from '../server/src/config.js';
import { createScratchDatabase, openScratchServer } from '../server/src/db/scratch.js';
import { createOrm, migrate, type Orm } from '../server/src/orm.js';
import { freePort, gqlAt, sessionCookie, stopServer } from '../server/test/server-process.js';
import { wsClient } from '../server/test/ws.js';
import { logger, SECRET, spawnBuiltServer } from './lib.js';

const cookieFor = (orm: Orm, name: string) => sessionCookie(orm, SECRET, name);
const gql = gqlAt;


const startProcess = (port: number, url: string) => spawnBuiltServer(port, { DATABASE_URL: url, SESSION_SECRET: SECRET });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function latency(serverUrl: string) {
  const db = await createScratchDatabase(serverUrl, 'bench_latency');
  const orm = await createOrm(db.url, logger);
  await migrate(orm);
  const [portA, portB] = [await freePort(), await freePort()];
  const children = await Promise.all([startProcess(portA, db.url), startProcess(portB, db.url)]);
  try {
    const owner = await cookieFor(orm, 'owner');
    const { groupCreate } = await gql<{ groupCreate: { id: string } }>(portA, owner, `mutation { groupCreate(input: { name: "Bench", visibility: PUBLIC, joinPolicy: OPEN }) { id } }`);
    const { threadCreate } = await gql<{ threadCreate: { id: string } }>(portA, owner, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Tråd", body: "b") { id } }`, { g: groupCreate.id });
    const result: Record<string, { medianMs: number; p95Ms: number; n: number }> = {};
    for (const [label, port] of [['sameProcess', portA], ['otherProcess', portB]] as const) {
      const client = wsClient(port, owner);
      const waiting = new Map<string, (t: number) => void>();
      client.subscribe<{ groupEvents: { message: { body: string } } }>(
        { query: `subscription($g: ID!) { groupEvents(groupId: $g) { message { body } } }`, variables: { g: groupCreate.id } },
        { next: (v) => waiting.get(v.data!.groupEvents.message.body)?.(performance.now()), error: console.error, complete: () => {} },
      );
      await sleep(500);
      const samples: number[] = [];
      for (let i = 0; i < 110; i++) {
        const body = `${label}-${i}`;
        const received = new Promise<number>((r) => waiting.set(body, r));
        const t0 = performance.now();
        await gql(portA, owner, `mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadCreate.id, b: body });
        const t1 = await received;
        if (i >= 10) samples.push(t1 - t0); // the first ten warm up
      }
      result[label] = { medianMs: +median(samples).toFixed(2), p95Ms: +pct(samples, 95).toFixed(2), n: samples.length };
      await client.dispose();
    }
    return result;
  } finally {
    await Promise.all(children.map((c) => stopServer(c)));
    await orm.close();
    await db.drop();
  }
}

async function resolverWork(serverUrl: string) {
  const db = await createScratchDatabase(serverUrl, 'bench_fanout');
  const orm = await createOrm(db.url, logger);
  await migrate(orm);
  // 100 subscribers from 127.0.0.1: above the per-address connection cap (50).
  const config = { ...loadConfig({ NODE_ENV: 'test', DATABASE_URL: db.url, SESSION_SECRET: SECRET, LOG_LEVEL: 'silent', WS_MAX_CONNECTIONS_PER_IP: '1000' }) };
  const app = await createApp({ config, orm, logger, databaseUrl: db.url });
  const port = await app.listen(0);
  // Count every field resolution of the schema (the default resolver included).
  const counts = new Map<string, number>();
  for (const type of Object.values(app.schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (...args) => {
        const key = `${type.name}.${field.name}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return resolve(...args);
      };
    }
  }
  const owner = await cookieFor(orm, 'owner');
  const groups: { id: string; thread: string }[] = [];
  for (let g = 0; g < 10; g++) {
    const { groupCreate } = await gql<{ groupCreate: { id: string } }>(port, owner, `mutation($n: String!) { groupCreate(input: { name: $n, visibility: PUBLIC, joinPolicy: OPEN }) { id } }`, { n: `Gruppe ${g}` });
    const { threadCreate } = await gql<{ threadCreate: { id: string } }>(port, owner, `mutation($g: ID!) { threadCreate(groupId: $g, title: "Tråd", body: "b") { id } }`, { g: groupCreate.id });
    groups.push({ id: groupCreate.id, thread: threadCreate.id });
  }
  const clients: Client[] = [];
  let received = 0;
  for (let i = 0; i < 100; i++) {
    const client = wsClient(port, await cookieFor(orm, `sub${i}`));
    clients.push(client);
    client.subscribe(
      { query: `subscription($g: ID!) { groupEvents(groupId: $g) { cursor type message { id body author { name } } } }`, variables: { g: groups[i % 10]!.id } },
      { next: () => received++, error: console.error, complete: () => {} },
    );
  }
  await sleep(1500);
  counts.clear();
  received = 0;
  await gql(port, owner, `mutation($t: ID!) { messagePost(threadId: $t, body: "én melding") { id } }`, { t: groups[0]!.thread });
  await sleep(1500);
  const subscriptionField = counts.get('Subscription.groupEvents') ?? 0;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const mutationSide = [...counts.entries()].filter(([k]) => k.startsWith('Mutation.')).reduce((a, [, v]) => a + v, 0);
  for (const c of clients) await c.dispose();
  await app.stop();
  await orm.close();
  await db.drop();
  return { subscribers: 100, groups: 10, deliveries: received, subscriptionRootExecutions: subscriptionField, fieldResolutionsTotal: total, fieldResolutionsForTheMutation: mutationSide, perField: Object.fromEntries([...counts.entries()].sort()) };
}

const pg = await openScratchServer(logger);
try {
  const result = { measuredAt: new Date().toISOString(), machine: '2 cores (as CI)', latency: await latency(pg.url), fanOut: await resolverWork(pg.url) };
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'results', 'realtime.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
} finally {
  await pg.stop();
}
process.exit(0);
