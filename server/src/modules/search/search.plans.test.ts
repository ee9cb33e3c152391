import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { insertLexiconWords, insertSearchRows } from '../../../test/search-rows.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { createContext } from '../../context.js';
import { SearchService } from './search.service.js';

// The statements of bench/search.ts, on the same kind of rows (a fifth as many): each table is reached through
// its GIN index on the stored search vector, or, where a word is so common that the first matches come sooner
// that way, read from the start only until the cap (MAX_MATCHES_PER_TYPE) is reached: never read whole. The
// lexicon is reached through its trigram index.
let server: TestServer;
let service: SearchService;
const plan = async ([sql, params]: [string, unknown[]]) =>
  (await server.orm.em.getConnection().execute<{ 'QUERY PLAN': string }[]>(`explain ${sql}`, params)).map((r) => r['QUERY PLAN']).join('\n');

beforeAll(async () => {
  server = await startTestServer();
  const org = await factories(server).organisation();
  await insertSearchRows(server.orm.em.fork(), org.id, 20_000);
  await insertLexiconWords(server.orm.em.fork(), 20_000);
  await server.orm.em.getConnection().execute('analyze');
  service = new SearchService(await createContext(server.app.services, {}));
}, 180_000);
afterAll(() => server.close());

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Every scan of the four searched tables in the executed plan, with the rows it read. */
async function scans([sql, params]: [string, unknown[]]) {
  const [row] = await server.orm.em.getConnection().execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (analyze, format json) ${sql}`, params);
  const found: { node: string; table: string; read: number }[] = [];
  const walk = (n: PlanNode) => {
    if (n['Relation Name'] && SEARCHED.includes(n['Relation Name'])) {
      found.push({ node: n['Node Type'], table: n['Relation Name'], read: (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0)) * n['Actual Loops'] });
    }
    for (const child of n.Plans ?? []) walk(child);
  };
  walk(row!['QUERY PLAN'][0].Plan);
  return found;
}
const SEARCHED = ['activity', 'event', 'resource', 'organisation'];

describe('the search statements', () => {
  it.each(['sprakkafe', 'leksehjelp arabisk', 'flyktning', 'intervjutrening skien', 'traumebevisst'])('never read a searched table whole for "%s"', async (q) => {
    const statement = service.statement(await service.tsquery(q), {}, 20);
    const text = await plan(statement);
    const found = await scans(statement);
    const counts = Object.fromEntries(
      await Promise.all(SEARCHED.map(async (t) => [t, Number((await server.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${t}`))[0]!.n)])),
    );
    for (const table of SEARCHED) expect(found.some((s) => s.table === table), `${table} is searched`).toBe(true);
    for (const s of found) {
      if (s.node === 'Bitmap Heap Scan') expect(text).toContain(`Bitmap Index Scan on ${s.table}_search`);
      else if (s.node === 'Seq Scan') expect(s.read, `${s.table} read from the start only up to the cap`).toBeLessThan(counts[s.table]! / 2);
      else if (s.node === 'Index Scan') expect(s.read, `${s.table}: the page of hits' texts by id`).toBeLessThanOrEqual(20);
      else expect.fail(`unexpected ${s.node} on ${s.table}`);
    }
  });

  it('uses the GIN indexes for a rare word (a number in a few titles of each table)', async () => {
    const text = await plan(service.statement(await service.tsquery('7777'), {}, 20));
    for (const table of SEARCHED) expect(text).toContain(`Bitmap Index Scan on ${table}_search`);
  });

  it('uses the trigram index to correct words', async () => {
    const text = await plan(service.correctionStatement(['språkafe', 'leksehjlp']));
    expect(text).toContain('Bitmap Index Scan on search_word_trgm');
    expect(text).not.toContain('Seq Scan on search_word');
  });
});
