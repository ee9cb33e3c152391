import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { insertLexiconWords, insertSearchRows } from '../../../test/search-rows.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { createContext } from '../../context.js';
import { SearchService } from './search.service.js';

// The statements of bench/search.ts, on the same kind of rows (a fifth as many): each table is reached through
// its GIN index on the stored search vector and the lexicon through its trigram index, never read whole.
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

describe('the search statements', () => {
  it.each(['sprakkafe', 'leksehjelp arabisk', 'flyktning', 'intervjutrening skien'])('use the GIN indexes for "%s"', async (q) => {
    const text = await plan(service.statement(await service.tsquery(q), {}, 20));
    for (const table of ['activity', 'event', 'resource', 'organisation']) expect(text).toContain(`Bitmap Index Scan on ${table}_search`);
    expect(text).not.toMatch(/Seq Scan on (activity|event|resource|organisation)\b/);
  });

  it('uses the trigram index to correct words', async () => {
    const text = await plan(service.correctionStatement(['språkafe', 'leksehjlp']));
    expect(text).toContain('Bitmap Index Scan on search_word_trgm');
    expect(text).not.toContain('Seq Scan on search_word');
  });
});
