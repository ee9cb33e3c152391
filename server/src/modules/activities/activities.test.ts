import { beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { Activity, VolunteerInterest } from './activity.entity.js';
import { activityUpkeep } from './activity.service.js';

const server = testServerForFile();
const make = factories(server);
let cookie: string;
let org: Organisation;
beforeAll(async () => {
  ({ org, cookie } = await make.orgAdmin({ user: { name: 'Leder', email: 'leder@example.no' }, org: { name: 'Skien Røde Kors' } }));
});

const year = new Date().getFullYear();
const weekly = (weekdays: string[], startTime = '18:00', endTime = '20:00') => ({ frequency: 'WEEKLY', interval: 1, weekdays, startDate: `${year}-01-01`, startTime, endTime });
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];

async function activity(input: Record<string, unknown>, publish = true): Promise<string> {
  const res = await server.gql<{ activityCreate: { id: string } }>(`mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`, { i: { organisationId: org.id, ...input } }, { cookie });
  expect(res.errors).toBeUndefined();
  const id = res.data!.activityCreate.id;
  if (publish) await server.gql(`mutation($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }`, { id }, { cookie });
  return id;
}

const CATALOGUE = `query($f: ActivityFilter) { activities(filter: $f, first: 50) { totalCount nodes { title scheduleText(language: nb) stale } facets { municipality { value count } category { value count } language { value count } weekday { value count } dropIn { value count } } } }`;
type Catalogue = { activities: { totalCount: number; nodes: { title: string; scheduleText: string; stale: boolean }[]; facets: Record<string, { value: string; count: number }[]> } };

