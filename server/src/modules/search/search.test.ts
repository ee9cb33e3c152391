import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { MAX_MATCHES_PER_TYPE } from './search.service.js';

let server: TestServer;
let cookie: string;
let org: Organisation;
const year = new Date().getFullYear() + 1;
const weekly = { frequency: 'WEEKLY', interval: 1, weekdays: ['TU'], startDate: `${year}-01-01`, startTime: '18:00', endTime: '20:00' };

async function activity(input: Record<string, unknown>): Promise<string> {
  const res = await server.gql<{ activityCreate: { id: string } }>(`mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`, { i: { organisationId: org.id, municipalityNumber: '4003', schedule: weekly, ...input } }, { cookie });
  expect(res.errors).toBeUndefined();
  const id = res.data!.activityCreate.id;
  expect((await server.gql(`mutation($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }`, { id }, { cookie })).errors).toBeUndefined();
  return id;
}

interface Results {
  totalCount: number;
  didYouMean: string | null;
  showsDidYouMean: boolean;
  hits: { type: string; title: string; snippet: string }[];
}
async function search(query: string, filter: Record<string, unknown> = {}): Promise<Results> {
  const res = await server.gql<{ search: Results }>(
    `query($q: String!, $f: SearchFilter) { search(query: $q, filter: $f) { totalCount didYouMean showsDidYouMean hits { type title snippet } } }`,
    { q: query, f: filter },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.search;
}
const titles = (r: Results) => r.hits.map((h) => h.title);

beforeAll(async () => {
  server = await startTestServer();
  const make = factories(server);
  ({ org, cookie } = await make.orgAdmin({ org: { name: 'Skien Røde Kors' } }));
  await activity({ title: 'Språkkafé på biblioteket', description: 'Øv på norsk over en kopp kaffe. Alle er velkomne.', category: 'LANGUAGE_CAFE', languages: ['no', 'uk'] });
  await activity({ title: 'Mattehjelp for ungdom', description: 'Frivillige lærere hjelper med matte og norsk etter skolen.', category: 'HOMEWORK_HELP', languages: ['no', 'ar'], municipalityNumber: '4001' });
  await activity({ title: 'Mattehjelp for voksne', description: 'For deg som tar grunnskole som voksen.', category: 'HOMEWORK_HELP', languages: ['no', 'so'] });
  await activity({ title: 'Flyktningguide', description: 'En frivillig blir kjent med en nyankommen familie og viser dem byen.', category: 'MENTORING', languages: ['no'] });
});
afterAll(() => server.close());

describe('search that forgives', () => {
  it('folds accents: "sprakkafe" finds "Språkkafé"', async () => {
    expect(titles(await search('sprakkafe'))).toEqual(['Språkkafé på biblioteket']);
    expect(titles(await search('SPRÅKKAFÉ'))).toEqual(['Språkkafé på biblioteket']);
  });

  it('matches words across title, text, category and language names: "leksehjelp arabisk" finds homework help in Arabic', async () => {
    // Neither word is in the title or the text: "Leksehjelp" is the category, "arabisk" the language.
    expect(titles(await search('leksehjelp arabisk'))).toEqual(['Mattehjelp for ungdom']);
    expect(titles(await search('homework help Arabic'))).toEqual(['Mattehjelp for ungdom']);
    expect(titles(await search('leksehjelp somali'))).toEqual(['Mattehjelp for voksne']);
    // With the facets: the words and the filters combine.
    expect((await search('leksehjelp', { types: ['ACTIVITY'], language: 'ar' })).hits.map((h) => h.title)).toEqual(['Mattehjelp for ungdom']);
    expect((await search('leksehjelp', { municipality: '4003' })).hits.map((h) => h.title)).toEqual(['Mattehjelp for voksne']);
    expect((await search('leksehjelp arabisk', { municipality: '4003' })).totalCount).toBe(0);
  });

  it('lets a facet take several values: any of them matches, and the facets still combine', async () => {
    const both = await search('mattehjelp', { municipalities: ['4001', '4003'] });
    expect(titles(both).sort()).toEqual(['Mattehjelp for ungdom', 'Mattehjelp for voksne']);
    // The single field counts as one more value of its list.
    expect(titles(await search('mattehjelp', { municipality: '4001', municipalities: ['4003'] })).sort()).toEqual(['Mattehjelp for ungdom', 'Mattehjelp for voksne']);
    expect(titles(await search('mattehjelp', { languages: ['AR', 'so'] })).sort()).toEqual(['Mattehjelp for ungdom', 'Mattehjelp for voksne']);
    // Across facets every one must match: Arabic or Somali, in Skien (4003) only.
    expect(titles(await search('mattehjelp', { languages: ['ar', 'so'], municipalities: ['4003'] }))).toEqual(['Mattehjelp for voksne']);
    // The municipality facet counts with its own choice left out, so the other municipality stays offered.
    const res = await server.gql<{ search: { municipalityFacet: { value: string; count: number }[] } }>(
      `query($f: SearchFilter) { search(query: "mattehjelp", filter: $f) { municipalityFacet { value count } } }`,
      { f: { municipalities: ['4003'] } },
    );
    expect(res.data!.search.municipalityFacet.map((f) => f.value).sort()).toEqual(['4001', '4003']);
    // Bad values and too many are the user's mistake, not a 500.
    for (const f of [{ municipalities: ['Skien'] }, { topics: ['<b>'] }, { languages: Array.from({ length: 21 }, () => 'nb') }]) {
      const bad = await server.gql(`query($f: SearchFilter) { search(query: "mattehjelp", filter: $f) { totalCount } }`, { f });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('matches words as prefixes of compounds: "flyktning" finds "Flyktningguide"', async () => {
    expect(titles(await search('flyktning'))).toEqual(['Flyktningguide']);
    expect(titles(await search('flyktningene'))).toEqual(['Flyktningguide']); // stemmed, then a prefix
    expect(titles(await search('mattehj'))).toEqual(['Mattehjelp for ungdom', 'Mattehjelp for voksne']);
  });

  it('forgives typos: shows the corrected query\'s hits when the query finds nothing, and offers "mente du …?"', async () => {
    const typo = await search('språkafe');
    expect(typo).toMatchObject({ didYouMean: 'språkkafé', showsDidYouMean: true, totalCount: 1 });
    expect(titles(typo)).toEqual(['Språkkafé på biblioteket']);
    // Offered beside the query's own hits when the correction finds something too.
    const either = await search('Flyktnigguide OR biblioteket');
    expect(either).toMatchObject({ didYouMean: 'flyktningguide OR biblioteket', showsDidYouMean: false, totalCount: 1 });
    expect(titles(either)).toEqual(['Språkkafé på biblioteket']);
    // Never offered when the correction finds nothing either (no text has both words).
    expect(await search('Flyktnigguide biblioteket')).toMatchObject({ didYouMean: null, showsDidYouMean: false, totalCount: 0 });
    expect((await search('leksehjlp'))).toMatchObject({ didYouMean: 'leksehjelp', showsDidYouMean: true, totalCount: 2 });
    // Known words are not corrected, and nothing similar gives no suggestion.
    expect(await search('kaffe')).toMatchObject({ didYouMean: null, showsDidYouMean: false, totalCount: 1 });
    expect(await search('xqzwv')).toMatchObject({ didYouMean: null, showsDidYouMean: false, totalCount: 0 });
  });

  it('takes snippets from the text, never repeating the title', async () => {
    const [hit] = (await search('flyktningguide')).hits;
    expect(hit!.snippet).not.toContain('Flyktningguide');
    expect(hit!.snippet).toContain('En frivillig blir kjent');
    await activity({ title: 'Jobbsøkerkafé', description: '# Jobbsøkerkafé\n\nHjelp med CV og søknader.', category: 'JOB_SEEKING' });
    const [cafe] = (await search('jobbsøkerkafé')).hits;
    expect(cafe!.snippet).toBe('Hjelp med CV og søknader.');
    const [byText] = (await search('jobbsøker søknader')).hits;
    expect(byText!.snippet).toBe('Hjelp med CV og <mark>søknader</mark>.');
  });

  it('ranks and counts at most 250 matches of a type, and says so', async () => {
    await server.orm.em.getConnection().execute(
      `insert into activity (id, organisation_id, title, description, category, municipality_number, rrule, start_date, start_time, end_time, status, last_confirmed_at, created_at)
       select gen_random_uuid(), ?, 'Sjakklubb ' || g, 'Vi spiller sjakk.', 'CULTURE', '4003', 'FREQ=WEEKLY;BYDAY=TU', '2026-01-06', '18:00', '20:00', 'PUBLISHED', now(), now() from generate_series(1, ?) g`,
      [org.id, MAX_MATCHES_PER_TYPE + 1],
    );
    const res = await server.gql<{ search: { totalCount: number; totalCountCapped: boolean; hits: unknown[]; typeFacet: { value: string; count: number }[] } }>(
      `{ search(query: "sjakklubb", first: 5) { totalCount totalCountCapped hits { id } typeFacet { value count } } }`,
    );
    expect(res.data!.search).toMatchObject({ totalCount: MAX_MATCHES_PER_TYPE, totalCountCapped: true });
    expect(res.data!.search.hits).toHaveLength(5);
    expect(res.data!.search.typeFacet.find((f) => f.value === 'ACTIVITY')!.count).toBe(MAX_MATCHES_PER_TYPE);
    expect((await server.gql<{ search: { totalCountCapped: boolean } }>(`{ search(query: "flyktningguide") { totalCountCapped } }`)).data!.search.totalCountCapped).toBe(false);
  });

  it('keeps the search vector current when the text changes, and never loads it with the entity', async () => {
    const id = await activity({ title: 'Strikkekafé', description: 'Vi synger.', category: 'CULTURE' });
    const res = await server.gql(`mutation($id: ID!, $i: ActivityInput!) { activityUpdate(id: $id, input: $i) { id } }`, { id, i: { organisationId: org.id, title: 'Strikkekafé', description: 'Vi hekler også.', category: 'CULTURE', municipalityNumber: '4003', schedule: weekly } }, { cookie });
    expect(res.errors).toBeUndefined();
    expect(titles(await search('hekler'))).toEqual(['Strikkekafé']);
    expect(await search('synger')).toMatchObject({ totalCount: 0 });
    const catalogue = await server.gql<{ activities: { nodes: { title: string }[] } }>(`{ activities(filter: { search: "hekle" }) { nodes { title } } }`);
    expect(catalogue.data!.activities.nodes.map((n) => n.title)).toEqual(['Strikkekafé']);
  });
});
