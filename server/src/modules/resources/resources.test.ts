import { beforeAll, describe, expect, it } from 'vitest';
import { factories, MINIMAL_PDF, postFile } from '../../../test/factories.js';
import { fileKeys } from '../../common/files/keys.js';
import { testServerForFile } from '../../../test/test-server.js';
import { PlatformRole } from '../accounts/user.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { MAX_MATCHES_PER_TYPE } from '../search/search.service.js';
import { MAX_FILE_BYTES } from './files.js';

const server = testServerForFile();
const make = factories(server);
let cookie: string;
let org: Organisation;
beforeAll(async () => {
  ({ org, cookie } = await make.orgAdmin({ org: { name: 'Telemark fylkeskommune' } }));
});


async function create(input: Record<string, unknown>): Promise<string> {
  const res = await server.gql<{ resourceCreate: { id: string } }>(`mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId: org.id, ...input } }, { cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.resourceCreate.id;
}

const upload = (id: string, body: Buffer, name: string, as = cookie, header = true) => postFile(`${server.url}/filer/ressurser/${id}`, body, name, as, header);

describe('the resource library', () => {
  it('uploads a members-only MINIMAL_PDF, keeps earlier versions, and never serves it to anonymous visitors', async () => {
    const id = await create({ title: 'Veileder for å nå personer med innvandrerbakgrunn', summary: 'Råd om informasjon til flyktningene', kind: 'GUIDE', access: 'MEMBERS', languages: ['nb'] });
    const first = await upload(id, MINIMAL_PDF, 'veileder.pdf');
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ version: 1, filename: 'veileder.pdf', mimeType: 'application/pdf', size: MINIMAL_PDF.length });
    expect((await upload(id, Buffer.concat([MINIMAL_PDF, Buffer.from('% v2')]), 'veileder-v2.pdf')).status).toBe(201);

    const anonymous = await fetch(`${server.url}/filer/ressurser/${id}`);
    expect(anonymous.status).toBe(404);
    expect((await server.gql(`query($id: ID!) { resource(id: $id) { title } }`, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const member = await make.cookieFor(await make.user());
    const download = await fetch(`${server.url}/filer/ressurser/${id}`, { headers: { cookie: member } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''veileder-v2.pdf");
    const versions = await server.gql<{ resource: { versions: { version: number; url: string }[] } }>(`query($id: ID!) { resource(id: $id) { versions { version url } } }`, { id }, { cookie: member });
    expect(versions.data!.resource.versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await fetch(`${server.url}${versions.data!.resource.versions[1]!.url}`, { headers: { cookie: member } })).status).toBe(200);
  });

  it('checks the type by content, limits the size, and lets only the organisation upload', async () => {
    const id = await create({ title: 'Statistikk om innvandring i Telemark', kind: 'STATISTICS', access: 'PUBLIC' });
    const disguised = await upload(id, Buffer.from('<script>alert(1)</script>'), 'tall.pdf');
    expect(disguised.status).toBe(415);
    expect(await disguised.json()).toMatchObject({ errors: [{ message: 'resource/file_type_not_allowed' }] });
    const tooBig = await upload(id, Buffer.concat([MINIMAL_PDF, Buffer.alloc(MAX_FILE_BYTES)]), 'stor.pdf');
    expect(tooBig.status).toBe(413);
    expect((await upload(id, MINIMAL_PDF, 'x.pdf', await make.cookieFor(await make.user()))).status).toBe(403);
    expect((await upload(id, MINIMAL_PDF, 'x.pdf', cookie, false)).status).toBe(400); // no custom header: a cross-site form
    expect((await server.gql<{ resource: { currentVersion: number } }>(`query($id: ID!) { resource(id: $id) { currentVersion } }`, { id })).data!.resource.currentVersion).toBe(0);
  });

  it('requires a URL for links and a group for group-only resources', async () => {
    const link = await server.gql(`mutation($o: ID!) { resourceCreate(input: { organisationId: $o, title: "Nora", kind: LINK, access: PUBLIC }) { id } }`, { o: org.id }, { cookie });
    expect(link.errors?.[0]?.extensions?.fields).toEqual([{ field: 'url', message: 'resource/url_required' }]);
    const group = await server.gql(`mutation($o: ID!) { resourceCreate(input: { organisationId: $o, title: "Intern", kind: DOCUMENT, access: GROUP }) { id } }`, { o: org.id }, { cookie });
    expect(group.errors?.[0]?.extensions?.fields).toEqual([{ field: 'groupId', message: 'resource/group_required' }]);
  });
});

describe('linking a resource to an event', () => {
  const year = new Date().getFullYear() + 1;
  async function eventOf(hostCookie: string, organisationId: string, publish: boolean): Promise<string> {
    const made = await server.gql<{ eventCreate: { id: string } }>(
      `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
      { i: { organisationId, title: 'Hemmelig planlagt samling', description: 'Ikke kunngjort ennå', kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-05-01T09:00`, endsAt: `${year}-05-01T10:00` } },
      { cookie: hostCookie },
    );
    const id = made.data!.eventCreate.id;
    if (publish) await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id }, { cookie: hostCookie });
    return id;
  }

  it("refuses another organisation's event, on create and on update, and links one's own", async () => {
    const { org: other, cookie: otherCookie } = await make.orgAdmin();
    const foreignPublished = await eventOf(otherCookie, other.id, true);
    const foreignDraft = await eventOf(otherCookie, other.id, false);
    const own = await eventOf(cookie, org.id, true);

    const created = await server.gql(`mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`, { i: { organisationId: org.id, title: 'Lysark', kind: 'DOCUMENT', access: 'PUBLIC', eventId: foreignPublished } }, { cookie });
    expect(created.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const id = await create({ title: 'Lysark fra samlingen', kind: 'DOCUMENT', access: 'PUBLIC' });
    const update = (eventId: string | null) => server.gql<{ resourceUpdate: { event: { id: string } | null } }>(`mutation($id: ID!, $e: ID) { resourceUpdate(id: $id, input: { eventId: $e }) { event { id } } }`, { id, e: eventId }, { cookie });
    expect((await update(foreignPublished)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A draft of another organisation is not revealed to exist.
    expect((await update(foreignDraft)).errors?.[0]?.extensions?.fields).toEqual([{ field: 'eventId', message: 'event/not_found' }]);
    const listed = await server.gql<{ resources: { nodes: { id: string }[] } }>(`query($e: ID!) { resources(filter: { eventId: $e }) { nodes { id } } }`, { e: foreignPublished });
    expect(listed.data!.resources.nodes).toEqual([]);

    expect((await update(own)).data).toEqual({ resourceUpdate: { event: { id: own } } });
    expect((await update(null)).data).toEqual({ resourceUpdate: { event: null } });
    // County staff manage every event, so they may link one.
    const staffCookie = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    const staffLinked = await server.gql(`mutation($id: ID!, $e: ID) { resourceUpdate(id: $id, input: { eventId: $e }) { event { id } } }`, { id, e: foreignPublished }, { cookie: staffCookie });
    expect(staffLinked.data).toEqual({ resourceUpdate: { event: { id: foreignPublished } } });
  });

  it("answers Resource.event with a draft's title only to those who manage the event", async () => {
    const draft = await eventOf(cookie, org.id, false);
    const id = await create({ title: 'Program for samlingen', kind: 'DOCUMENT', access: 'PUBLIC', eventId: draft });
    const q = `query($id: ID!) { resource(id: $id) { event { id title description } } }`;
    expect((await server.gql(q, { id })).data).toEqual({ resource: { event: null } });
    expect((await server.gql(q, { id }, { cookie: await make.cookieFor(await make.user()) })).data).toEqual({ resource: { event: null } });
    expect((await server.gql(q, { id }, { cookie })).data).toEqual({ resource: { event: { id: draft, title: 'Hemmelig planlagt samling', description: 'Ikke kunngjort ennå' } } });
    await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id: draft }, { cookie });
    expect((await server.gql(q, { id })).data).toMatchObject({ resource: { event: { id: draft } } });
  });
});

describe('a hidden group resource', () => {
  it('serves its file to the group’s moderators and county staff, not to the group’s members', async () => {
    const owner = await make.cookieFor(await make.user({ name: 'Gruppeeier' }));
    const member = await make.cookieFor(await make.user());
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    const g = await server.gql<{ groupCreate: { id: string } }>(`mutation { groupCreate(input: { name: "Leksehjelp Skien ${Math.random()}", visibility: MEMBERS, joinPolicy: OPEN }) { id } }`, {}, { cookie: owner });
    for (const c of [member, cookie]) await server.gql(`mutation($g: ID!) { groupJoin(groupId: $g) { status } }`, { g: g.data!.groupCreate.id }, { cookie: c });
    const id = await create({ title: 'Intern plan', kind: 'DOCUMENT', access: 'GROUP', groupId: g.data!.groupCreate.id });
    expect((await upload(id, MINIMAL_PDF, 'plan.pdf')).status).toBe(201);
    const status = async (as: string) => (await fetch(`${server.url}/filer/ressurser/${id}`, { headers: { cookie: as } })).status;
    expect(await status(member)).toBe(200);
    const hidden = await server.gql(`mutation($id: ID!) { contentHide(type: RESOURCE, contentId: $id, reason: "Personopplysninger") { id } }`, { id }, { cookie: owner });
    expect(hidden.errors).toBeUndefined();
    expect([await status(owner), await status(staff), await status(member)]).toEqual([200, 200, 404]);
  });
});

describe('deleting a resource', () => {
  it('removes its files from the file storage along with the rows, and only for those who manage it', async () => {
    const id = await create({ title: 'Utkast til veileder', kind: 'DOCUMENT', access: 'PUBLIC' });
    expect((await upload(id, MINIMAL_PDF, 'utkast.pdf')).status).toBe(201);
    const stored = async () => {
      let n = 0;
      for await (const _file of server.app.services.files.list(fileKeys.resource(id))) n++;
      return n;
    };
    expect(await stored()).toBe(1);
    const outsider = await make.cookieFor(await make.user());
    const refused = await server.gql(`mutation($id: ID!) { resourceDelete(id: $id) }`, { id }, { cookie: outsider });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored()).toBe(1);
    expect((await server.gql<{ resourceDelete: boolean }>(`mutation($id: ID!) { resourceDelete(id: $id) }`, { id }, { cookie })).data?.resourceDelete).toBe(true);
    expect(await stored()).toBe(0);
    expect((await fetch(`${server.url}/filer/ressurser/${id}`)).status).toBe(404);
  });

  it('refuses an upload from someone who may not upload before reading the file', async () => {
    const id = await create({ title: 'Bare for organisasjonen', kind: 'DOCUMENT', access: 'PUBLIC' });
    const outsider = await make.cookieFor(await make.user());
    expect((await upload(id, MINIMAL_PDF, 'x.pdf', outsider)).status).toBe(403);
    expect((await upload(id, MINIMAL_PDF, 'x.pdf', '')).status).toBe(401);
    expect((await upload(id, MINIMAL_PDF, 'x.pdf', cookie, false)).status).toBe(400);
  });
});

describe('search across the platform', () => {
  it('finds "flyktning" from "flyktningene", shows only what the searcher may see, with highlighted snippets', async () => {
    await create({ title: 'Hjelp til flyktning og familie', summary: 'For frivillige som møter en flyktning for første gang', kind: 'GUIDE', access: 'PUBLIC' });
    const anonymous = await server.gql<{ search: { hits: { type: string; title: string; snippet: string }[]; typeFacet: { value: string; count: number }[] } }>(
      `{ search(query: "flyktningene") { hits { type title snippet } typeFacet { value count } } }`,
    );
    expect(anonymous.errors).toBeUndefined();
    const titles = anonymous.data!.search.hits.map((h) => h.title);
    expect(titles).toContain('Hjelp til flyktning og familie');
    expect(titles).not.toContain('Veileder for å nå personer med innvandrerbakgrunn'); // members only
    expect(anonymous.data!.search.hits.find((h) => h.title === 'Hjelp til flyktning og familie')!.snippet).toContain('<mark>flyktning</mark>');

    const member = await make.cookieFor(await make.user());
    const signedIn = await server.gql<{ search: { hits: { title: string }[] } }>(`{ search(query: "flyktningene", filter: { types: [RESOURCE] }) { hits { title } } }`, {}, { cookie: member });
    expect(signedIn.data!.search.hits.map((h) => h.title)).toEqual(expect.arrayContaining(['Veileder for å nå personer med innvandrerbakgrunn', 'Hjelp til flyktning og familie']));
  });

  it('escapes what users wrote in snippets', async () => {
    await create({ title: 'Farlig flyktningtekst', summary: '<img src=x onerror=alert(1)> flyktningtekst', kind: 'DOCUMENT', access: 'PUBLIC' });
    const res = await server.gql<{ search: { hits: { snippet: string }[] } }>(`{ search(query: "flyktningtekst") { hits { snippet } } }`);
    expect(res.data!.search.hits[0]!.snippet).not.toContain('<img');
    expect(res.data!.search.hits[0]!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/); // only our own tags
  });

  it('makes snippets from the text (its start when only the title matched), without markdown marks', async () => {
    await create({ title: 'Kulturtolkveiledning', summary: '**Viktig:** les [hele teksten](https://example.no) før _samtalen_.', kind: 'GUIDE', access: 'PUBLIC' });
    const byTitle = await server.gql<{ search: { hits: { snippet: string }[] } }>(`{ search(query: "kulturtolkveiledning") { hits { snippet } } }`);
    expect(byTitle.data!.search.hits[0]!.snippet).toBe('Viktig: les hele teksten før samtalen.');
    const byText = await server.gql<{ search: { hits: { snippet: string }[] } }>(`{ search(query: "samtalen") { hits { snippet } } }`);
    expect(byText.data!.search.hits[0]!.snippet).toBe('Viktig: les hele teksten før <mark>samtalen</mark>');
  });

  it('counts each facet with every filter but its own, and pages hits after filtering', async () => {
    await create({ title: 'Tolketjeneste A', summary: 'Om tolketjenesten', kind: 'GUIDE', access: 'PUBLIC', topicSlugs: ['settlement'], languages: ['nb'] });
    await create({ title: 'Tolketjeneste B', summary: 'Om tolketjenesten', kind: 'GUIDE', access: 'PUBLIC', topicSlugs: ['settlement', 'working-life'], languages: ['en'] });
    await create({ title: 'Tolketjeneste C', summary: 'Om tolketjenesten', kind: 'GUIDE', access: 'PUBLIC', topicSlugs: ['working-life'], languages: ['nb'] });
    type Res = { search: { totalCount: number; hits: { title: string }[]; typeFacet: { value: string; count: number }[]; topicFacet: { value: string; count: number }[]; languageFacet: { value: string; count: number }[] } };
    const search = async (filter: Record<string, unknown>, first = 10) => {
      const res = await server.gql<Res>(`query($f: SearchFilter, $n: Int) { search(query: "tolketjenesten", filter: $f, first: $n) { totalCount hits { title } typeFacet { value count } topicFacet { value count } languageFacet { value count } } }`, { f: filter, n: first });
      expect(res.errors).toBeUndefined();
      return res.data!.search;
    };
    const all = await search({});
    expect(all.totalCount).toBe(3);
    expect(all.topicFacet).toEqual([{ value: 'settlement', count: 2 }, { value: 'working-life', count: 2 }]);
    expect(all.languageFacet).toEqual([{ value: 'nb', count: 2 }, { value: 'en', count: 1 }]);

    const settlementInNb = await search({ topic: 'settlement', language: 'nb' });
    expect(settlementInNb.hits.map((h) => h.title)).toEqual(['Tolketjeneste A']);
    expect(settlementInNb.totalCount).toBe(1);
    // Topics counted among nb resources, languages among settlement resources.
    expect(settlementInNb.topicFacet).toEqual([{ value: 'settlement', count: 1 }, { value: 'working-life', count: 1 }]);
    expect(settlementInNb.languageFacet).toEqual([{ value: 'en', count: 1 }, { value: 'nb', count: 1 }]);
    expect(settlementInNb.typeFacet.find((f) => f.value === 'RESOURCE')!.count).toBe(1);

    const firstOnly = await search({ topic: 'working-life' }, 1);
    expect(firstOnly.hits).toHaveLength(1);
    expect(firstOnly.totalCount).toBe(2);
    // Types the viewer cannot see give nothing, not an error.
    const messagesAnonymously = await search({ types: ['MESSAGE'] });
    expect(messagesAnonymously).toMatchObject({ totalCount: 0, hits: [], topicFacet: [], languageFacet: [] });
  });

  it('uses the GIN indexes with 10 000 rows', async () => {
    const conn = server.orm.em.getConnection();
    await conn.execute(`insert into organisation (id, name, kind, description, created_at) select gen_random_uuid(), 'Forening ' || g, 'VOLUNTARY', 'Arbeid med ' || (array['bosetting','språk','jobb','flyktninger'])[1 + g % 4], now() from generate_series(1, 10000) g`);
    await conn.execute(`insert into resource (id, organisation_id, title, summary, kind, access, created_at) select gen_random_uuid(), ?, 'Ressurs ' || g, 'Om ' || (array['bosetting','språk','jobb','flyktninger'])[1 + g % 4], 'GUIDE', 'PUBLIC', now() from generate_series(1, 10000) g`, [org.id]);
    await conn.execute('analyze organisation; analyze resource');
    for (const table of ['organisation', 'resource']) {
      const plan = await conn.execute<{ 'QUERY PLAN': string }[]>(`explain select id from ${table} where search_vector @@ websearch_to_tsquery('norwegian_folded', 'kulturtolkveiledning')`); // a rare word: a quarter of the rows would be read whole
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain(`Bitmap Index Scan on ${table}_search`);
    }
    const res = await server.gql<{ search: { totalCountCapped: boolean; typeFacet: { value: string; count: number }[] } }>(`{ search(query: "flyktningene", first: 5) { totalCountCapped typeFacet { value count } } }`);
    // 2,500 match: at most MAX_MATCHES_PER_TYPE of a type are counted.
    expect(res.data!.search.typeFacet.find((f) => f.value === 'ORGANISATION')!.count).toBe(MAX_MATCHES_PER_TYPE);
    expect(res.data!.search.totalCountCapped).toBe(true);
  });
});