describe('the activity catalogue', () => {
  beforeAll(async () => {
    await activity({ title: 'Språkkafé på biblioteket', description: 'Vi snakker norsk sammen. Velkommen til flyktninger og andre nye innbyggere.', category: 'LANGUAGE_CAFE', municipalityNumber: '4003', languages: ['no', 'ar'], targetGroups: ['ADULTS'], schedule: weekly(['TU']) });
    await activity({ title: 'Leksehjelp for ungdom', description: 'Hjelp med matte og norsk.', category: 'HOMEWORK_HELP', municipalityNumber: '4003', languages: ['no', 'uk'], targetGroups: ['YOUTH'], dropIn: false, schedule: weekly(['MO', 'WE'], '16:00', '18:00') });
    await activity({ title: 'Språkkafé i Porsgrunn', description: 'Norsktrening over en kopp kaffe.', category: 'LANGUAGE_CAFE', municipalityNumber: '4001', languages: ['no', 'ar'], schedule: weekly(['TH']) });
    await activity({ title: 'Utkast som ikke vises', category: 'CULTURE', municipalityNumber: '4003', schedule: weekly(['FR']) }, false);
  });

  it('filters Skien + language café + Arabic, with facet counts that ignore their own filter', async () => {
    const res = await server.gql<Catalogue>(CATALOGUE, { f: { municipality: '4003', category: 'LANGUAGE_CAFE', language: 'ar' } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.activities.nodes).toEqual([{ title: 'Språkkafé på biblioteket', scheduleText: 'Hver tirsdag 18:00–20:00', stale: false }]);
    const f = res.data!.activities.facets;
    expect(f.municipality).toEqual(expect.arrayContaining([{ value: '4003', count: 1 }, { value: '4001', count: 1 }]));
    expect(f.category).toEqual(expect.arrayContaining([{ value: 'LANGUAGE_CAFE', count: 1 }]));
    expect(f.weekday).toEqual([{ value: 'TU', count: 1 }]);
  });

  it('lets a facet take several values: any of them within a facet, all facets together', async () => {
    const both = await server.gql<Catalogue>(CATALOGUE, { f: { municipalities: ['4003', '4001'], categories: ['LANGUAGE_CAFE'] } });
    expect(both.errors).toBeUndefined();
    expect(both.data!.activities.nodes.map((n) => n.title).sort()).toEqual(['Språkkafé i Porsgrunn', 'Språkkafé på biblioteket']);
    const days = await server.gql<Catalogue>(CATALOGUE, { f: { weekdays: ['MO', 'TH'], languages: ['UK', 'ar'] } });
    expect(days.data!.activities.nodes.map((n) => n.title).sort()).toEqual(['Leksehjelp for ungdom', 'Språkkafé i Porsgrunn']);
    // The weekday facet still counts every day the other filters allow.
    expect(days.data!.activities.facets.weekday).toEqual(expect.arrayContaining([{ value: 'TU', count: 1 }]));
    const bad = await server.gql(CATALOGUE, { f: { languages: ['a}b'] } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds inflected Norwegian words (stemming) and hides drafts', async () => {
    const res = await server.gql<Catalogue>(CATALOGUE, { f: { search: 'flyktning' } });
    expect(res.data!.activities.nodes.map((n) => n.title)).toEqual(['Språkkafé på biblioteket']);
    const all = await server.gql<Catalogue>(CATALOGUE, {});
    expect(all.data!.activities.nodes.map((n) => n.title)).not.toContain('Utkast som ikke vises');
  });

  it('pages in one order, counts past the end, and shows on each card what activity(id) shows, in statements that do not grow with the page', async () => {
    // The catalogue reads rows without the ORM's unit of work (common/read-model/rows.ts).
    const CARD = `id title category status stale dropIn languages targetGroups nextOccurrenceAt scheduleText(language: nn) description
                  schedule { frequency weekdays startTime } municipality { number name countyName } organisation { id name } viewerCan { manage }`;
    const page = (first: number, after?: string) =>
      server.gql<{ activities: { totalCount: number; pageInfo: { endCursor: string | null }; nodes: Record<string, unknown>[] } }>(
        `query($n: Int!, $a: String) { activities(first: $n, after: $a) { totalCount pageInfo { endCursor } nodes { ${CARD} } } }`, { n: first, a: after }, { cookie });
    const all = (await page(50)).data!.activities;
    expect(all.totalCount).toBe(3);
    const first = (await page(2)).data!.activities;
    const rest = (await page(2, first.pageInfo.endCursor!)).data!.activities;
    expect([...first.nodes, ...rest.nodes].map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    expect((await page(2, Buffer.from('o:10').toString('base64url'))).data!.activities).toMatchObject({ totalCount: 3, nodes: [] });
    for (const node of all.nodes) {
      const one = await server.gql<{ activity: Record<string, unknown> }>(`query($id: ID!) { activity(id: $id) { ${CARD} } }`, { id: node.id }, { cookie });
      expect(node).toEqual(one.data!.activity);
    }
    const statementsFor = async (first: number) => {
      const { result, statements } = await server.countStatements(() => page(first));
      expect(result.data!.activities.nodes).toHaveLength(first);
      return statements;
    };
    expect(await statementsFor(1)).toBe(await statementsFor(3));
  });

  it.each([
    ['a schedule that never occurs', { schedule: { ...weekly(['MO']), startDate: '2030-03-06', until: '2030-03-08' } }, 'schedule.until', 'activity/never_occurs'],
    ['an end before the start', { schedule: weekly(['MO'], '18:00', '17:00') }, 'schedule.endTime', 'activity/ends_before_start'],
    ['an unknown municipality', { municipalityNumber: '9999' }, 'municipalityNumber', 'municipality/unknown'],
    ['a made-up language', { languages: ['arabisk!'] }, 'languages', 'activity/language_invalid'],
  ])('refuses %s with a clear error and saves nothing', async (_label, override, field, message) => {
    const before = await server.orm.em.fork().count(Activity);
    const res = await server.gql(`mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`, { i: { organisationId: org.id, title: 'Feil', category: 'OTHER', municipalityNumber: '4003', schedule: weekly(['MO']), ...override } }, { cookie });
    expect(fieldsOf(res)).toEqual([{ field, message }]);
    expect(await server.orm.em.fork().count(Activity)).toBe(before);
  });

  it('refuses an unknown category as invalid input', async () => {
    const res = await server.gql(`mutation { activityCreate(input: { title: "X", category: ASTROLOGY }) { id } }`, {}, { cookie });
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('freshness, volunteers and feeds', () => {
  it('flags and ranks stale listings last, reminds the organisation, and a confirmation makes it fresh again', async () => {
    const id = await activity({ title: 'Gammel turgruppe', category: 'SPORTS_OUTDOOR', municipalityNumber: '4005', schedule: weekly(['SA'], '10:00', '12:00') });
    await activity({ title: 'Ny turgruppe', category: 'SPORTS_OUTDOOR', municipalityNumber: '4005', schedule: weekly(['SA'], '13:00', '15:00') });
    await server.orm.em.fork().nativeUpdate(Activity, { id }, { lastConfirmedAt: new Date(Date.now() - 181 * 86_400_000) });
    const list = await server.gql<Catalogue>(CATALOGUE, { f: { municipality: '4005' } });
    expect(list.data!.activities.nodes.map((n) => [n.title, n.stale])).toEqual([['Ny turgruppe', false], ['Gammel turgruppe', true]]);

    const result = await activityUpkeep({ em: server.orm.em.fork(), mailer: server.app.services.mailer, logger: server.app.services.logger, publicUrl: 'http://localhost' });
    expect(result.staleReminded).toBe(1);
    expect((await server.mails('leder@example.no'))[0]?.subject).toBe('Går «Gammel turgruppe» fortsatt?');
    const inbox = await server.gql<{ notifications: { nodes: { type: string }[] } }>(`{ notifications { nodes { type } } }`, {}, { cookie });
    expect(inbox.data!.notifications.nodes.map((n) => n.type)).toContain('ACTIVITY_STALE');
    expect((await activityUpkeep({ em: server.orm.em.fork(), mailer: server.app.services.mailer, logger: server.app.services.logger, publicUrl: 'x' })).staleReminded).toBe(0);

    await server.gql(`mutation($id: ID!) { activityConfirm(id: $id) { id } }`, { id }, { cookie });
    expect((await server.gql<{ activity: { stale: boolean } }>(`query($id: ID!) { activity(id: $id) { stale } }`, { id })).data!.activity.stale).toBe(false);
  });

  it('passes a volunteer offer to the organisation, which answers; an unanswered one is reminded after 3 days', async () => {
    const id = await activity({ title: 'Mentorordning', category: 'MENTORING', municipalityNumber: '4003', schedule: weekly(['TH']) });
    const volunteer = await make.user({ name: 'Frivillig Fredrik' });
    const vCookie = await make.cookieFor(volunteer);
    const offer = await server.gql<{ activityVolunteer: { id: string; status: string } }>(`mutation($id: ID!) { activityVolunteer(activityId: $id, message: "Jeg kan være mentor") { id status } }`, { id }, { cookie: vCookie });
    expect(offer.data!.activityVolunteer.status).toBe('PENDING');
    expect((await server.gql(`mutation($id: ID!) { activityVolunteer(activityId: $id) { id } }`, { id }, { cookie: vCookie })).errors?.[0]?.message).toBe('activity/already_offered');

    await server.orm.em.fork().nativeUpdate(VolunteerInterest, { id: offer.data!.activityVolunteer.id }, { createdAt: new Date(Date.now() - 4 * 86_400_000) });
    expect((await activityUpkeep({ em: server.orm.em.fork(), mailer: server.app.services.mailer, logger: server.app.services.logger, publicUrl: 'x' })).volunteerReminded).toBe(1);

    const answered = await server.gql(`mutation($id: ID!) { volunteerInterestAnswer(id: $id, accepted: true) { status } }`, { id: offer.data!.activityVolunteer.id }, { cookie });
    expect(answered.data).toEqual({ volunteerInterestAnswer: { status: 'ACCEPTED' } });
    const inbox = await server.gql<{ notifications: { nodes: { type: string; details: { accepted: boolean } }[] } }>(`{ notifications { nodes { type details { accepted } } } }`, {}, { cookie: vCookie });
    expect(inbox.data!.notifications.nodes).toEqual([{ type: 'VOLUNTEER_ANSWERED', details: { accepted: true } }]);
  });

  it('moves a listing only as the status table says, and viewerCan offers the organisation exactly those moves', async () => {
    const id = await activity({ title: 'Sykkelkurs', category: 'CULTURE', municipalityNumber: '4003', schedule: weekly(['SA']) }, false);
    const outsider = await make.cookieFor(await make.user());
    const CAN = `query($id: ID!) { activity(id: $id) { status viewerCan { manage publish pause archive } } }`;
    const SET = `mutation($id: ID!, $s: ActivityStatus!) { activitySetStatus(id: $id, status: $s) { status } }`;
    const state = async (c = cookie) => (await server.gql<{ activity: { status: string; viewerCan: Record<string, boolean> } }>(CAN, { id }, { cookie: c })).data!.activity;
    const refused = async (s: string) => (await server.gql(SET, { id, s }, { cookie })).errors?.[0];

    expect(await state()).toEqual({ status: 'DRAFT', viewerCan: { manage: true, publish: true, pause: false, archive: true } });
    expect(await refused('PAUSED')).toMatchObject({ message: 'activity/transition_invalid', extensions: { code: 'CONFLICT', from: 'DRAFT', to: 'PAUSED' } });
    await server.gql(SET, { id, s: 'PUBLISHED' }, { cookie });
    expect(await state()).toEqual({ status: 'PUBLISHED', viewerCan: { manage: true, publish: false, pause: true, archive: true } });
    expect((await state(outsider)).viewerCan).toEqual({ manage: false, publish: false, pause: false, archive: false });
    expect(await refused('PUBLISHED')).toMatchObject({ message: 'activity/transition_invalid' });
    await server.gql(SET, { id, s: 'PAUSED' }, { cookie });
    expect(await state()).toEqual({ status: 'PAUSED', viewerCan: { manage: true, publish: true, pause: false, archive: true } });
    // Paused, it takes no offers to help, from its own members either.
    expect((await server.gql(`mutation($id: ID!) { activityVolunteer(activityId: $id) { id } }`, { id }, { cookie })).errors?.[0]?.message).toBe('activity/not_published');
    await server.gql(SET, { id, s: 'ARCHIVED' }, { cookie });
    expect(await state()).toEqual({ status: 'ARCHIVED', viewerCan: { manage: true, publish: true, pause: false, archive: false } });
    expect(await refused('PAUSED')).toMatchObject({ message: 'activity/transition_invalid' });
    expect(await refused('ARCHIVED')).toMatchObject({ message: 'activity/transition_invalid' });
  });

  it('an offer to help is answered once, by the organisation: viewerCan.answer says so', async () => {
    const id = await activity({ title: 'Turgruppe', category: 'CULTURE', municipalityNumber: '4003', schedule: weekly(['SU']) });
    const vCookie = await make.cookieFor(await make.user({ name: 'Frivillig Frida' }));
    const offerId = (await server.gql<{ activityVolunteer: { id: string } }>(`mutation($id: ID!) { activityVolunteer(activityId: $id, message: "Jeg går gjerne foran") { id } }`, { id }, { cookie: vCookie })).data!.activityVolunteer.id;
    const offers = async () => (await server.gql<{ activity: { volunteerInterests: { status: string; viewerCan: { answer: boolean } }[] } }>(`query($id: ID!) { activity(id: $id) { volunteerInterests { status viewerCan { answer } } } }`, { id }, { cookie })).data!.activity.volunteerInterests;
    expect(await offers()).toEqual([{ status: 'PENDING', viewerCan: { answer: true } }]);
    await server.gql(`mutation($id: ID!) { volunteerInterestAnswer(id: $id, accepted: false) { status } }`, { id: offerId }, { cookie });
    expect(await offers()).toEqual([{ status: 'DECLINED', viewerCan: { answer: false } }]);
    const again = await server.gql(`mutation($id: ID!) { volunteerInterestAnswer(id: $id, accepted: true) { status } }`, { id: offerId }, { cookie });
    expect(again.errors?.[0]).toMatchObject({ message: 'activity/already_answered', extensions: { code: 'CONFLICT' } });
  });

  it('serves JSON and RSS feeds per municipality and an iCal feed of the dates', async () => {
    const json = await fetch(`${server.url}/feeds/kommuner/4001/aktiviteter.json`);
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
    const feed = (await json.json()) as { version: string; items: { title: string; summary: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toEqual([expect.objectContaining({ title: 'Språkkafé i Porsgrunn', summary: 'Hver torsdag 18:00–20:00' })]);
    const rss = await (await fetch(`${server.url}/feeds/kommuner/4001/aktiviteter.rss`)).text();
    expect(rss).toContain('<title>Språkkafé i Porsgrunn</title>');
    expect((await fetch(`${server.url}/feeds/kommuner/9999/aktiviteter.json`)).status).toBe(404);
    const list = await server.gql<{ activities: { nodes: { id: string }[] } }>(`{ activities(filter: { municipality: "4001" }) { nodes { id } } }`);
    const ics = await (await fetch(`${server.url}/kalender/aktiviteter/${list.data!.activities.nodes[0]!.id}.ics`)).text();
    expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Oslo:\d{8}T180000/);
  });
});

describe('the schedule preview', () => {
  const PREVIEW = `query($s: ScheduleInput!, $count: Int, $language: Language) { schedulePreview(schedule: $s, count: $count, language: $language) { problem { field message } occurrences { startsAt endsAt } text } }`;
  type Preview = { schedulePreview: { problem: { field: string; message: string } | null; occurrences: { startsAt: string; endsAt: string }[]; text: string | null } };
  const preview = (s: Record<string, unknown>, vars: Record<string, unknown> = {}) => server.gql<Preview>(PREVIEW, { s, ...vars });

  it('gives the next dates from now and the readable text, by the rules the activity is saved with, to anyone', async () => {
    const res = await preview({ ...weekly(['WE', 'WE']), startDate: '2026-01-01' }, { count: 3, language: 'en' });
    expect(res.errors).toBeUndefined();
    const { problem, occurrences, text } = res.data!.schedulePreview;
    expect(problem).toBeNull();
    expect(text).toBe('Every Wednesday 18:00–20:00');
    expect(occurrences).toHaveLength(3);
    const starts = occurrences.map((o) => new Date(o.startsAt));
    expect(starts[0]!.getTime()).toBeGreaterThan(Date.now());
    expect(starts[0]!.getTime()).toBeLessThanOrEqual(Date.now() + 7 * 86_400_000);
    expect(starts.map((d) => d.getUTCDay())).toEqual([3, 3, 3]);
    expect(new Date(occurrences[0]!.endsAt).getTime() - starts[0]!.getTime()).toBe(2 * 3_600_000);
    // At most ten dates, at least one.
    expect((await preview(weekly(['MO']), { count: 50 })).data!.schedulePreview.occurrences).toHaveLength(10);
    expect((await preview(weekly(['MO']), { count: 0 })).data!.schedulePreview.occurrences).toHaveLength(1);
  });

  it('answers the problem activityCreate would refuse with, on its field, instead of an error', async () => {
    const problemOf = async (s: Record<string, unknown>) => (await preview(s)).data!.schedulePreview;
    expect(await problemOf({ ...weekly(['TU']), startDate: '2027-03-03', until: '2027-03-08' })).toEqual({ problem: { field: 'until', message: 'activity/never_occurs' }, occurrences: [], text: null });
    expect((await problemOf(weekly(['TU'], '18:00', '17:00'))).problem).toEqual({ field: 'endTime', message: 'activity/ends_before_start' });
    expect((await problemOf(weekly([]))).problem).toEqual({ field: 'weekdays', message: 'activity/weekdays_required' });
    expect((await problemOf({ ...weekly(['TU']), frequency: 'MONTHLY', setPos: 7 })).problem).toEqual({ field: 'setPos', message: 'activity/monthly_invalid' });
    const saved = await server.gql(`mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`, { i: { organisationId: org.id, title: 'Aldri', category: 'LANGUAGE_CAFE', municipalityNumber: '4003', schedule: { ...weekly(['TU']), startDate: '2027-03-03', until: '2027-03-08' } } }, { cookie });
    expect(fieldsOf(saved)).toEqual([{ field: 'schedule.until', message: 'activity/never_occurs' }]);
  });

  it('gives no dates, and no problem, when every date has passed', async () => {
    const past = (await preview({ ...weekly(['TU']), startDate: '2020-01-01', until: '2020-02-01' })).data!.schedulePreview;
    expect(past.problem).toBeNull();
    expect(past.occurrences).toEqual([]);
    expect(past.text).toBe('Hver tirsdag 18:00–20:00 (til 01.02.2020)');
  });
});
