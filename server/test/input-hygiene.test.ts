import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { PlatformRole, type User } from '../src/modules/accounts/user.entity.js';
import type { Organisation } from '../src/modules/organisations/organisation.entity.js';
import { factories, MINIMAL_PDF, postFile } from './factories.js';
import { startTestServer, type GqlResponse, type TestServer } from './test-server.js';
import { collect, wsClient } from './ws.js';

/** Issue 20, items 8 (input side), 11, 13, 14 and 16: what users type is cleaned in one place. */
let server: TestServer;
let make: ReturnType<typeof factories>;
let admin: User;
let cookie: string;
let org: Organisation;
let loggedErrors: MockInstance;
beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  ({ user: admin, org, cookie } = await make.orgAdmin({ user: { role: PlatformRole.ADMIN, name: 'Ada Admin' } }));
  loggedErrors = vi.spyOn(server.app.services.logger, 'error');
});
beforeEach(() => loggedErrors.mockClear());
afterAll(() => server.close());

const firstError = (res: GqlResponse) => ({ code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message, fields: res.errors?.[0]?.extensions?.fields });
const invalidCharacters = (field: string) => ({ code: 'BAD_USER_INPUT', message: 'validation/invalid_characters', fields: [{ field, message: 'validation/invalid_characters' }] });

const GROUP_CREATE = `mutation($i: GroupInput!) { groupCreate(input: $i) { id name } }`;
const group = (name: string) => server.gql<{ groupCreate: { id: string; name: string } }>(GROUP_CREATE, { i: { name, visibility: 'PUBLIC', joinPolicy: 'OPEN' } }, { cookie });

