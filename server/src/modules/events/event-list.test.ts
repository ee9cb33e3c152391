import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { PlatformRole } from '../accounts/user.entity.js';
import { viewMapper } from '../../common/read-model/rows.js';
import { Event } from './event.entity.js';

/** The event list reads rows without the ORM's unit of work (common/read-model/rows.ts): it must show what `event(id)` shows. */
let server: TestServer;
let hostCookie: string;
let otherCookie: string;
let staffCookie: string;
let ids: Record<string, string>;
let orgId: string;
let otherOrgId: string;
const returnedToHost = new Map<string, Card>();
const year = new Date().getFullYear() + 1;

const CARD = `id title kind status mode startsAt endsAt startsAtLocal endsAtLocal venueName capacity seatsLeft confirmedCount waitlistCount
  registrationRequired organisation { id name } topics { slug nameNb } municipalities { number name } viewerCan { manage register }
  viewerRegistration { status waitlistPosition }`;
const LIST = `query($filter: EventFilter, $first: Int, $after: String) {
  events(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${CARD} } } }`;

type Card = { id: string; title: string; startsAt: string; viewerRegistration: { status: string } | null };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Card[] };

async function list(filter: Record<string, unknown> = {}, opts: { cookie?: string; first?: number; after?: string } = {}): Promise<Page> {
  const res = await server.gql<{ events: Page }>(LIST, { filter, first: opts.first ?? 50, after: opts.after }, { cookie: opts.cookie });
  expect(res.errors).toBeUndefined();
  return res.data!.events;
}
const titles = (page: Page) => page.nodes.map((n) => n.title);

beforeAll(async () => {
  server = await startTestServer();
  const make = factories(server);
  const host = await make.user({ name: 'Arrangør' });
  const other = await make.user({ name: 'Annen' });
  const staff = await make.user({ name: 'Fylke', role: PlatformRole.COUNTY_STAFF });
  const org = await make.organisation({ name: 'Skien frivilligsentral', admins: [host] });
  const otherOrg = await make.organisation({ name: 'Bamble Røde Kors', admins: [other] });
  [orgId, otherOrgId] = [org.id, otherOrg.id];
  [hostCookie, otherCookie, staffCookie] = await Promise.all([host, other, staff].map((u) => make.cookieFor(u)));

  // Mutations answer with entities of their unit of work, the event page and list with views of rows:
  // what the host's last mutation returned is what the host's event page must show.
  const create = async (cookie: string, input: Record<string, unknown>, then?: 'publish' | 'cancel') => {
    const res = await server.gql<{ eventCreate: Card }>(`mutation($i: EventInput!) { eventCreate(input: $i) { ${CARD} } }`, { i: { kind: 'SEMINAR', mode: 'IN_PERSON', venueAddress: 'Skien', meetingUrl: 'https://teams.example.no/m', ...input } }, { cookie });
    expect(res.errors).toBeUndefined();
    let card = res.data!.eventCreate;
    const id = card.id;
    for (const step of then === 'cancel' ? ['eventPublish', 'eventCancel'] : then ? ['eventPublish'] : []) {
      const next = await server.gql<Record<string, Card>>(`mutation($id: ID!) { ${step}(id: $id) { ${CARD} } }`, { id }, { cookie });
      expect(next.errors).toBeUndefined();
      card = next.data![step]!;
    }
    if (cookie === hostCookie) returnedToHost.set(id, card);
    return id;
  };
  ids = {
    webinar: await create(hostCookie, { organisationId: org.id, title: 'Webinar om tolk', kind: 'WEBINAR', mode: 'ONLINE', startsAt: `${year}-02-10T09:00`, endsAt: `${year}-02-10T11:00`, capacity: 30, topicSlugs: ['working-life', 'settlement'], municipalityNumbers: ['4012', '4003'] }, 'publish'),
    seminar: await create(hostCookie, { organisationId: org.id, title: 'Seminar i Skien', startsAt: `${year}-03-05T12:00`, endsAt: `${year}-03-05T15:00`, venueName: 'Ibsenhuset', topicSlugs: ['settlement'], municipalityNumbers: ['4003'] }, 'publish'),
    hybrid: await create(otherCookie, { organisationId: otherOrg.id, title: 'Nettverkssamling', kind: 'NETWORK_MEETING', mode: 'HYBRID', startsAt: `${year}-04-01T10:00`, endsAt: `${year}-04-01T14:00` }, 'publish'),
    cancelled: await create(otherCookie, { organisationId: otherOrg.id, title: 'Avlyst kurs', kind: 'COURSE', startsAt: `${year}-05-01T10:00`, endsAt: `${year}-05-01T12:00` }, 'cancel'),
    past: await create(hostCookie, { organisationId: org.id, title: 'Fjorårets møte', startsAt: `${year - 2}-06-01T10:00`, endsAt: `${year - 2}-06-01T12:00` }, 'publish'),
    draft: await create(hostCookie, { organisationId: org.id, title: 'Utkast hos Skien', startsAt: `${year}-06-01T10:00`, endsAt: `${year}-06-01T12:00` }),
    otherDraft: await create(otherCookie, { organisationId: otherOrg.id, title: 'Utkast hos Bamble', startsAt: `${year}-06-02T10:00`, endsAt: `${year}-06-02T12:00` }),
  };
  // The cards read the viewer's registrations ahead of their fields: one viewer has one, on another's event.
  expect((await server.gql(`mutation($id: ID!) { eventRegister(eventId: $id) { status } }`, { id: ids.hybrid }, { cookie: staffCookie })).data).toEqual({ eventRegister: { status: 'CONFIRMED' } });
});
afterAll(() => server.close());

