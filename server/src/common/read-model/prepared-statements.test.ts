import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormOptions } from '../../orm.js';
import { createScratchDatabase } from '../../db/scratch.js';

let db: Awaited<ReturnType<typeof createScratchDatabase>>;
let orm: MikroORM;
beforeAll(async () => {
  db = await createScratchDatabase(inject('pgServerUrl'), 'prepared');
  // One connection, so that what one statement prepares the next one sees.
  orm = await MikroORM.init({ ...ormOptions(db.url), pool: { min: 1, max: 1 } });
  await orm.em.execute('create table probe (id int primary key, name text)');
  await orm.em.execute(`insert into probe values (1, 'en'), (2, 'to')`);
});
afterAll(async () => {
  await orm.close();
  await db.drop();
});

const preparedProbes = async () => (await orm.em.execute<{ statement: string }[]>(`select statement from pg_prepared_statements where statement like '%from probe%'`)).map((r) => r.statement);

describe('prepared statements', () => {
  it('prepares a statement with values once and runs it again by name, with the values kept apart', async () => {
    for (const id of [1, 2, 1]) expect(await orm.em.execute('select name from probe where id = ?', [id])).toEqual([{ name: id === 1 ? 'en' : 'to' }]);
    expect(await preparedProbes()).toEqual(['select name from probe where id = $1']);
    // A value is a value, never SQL.
    expect(await orm.em.execute('select name from probe where name = ?', [`en' or '1'='1`])).toEqual([]);
  });

  it('answers after a migration changed the columns under a prepared `select *`, and prepares it afresh', async () => {
    const select = 'select * from probe where id = ? order by id';
    expect(await orm.em.execute(select, [1])).toEqual([{ id: 1, name: 'en' }]);
    await orm.em.execute('alter table probe add column place text');
    expect(await orm.em.execute(select, [1])).toEqual([{ id: 1, name: 'en', place: null }]);
    expect(await orm.em.execute(select, [2])).toEqual([{ id: 2, name: 'to', place: null }]);
    expect((await preparedProbes()).filter((s) => s.startsWith('select * from probe')).length).toBe(2);
  });

  it('runs inside a transaction on its connection, converts errors as the ORM does, and tells knex’s listeners', async () => {
    const sent: string[] = [];
    const knex = orm.em.getConnection().getKnex();
    const listen = (q: { sql: string }) => sent.push(q.sql);
    knex.on('query', listen);
    try {
      await orm.em
        .transactional(async (em) => {
          await em.execute('insert into probe (id, name) values (?, ?)', [3, 'tre']);
          expect(await em.execute('select name from probe where id = ?', [3])).toEqual([{ name: 'tre' }]); // uncommitted: the same connection
          throw new Error('roll back');
        })
        .catch((e: Error) => expect(e.message).toBe('roll back'));
      expect(await orm.em.execute('select name from probe where id = ?', [3])).toEqual([]);
      await expect(orm.em.execute('insert into probe (id, name) values (?, ?)', [1, 'igjen'])).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    } finally {
      knex.off('query', listen);
    }
    expect(sent.filter((q) => q.includes('probe'))).toEqual([
      'insert into probe (id, name) values (?, ?)',
      'select name from probe where id = ?',
      'select name from probe where id = ?',
      'insert into probe (id, name) values (?, ?)',
    ]);
    const inserts = await orm.em.execute<{ statement: string }[]>(`select statement from pg_prepared_statements where statement like 'insert into probe%'`);
    expect(inserts).toEqual([{ statement: 'insert into probe (id, name) values ($1, $2)' }]);
  });

  it('leaves a literal question mark (knex’s \\?) and identifiers (??) to the ORM', async () => {
    expect(await orm.em.execute(`select name || '\\?' as asked from probe where id = ?`, [1])).toEqual([{ asked: 'en?' }]);
    expect(await orm.em.execute('select ?? from probe where id = ?', ['name', 2])).toEqual([{ name: 'to' }]);
    expect((await preparedProbes()).some((s) => s.includes('asked') || s.includes('"name"'))).toBe(false);
  });

  it('leaves statements whose values are not plain (lists) to the ORM', async () => {
    expect(await orm.em.execute('select name from probe where id in (?) order by id', [[1, 2]])).toEqual([{ name: 'en' }, { name: 'to' }]);
    expect((await preparedProbes()).some((s) => s.includes('id in'))).toBe(false);
  });
});