async function thread(): Promise<{ groupId: string; threadId: string }> {
  const g = await group(`Tråder ${Math.random().toString(36).slice(2, 8)}`);
  const t = await server.gql<{ threadCreate: { id: string } }>(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Hei", body: "Første") { id } }`, { g: g.data!.groupCreate.id }, { cookie });
  return { groupId: g.data!.groupCreate.id, threadId: t.data!.threadCreate.id };
}

describe('NUL bytes and subscriptions over HTTP (item 13)', () => {
  it('answers NUL in a search, a name, a message and an id with BAD_USER_INPUT and logs no error', async () => {
    const search = await server.gql(`query($q: String!) { search(query: $q) { totalCount } }`, { q: 'flykt\u0000ning' });
    expect(firstError(search)).toEqual(invalidCharacters('query'));
    // The same NUL written into the document itself.
    const literal = await server.gql(`{ search(query: "flykt\\u0000ning") { totalCount } }`);
    expect(firstError(literal)).toEqual(invalidCharacters('query'));

    expect(firstError(await group('Nett\u0000verk'))).toEqual(invalidCharacters('name'));
    const organisation = await server.gql(`mutation($i: OrganisationInput!) { organisationCreate(input: $i) { id } }`, { i: { name: 'Lag\u0000et', kind: 'VOLUNTARY' } }, { cookie });
    expect(firstError(organisation)).toEqual(invalidCharacters('name'));

    const { threadId } = await thread();
    const message = await server.gql(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: 'Hei\u0000 alle' }, { cookie });
    expect(firstError(message)).toEqual(invalidCharacters('body'));

    const id = await server.gql(`query($id: ID!) { group(id: $id) { id } }`, { id: `${threadId}\u0000` }, { cookie });
    expect(firstError(id)).toEqual(invalidCharacters('id'));
    expect(loggedErrors).not.toHaveBeenCalled();
  });

  it('answers NUL over graphql-ws the same way, in a subscription and in a mutation', async () => {
    const client = wsClient(server.port, cookie);
    try {
      const sub = collect(client, `subscription($g: ID!) { groupEvents(groupId: $g) { __typename } }`, { g: 'x\u0000' });
      const mutation = collect(client, `mutation($i: GroupInput!) { groupCreate(input: $i) { id } }`, { i: { name: 'Nett\u0000verk', visibility: 'PUBLIC', joinPolicy: 'OPEN' } });
      await vi.waitFor(() => expect(sub.completed && mutation.completed).toBe(true));
      for (const { errors } of [sub, mutation]) {
        expect(errors).toEqual([[expect.objectContaining({ message: 'validation/invalid_characters', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]]);
      }
    } finally {
      await client.dispose();
    }
    expect(loggedErrors).not.toHaveBeenCalled();
  });

  it('answers every query and mutation given NUL in all its strings with a typed error, never a 500', { timeout: 120_000 }, async () => {
    const schema = server.app.schema;
    const fields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())].filter((f) => f.args.some((a) => hasString(a.type)));
    const argsOf = (args: readonly GraphQLArgument[]) => args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const failures: string[] = [];
    for (const f of fields) {
      const operation = schema.getQueryType()!.getFields()[f.name] === f ? 'query' : 'mutation';
      const named = getNamedType(f.type);
      const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
      const query = `${operation}(${argsOf(f.args)}) { ${f.name}(${f.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
      const variables = Object.fromEntries(f.args.map((a) => [a.name, withNul(a.type)]));
      const res = await server.gql(query, variables, { cookie });
      const { code } = firstError(res);
      if (res.status >= 500 || code === 'INTERNAL_SERVER_ERROR' || !res.errors?.length) failures.push(`${f.name}: ${res.status} ${JSON.stringify(res.errors ?? res.data).slice(0, 200)}`);
    }
    expect(fields.length).toBeGreaterThan(40);
    expect(failures).toEqual([]);
    expect(loggedErrors).not.toHaveBeenCalled();
  });

  it('refuses a subscription sent over HTTP POST with 400 and says where subscriptions are served', async () => {
    const res = await server.gql(`subscription { notificationEvents { __typename } }`, {}, { cookie });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.errors?.[0]?.message).toMatch(/WebSocket/);
    const anonymous = await server.gql(`subscription($g: ID!) { groupEvents(groupId: $g) { __typename } }`, { g: admin.id });
    expect(anonymous.status).toBe(400);
    expect(loggedErrors).not.toHaveBeenCalled();
  });
});

/** Does `type` hold a String or ID anywhere? */
function hasString(type: GraphQLInputType, depth = 0): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID';
  if (isInputObjectType(named) && depth < 3) return Object.values(named.getFields()).some((f) => hasString(f.type, depth + 1));
  return false;
}

/** A value of `type` with NUL in every string, valid otherwise where that is easy. */
function withNul(type: GraphQLInputType, depth = 0): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [withNul(t.ofType, depth)];
  const named = getNamedType(t);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) return depth > 2 ? {} : Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, withNul(f.type, depth + 1)]));
  switch (named.name) {
    case 'String':
    case 'ID':
      return 'x\u0000y';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      return {};
  }
}

describe('single-line and multi-line text (items 8 and 14)', () => {
  it('turns line breaks and tabs in names and titles into spaces and drops other control characters', async () => {
    const organisation = await server.gql<{ organisationCreate: { name: string } }>(
      `mutation($i: OrganisationInput!) { organisationCreate(input: $i) { name } }`,
      { i: { name: ' Skien\r\nFrivilligsentral\tAS\u0007 ', kind: 'VOLUNTARY' } },
      { cookie },
    );
    expect(organisation.data?.organisationCreate.name).toBe('Skien Frivilligsentral AS');

    const { groupId } = await thread();
    const t = await server.gql<{ threadCreate: { title: string } }>(`mutation($g: ID!, $t: String!) { threadCreate(groupId: $g, title: $t, body: "Tekst") { title } }`, { g: groupId, t: 'Møte\r\nEND:VEVENT\r\nBEGIN:VEVENT' }, { cookie });
    expect(t.data?.threadCreate.title).toBe('Møte END:VEVENT BEGIN:VEVENT');

    const user = await make.user();
    const profile = await server.gql<{ profileUpdate: { name: string; title: string; profileTags: string[] } }>(
      `mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { name title profileTags } }`,
      { i: { name: 'Kari\nNordmann', title: 'Rådgiver\u001b[31m', profileTags: ['frivillig\r\n'] } },
      { cookie: await make.cookieFor(user) },
    );
    expect(profile.data?.profileUpdate).toEqual({ name: 'Kari Nordmann', title: 'Rådgiver[31m', profileTags: ['frivillig'] });
  });

  it('stores names in NFC', async () => {
    const res = await group('Nettverk for Ga\u030Ard og Gr\u00F8nland');
    expect(res.data?.groupCreate.name).toBe('Nettverk for G\u00E5rd og Gr\u00F8nland');
  });

  it('refuses bidi overrides and isolates, zero-width and other invisible characters in names', async () => {
    for (const name of ['Nettverk \u202Egnirts', '\u2066Nettverk\u2069 Skien', 'Lekse\u200Bhjelp', 'Lekse\uFEFFhjelp', 'Lekse\u00ADhjelp', '\u3164\u3164\u3164', 'Nett\u200Dverk\u200D\u200D', 'Navn \u200F']) {
      expect(firstError(await group(name)), JSON.stringify(name)).toEqual(invalidCharacters('name'));
    }
    const signUp = await server.gql(`mutation($i: AccountSignUpInput!) { accountSignUp(input: $i) }`, { i: { email: 'bidi@example.no', password: 'Riktig-hest-batteri-9', name: 'admin\u202E' } });
    expect(firstError(signUp)).toEqual(invalidCharacters('name'));
  });

  it('keeps the joiners that shape Persian words and emoji', async () => {
    const user = await make.user();
    const res = await server.gql<{ profileUpdate: { name: string } }>(`mutation($i: ProfileUpdateInput!) { profileUpdate(input: $i) { name } }`, { i: { name: 'نسرین می\u200Cخواهد' } }, { cookie: await make.cookieFor(user) });
    expect(res.data?.profileUpdate.name).toBe('نسرین می\u200Cخواهد');
    expect((await group('Kaffe \u2764\uFE0F og \u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).data?.groupCreate.name).toBe('Kaffe \u2764\uFE0F og \u{1F468}\u200D\u{1F469}\u200D\u{1F467}');
  });

  it('keeps newlines and tabs in multi-line text and drops other control characters', async () => {
    const { threadId } = await thread();
    const res = await server.gql<{ messagePost: { id: string } }>(`mutation($t: ID!, $b: String!) { messagePost(threadId: $t, body: $b) { id } }`, { t: threadId, b: 'Linje 1\r\nLinje 2\u0001\u0002\u007f\n\tinnrykk\rslutt' }, { cookie });
    const [row] = await server.orm.em.getConnection().execute<{ body: string }[]>('select body from message where id = ?', [res.data!.messagePost.id]);
    expect(row!.body).toBe('Linje 1\nLinje 2\n\tinnrykk\nslutt');
  });

  it('takes group names that differ only in case, Unicode form, invisible joiners, spacing or lookalike letters as the same name', async () => {
    const first = await group('Språkkafé Skien');
    expect(first.errors).toBeUndefined();
    const taken = { code: 'BAD_USER_INPUT', message: 'group/name_taken', fields: [{ field: 'name', message: 'group/name_taken' }] };
    for (const name of ['SPRÅKKAFÉ SKIEN', 'Spra\u030Akkafe\u0301 Skien', 'Språkkafé   Skien', 'Spr\u00E5kk\u0430f\u00E9 Skien', '\uFF33pråkkafé Skien', 'Språk\u200Ckafé Skien']) {
      expect(firstError(await group(name)), JSON.stringify(name)).toEqual(taken);
    }
    const other = await group('Språkkafé Porsgrunn');
    const rename = await server.gql(`mutation($id: ID!, $i: GroupInput!) { groupUpdate(id: $id, input: $i) { name } }`, { id: other.data!.groupCreate.id, i: { name: 'språkkafé skien' } }, { cookie });
    expect(firstError(rename)).toEqual(taken);
    // Renaming a group to another spelling of its own name is fine.
    const own = await server.gql<{ groupUpdate: { name: string } }>(`mutation($id: ID!, $i: GroupInput!) { groupUpdate(id: $id, input: $i) { name } }`, { id: first.data!.groupCreate.id, i: { name: 'SPRÅKKAFÉ SKIEN' } }, { cookie });
    expect(own.data?.groupUpdate.name).toBe('SPRÅKKAFÉ SKIEN');
  });

  it('takes grant scheme names the same way', async () => {
    const scheme = (name: string) => server.gql(`mutation($n: String!) { grantSchemeCreate(name: $n) { id } }`, { n: name }, { cookie });
    expect((await scheme('Integreringstilskudd')).errors).toBeUndefined();
    expect(firstError(await scheme('INTEGRERINGSTILSKUDD\u00A0'))).toEqual({ code: 'BAD_USER_INPUT', message: 'grant/name_taken', fields: [{ field: 'name', message: 'grant/name_taken' }] });
    expect(firstError(await scheme('Integr\u0435ringstilskudd'))).toMatchObject({ message: 'grant/name_taken' });
  });

  it('gives every String argument and input field of the schema a text rule, or names it here as free of one', () => {
    // Passwords, tokens, e-mail addresses, dates, language codes and cursors are checked by their own parsers.
    const RAW = new Set([
      'AccountSignUpInput.email', 'AccountSignUpInput.password', 'ActivityFilter.language', 'ActivityInput.contactEmail', 'ActivityInput.languages',
      'EventFilter.from', 'EventFilter.to', 'EventInput.startsAt', 'EventInput.endsAt', 'EventInput.registrationOpensAt', 'EventInput.registrationClosesAt', 'EventInput.language',
      'GrantRoundInput.opensAt', 'GrantRoundInput.closesAt', 'CriterionInput.key', 'ScoreInput.key', 'OrganisationInput.contactEmail', 'OrganisationInput.orgNumber',
      'OrganisationInviteInput.email', 'ResourceFilter.language', 'ResourceInput.languages', 'ScheduleInput.startDate', 'ScheduleInput.until', 'ScheduleInput.startTime',
      'ScheduleInput.endTime', 'SearchFilter.language', 'SearchFilter.languages',
      'SettlementYearInput.countyNumber', 'SettlementYearInput.surveyDeadline', 'SettlementMilestoneInput.date', 'SettlementDecisionInput.decidedOn',
      'ActivityFilter.languages', 'EventInput.reservedUntil', 'ReportRequirementInput.dueAt',
      // Each must be one of the question's options (questions.ts checks it).
      'RegistrationAnswerInput.choices',
    ]);
    const RAW_ARGS = new Set(['after', 'token', 'password', 'email', 'countyNumber', 'until', 'from', 'to', 'requestedDueAt']);
    const schema = server.app.schema;
    const unclassified: string[] = [];
    const isString = (type: GraphQLInputType) => getNamedType(type).name === 'String';
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) if (isString(f.type) && !f.extensions?.text && !RAW.has(`${type.name}.${f.name}`)) unclassified.push(`${type.name}.${f.name}`);
      } else if ('getFields' in type && !isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) {
          const rules = (f.extensions?.textArgs ?? {}) as Record<string, string>;
          for (const a of f.args) if (isString(a.type) && !rules[a.name] && !RAW_ARGS.has(a.name)) unclassified.push(`${type.name}.${f.name}(${a.name})`);
        }
      }
    }
    expect(unclassified).toEqual([]);
  });
});

describe('search snippets (item 11)', () => {
  const SEARCH = `query($q: String!) { search(query: $q) { hits { title snippet } } }`;
  const snippetOf = async (q: string, title: string) => (await server.gql<{ search: { hits: { title: string; snippet: string }[] } }>(SEARCH, { q })).data!.search.hits.find((h) => h.title === title)!.snippet;

  it('marks only the words that matched, whatever control characters the text holds', async () => {
    const res = await server.gql<{ resourceCreate: { id: string } }>(
      `mutation($i: ResourceInput!) { resourceCreate(input: $i) { id } }`,
      { i: { organisationId: org.id, title: 'Veileder om bosetting', summary: 'Et \u0001falskt\u0002 treff og mottaksarbeidet i kommunen', kind: 'GUIDE', access: 'PUBLIC' } },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    const snippet = await snippetOf('mottaksarbeidet', 'Veileder om bosetting');
    expect(snippet.match(/<mark>/g)).toHaveLength(1);
    expect(snippet).toContain('<mark>mottaksarbeidet</mark>');

    // Text stored before the input rule (or written around it) cannot make marks either.
    await server.orm.em.getConnection().execute(`update resource set summary = ?, title = ? where id = ?`, ['Et \u0001falskt\u0002 treff og mottaksarbeidet', 'Veileder om \u0001bosetting\u0002', res.data!.resourceCreate.id]);
    const legacy = await snippetOf('mottaksarbeidet', 'Veileder om \u0001bosetting\u0002');
    expect(legacy.match(/<mark>/g)).toHaveLength(1);
    // Only the title matched: the snippet is the text's beginning (it never repeats the title), with no marks.
    const titleOnly = (await snippetOf('veileder', 'Veileder om \u0001bosetting\u0002')) ?? '';
    expect(titleOnly.match(/<mark>/g)).toBeNull();
    expect([...titleOnly].filter((c) => c === '\u0001' || c === '\u0002')).toEqual([]);
  });
});

describe('also noticed (item 16)', () => {
  it("lists an organisation's activities with their offers to help", async () => {
    const created = await server.gql<{ activityCreate: { id: string } }>(
      `mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`,
      { i: { organisationId: org.id, title: 'Leksehjelp', category: 'HOMEWORK_HELP', municipalityNumber: '4003', schedule: { frequency: 'WEEKLY', interval: 1, weekdays: ['MO'], startDate: `${new Date().getFullYear()}-01-01`, startTime: '16:00', endTime: '18:00' } } },
      { cookie },
    );
    expect(created.errors).toBeUndefined();
    const res = await server.gql<{ activities: { nodes: { title: string; volunteerInterests: unknown[] | null }[] } }>(
      `query($o: ID!) { activities(filter: { organisationId: $o }) { nodes { title volunteerInterests { id } } } }`,
      { o: org.id },
      { cookie },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.activities.nodes).toEqual([{ title: 'Leksehjelp', volunteerInterests: [] }]);
    expect(loggedErrors).not.toHaveBeenCalled();
  });

  it('reads the names of uploaded files as UTF-8', async () => {
    const res = await server.gql<{ resourceCreate: { id: string } }>(`mutation($o: ID!) { resourceCreate(input: { organisationId: $o, title: "Søknadsmal", kind: DOCUMENT, access: PUBLIC }) { id } }`, { o: org.id }, { cookie });
    const upload = await postFile(`${server.url}/filer/ressurser/${res.data!.resourceCreate.id}`, MINIMAL_PDF, 'Søknad om støtte Ska\u030Ala.pdf', cookie);
    expect(upload.status).toBe(201);
    expect(((await upload.json()) as { filename: string }).filename).toBe('Søknad om støtte Skåla.pdf');
  });

  it('shows platformRole only to the user and to admins', async () => {
    const staff = await make.user({ role: PlatformRole.COUNTY_STAFF });
    const other = await make.user();
    await make.membership(org, staff);
    const q = `query($id: ID!) { viewer { platformRole } organisation(id: $id) { members { user { id platformRole } } } }`;
    type Res = { viewer: { platformRole: string | null }; organisation: { members: { user: { id: string; platformRole: string | null } }[] } };
    const roleOf = (res: GqlResponse<Res>, id: string) => res.data!.organisation.members.find((m) => m.user.id === id)!.user.platformRole;

    const asOther = await server.gql<Res>(q, { id: org.id }, { cookie: await make.cookieFor(other) });
    expect(asOther.errors).toBeUndefined();
    expect(asOther.data!.viewer.platformRole).toBe('USER');
    expect(roleOf(asOther, staff.id)).toBeNull();
    expect(roleOf(asOther, admin.id)).toBeNull();

    const asStaff = await server.gql<Res>(q, { id: org.id }, { cookie: await make.cookieFor(staff) });
    expect(asStaff.data!.viewer.platformRole).toBe('COUNTY_STAFF');
    expect(roleOf(asStaff, staff.id)).toBe('COUNTY_STAFF');
    expect(roleOf(asStaff, admin.id)).toBeNull();

    const asAdmin = await server.gql<Res>(q, { id: org.id }, { cookie });
    expect(roleOf(asAdmin, staff.id)).toBe('COUNTY_STAFF');
  });
});