describe('the event list', () => {
  it('reads each row into a view holding what the entity holds, column by column', async () => {
    const em = server.orm.em.fork();
    const toView = viewMapper(em, Event);
    for (const id of Object.values(ids)) {
      const [row] = await em.getConnection().execute('select * from event where id = ?', [id]);
      const view = toView(row) as Record<string, unknown>;
      const entity = (await em.findOneOrFail(Event, id)) as unknown as Record<string, unknown>;
      expect(Object.keys(view).length).toBeGreaterThan(30);
      for (const [key, value] of Object.entries(view)) {
        const held = entity[key];
        if (value && typeof value === 'object' && !(value instanceof Date)) expect({ key, id: (value as { id?: string }).id }).toEqual({ key, id: (held as { id: string }).id });
        else expect({ key, value }).toEqual({ key, value: held ?? null });
      }
    }
  });

  it('shows published and cancelled events, soonest first, each as the event page shows it', async () => {
    for (const cookie of [undefined, hostCookie, staffCookie]) {
      const page = await list({}, { cookie });
      expect(titles(page)).toEqual(['Fjorårets møte', 'Webinar om tolk', 'Seminar i Skien', 'Nettverkssamling', 'Avlyst kurs']);
      expect(page.totalCount).toBe(5);
      for (const node of page.nodes) {
        const one = await server.gql<{ event: Card }>(`query($id: ID!) { event(id: $id) { ${CARD} } }`, { id: node.id }, { cookie });
        expect(node).toEqual(one.data!.event);
        if (cookie === hostCookie && returnedToHost.has(node.id)) expect(node).toEqual(returnedToHost.get(node.id));
      }
      if (cookie === hostCookie) expect(page.nodes.filter((n) => returnedToHost.has(n.id)).length).toBeGreaterThan(2);
      const registered = page.nodes.filter((n) => n.viewerRegistration).map((n) => [n.id, n.viewerRegistration]);
      expect(registered).toEqual(cookie === staffCookie ? [[ids.hybrid, { status: 'CONFIRMED', waitlistPosition: null }]] : []);
    }
    const webinar = (await list()).nodes.find((n) => n.id === ids.webinar);
    expect(webinar).toMatchObject({
      startsAt: `${year}-02-10T08:00:00.000Z`,
      startsAtLocal: `${year}-02-10T09:00`,
      seatsLeft: 30,
      organisation: { id: orgId, name: 'Skien frivilligsentral' },
      topics: [{ slug: 'settlement' }, { slug: 'working-life' }],
      municipalities: [{ number: '4003', name: 'Skien' }, { number: '4012', name: 'Bamble' }],
    });
  });

  it('filters by kind, topic, municipality, organisation, mode, dates and time', async () => {
    expect(titles(await list({ kinds: ['WEBINAR', 'COURSE'] }))).toEqual(['Webinar om tolk', 'Avlyst kurs']);
    expect(titles(await list({ topic: 'settlement' }))).toEqual(['Webinar om tolk', 'Seminar i Skien']);
    expect(titles(await list({ municipality: '4012' }))).toEqual(['Webinar om tolk']);
    expect(titles(await list({ organisationId: otherOrgId }))).toEqual(['Nettverkssamling', 'Avlyst kurs']);
    expect(titles(await list({ organisationId: 'ikke-en-id' }))).toEqual([]);
    expect(titles(await list({ modes: ['ONLINE'] }))).toEqual(['Webinar om tolk', 'Nettverkssamling']);
    expect(titles(await list({ modes: ['IN_PERSON'] }))).toEqual(['Fjorårets møte', 'Seminar i Skien', 'Nettverkssamling', 'Avlyst kurs']);
    expect(titles(await list({ from: `${year}-03-05`, to: `${year}-04-01` }))).toEqual(['Seminar i Skien', 'Nettverkssamling']);
    expect(titles(await list({ time: 'UPCOMING' }))).toEqual(['Webinar om tolk', 'Seminar i Skien', 'Nettverkssamling', 'Avlyst kurs']);
    const past = await list({ time: 'PAST' });
    expect([titles(past), past.totalCount]).toEqual([['Fjorårets møte'], 1]);
    expect(titles(await list({ topic: 'settlement', municipality: '4003', kinds: ['SEMINAR'] }))).toEqual(['Seminar i Skien']);
  });

  it('includes drafts only for those who manage them', async () => {
    const drafts = (page: Page) => titles(page).filter((t) => t.startsWith('Utkast'));
    expect(drafts(await list({ includeDrafts: true }))).toEqual([]);
    expect(drafts(await list({ includeDrafts: true }, { cookie: hostCookie }))).toEqual(['Utkast hos Skien']);
    expect(drafts(await list({ includeDrafts: true }, { cookie: otherCookie }))).toEqual(['Utkast hos Bamble']);
    expect(drafts(await list({ includeDrafts: true }, { cookie: staffCookie }))).toEqual(['Utkast hos Skien', 'Utkast hos Bamble']);
    expect(drafts(await list({}, { cookie: staffCookie }))).toEqual([]);
  });

  it('pages with a cursor and keeps the total, also past the end', async () => {
    const first = await list({}, { first: 2 });
    expect([titles(first), first.totalCount, first.pageInfo.hasNextPage]).toEqual([['Fjorårets møte', 'Webinar om tolk'], 5, true]);
    const second = await list({}, { first: 2, after: first.pageInfo.endCursor! });
    expect([titles(second), second.totalCount]).toEqual([['Seminar i Skien', 'Nettverkssamling'], 5]);
    const third = await list({}, { first: 2, after: second.pageInfo.endCursor! });
    expect([titles(third), third.totalCount, third.pageInfo.hasNextPage]).toEqual([['Avlyst kurs'], 5, false]);
    const beyond = await list({}, { first: 2, after: third.pageInfo.endCursor! });
    expect([beyond.nodes, beyond.totalCount, beyond.pageInfo.hasNextPage]).toEqual([[], 5, false]);
  });

  it('asks the database the same number of times for a page of 1 as for a page of 5', async () => {
    // The fewest of three counts: work in the background (a job, a session's last-seen touch) can only add.
    const counted = async (first: number, cookie?: string) => {
      await list({}, { first, cookie }); // the session and reference data are read before counting
      let fewest = Infinity;
      let length = 0;
      for (let i = 0; i < 3; i++) {
        const { result, statements } = await server.countStatements(() => list({}, { first, cookie }));
        [length, fewest] = [result.nodes.length, Math.min(fewest, statements)];
      }
      return [length, fewest];
    };
    for (const cookie of [undefined, hostCookie]) {
      const [[one, few], [five, many]] = [await counted(1, cookie), await counted(5, cookie)];
      expect([one, five]).toEqual([1, 5]);
      expect(many).toBe(few);
    }
  });
});
