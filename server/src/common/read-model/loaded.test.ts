import type { EntityClass } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { testServerForFile } from '../../../test/test-server.js';
import { createLogger } from '../logger.js';
import { seedDemoIfEmpty } from '../../seed/demo.js';
import { User } from '../../modules/accounts/user.entity.js';
import { Event, Registration, RegistrationStatus } from '../../modules/events/event.entity.js';
import { Message } from '../../modules/groups/message.entity.js';
import { Organisation } from '../../modules/organisations/organisation.entity.js';
import { relatedRowsColumn } from './loaded.js';
import { viewColumns, viewMapper } from './rows.js';

const server = testServerForFile();

describe('related rows read as a JSON column', () => {
  it('map to the same views as the same rows read as columns, for every kind a page reads them for', async () => {
    await seedDemoIfEmpty(server.orm, createLogger('silent'));
    const em = server.orm.em.fork();
    // A registration with every kind of column set: a bigint, JSON answers, dates, references.
    const [event] = await em.find(Event, {}, { limit: 1 });
    const [user] = await em.find(User, {}, { limit: 1 });
    em.create(Registration, { event: event!, user: user!, status: RegistrationStatus.CONFIRMED, answers: [{ questionId: 'q1', text: 'Ja, takk', choices: ['a'], yes: true }], checkedInAt: new Date(), checkedInBy: user! });
    await em.flush();
    for (const entity of [User, Organisation, Registration, Event, Message] as EntityClass<object>[]) {
      const table = em.getMetadata().get(entity.name).tableName;
      const asColumns = await em.execute(`select ${viewColumns(em, entity, 't')} from ${table} t order by t.id limit 50`);
      const [{ rows }] = await em.execute<{ rows: Record<string, unknown>[] }[]>(`select ${relatedRowsColumn(em, entity, 'x.id = any(array(select t.id from ' + table + ' t order by t.id limit 50))', 'rows')}`);
      const view = viewMapper(em, entity);
      const byId = (list: Record<string, unknown>[]) => list.map((r) => view(r)).sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
      expect(asColumns.length, entity.name).toBeGreaterThan(0);
      expect(byId(rows), entity.name).toEqual(byId(asColumns));
    }
  });

  it('leave out hidden columns: no view of a user holds the password hash', async () => {
    await seedDemoIfEmpty(server.orm, createLogger('silent'));
    const em = server.orm.em.fork();
    expect(viewColumns(em, User, 'u')).not.toContain('password_hash');
    const [{ rows }] = await em.execute<{ rows: Record<string, unknown>[] }[]>(`select ${relatedRowsColumn(em, User, 'true', 'rows')}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(viewMapper(em, User)(row))).not.toContain('passwordHash');
    expect(Object.keys(rows[0]!)).not.toContain('password_hash');
  });
});
