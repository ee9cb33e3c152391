import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger } from './common/logger.js';
import { createScratchDatabase } from './db/scratch.js';
import { createOrm, migrate, type Orm } from './orm.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

describe('migrate', () => {
  it('lets processes that start together migrate one after the other (two replicas of a deployment)', { timeout: 60_000 }, async () => {
    const db = await createScratchDatabase(inject('pgServerUrl'), 'migrate_lock');
    cleanup.push(db.drop);
    const orms: Orm[] = await Promise.all([createOrm(db.url, createLogger('silent')), createOrm(db.url, createLogger('silent'))]);
    cleanup.push(...orms.map((o) => () => o.close()));
    const [a, b] = await Promise.all(orms.map((o) => migrate(o)));
    expect([a!.length, b!.length].sort((x, y) => x - y)).toEqual([0, Math.max(a!.length, b!.length)]);
    expect(Math.max(a!.length, b!.length)).toBeGreaterThan(10);
  });
});
