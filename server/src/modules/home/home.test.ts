import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { randomUUID } from 'node:crypto';
import { PlatformRole } from '../accounts/user.entity.js';
import { AwardState, GrantAward, GrantReport, ReportKind, ReportState } from '../grants/follow-up/follow-up.entity.js';
import { ApplicationState, Decision, GrantApplication, GrantRound, GrantScheme, RoundState } from '../grants/grant.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';

const server = testServerForFile();
const make = factories(server);

const year = new Date().getFullYear() + 1;
const TASKS = `{ myTasks { id kind title organisationName dueAt path } }`;
type Tasks = { myTasks: { id: string; kind: string; title: string; organisationName: string | null; dueAt: string | null; path: string }[] };

async function draftEvent(cookie: string, organisationId: string, title: string): Promise<string> {
  const res = await server.gql<{ eventCreate: { id: string } }>(
    `mutation($i: EventInput!) { eventCreate(input: $i) { id } }`,
    { i: { organisationId, title, kind: 'SEMINAR', mode: 'ONLINE', startsAt: `${year}-02-10T09:00`, endsAt: `${year}-02-10T11:00`, capacity: 20, meetingUrl: 'https://teams.example.no/m' } },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.eventCreate.id;
}

async function draftActivity(cookie: string, organisationId: string, title: string): Promise<string> {
  const res = await server.gql<{ activityCreate: { id: string } }>(
    `mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`,
    { i: { organisationId, title, category: 'LANGUAGE_CAFE', municipalityNumber: '4003', schedule: { frequency: 'WEEKLY', interval: 1, weekdays: ['TU'], startDate: `${year - 1}-01-01`, startTime: '18:00', endTime: '20:00' } } },
    { cookie },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.activityCreate.id;
}

describe('the front page', () => {
  it("lists the tasks of the viewer's organisations from every module, and nobody else's", async () => {
    const { org, cookie } = await make.orgAdmin({ org: { name: 'Bamble frivilligsentral' } });
    const eventId = await draftEvent(cookie, org.id, 'Dialogmøte om frivillighet');
    const activityId = await draftActivity(cookie, org.id, 'Leksehjelp i Bamble');

    const res = await server.gql<Tasks>(TASKS, {}, { cookie });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myTasks).toEqual([
      // Deadlines first: the event's start.
      { id: `event.draft:${eventId}`, kind: 'event.draft', title: 'Dialogmøte om frivillighet', organisationName: 'Bamble frivilligsentral', dueAt: expect.stringMatching(new RegExp(`^${year}-02-10T08:00`)), path: `/arrangementer/${eventId}` },
      { id: `activity.draft:${activityId}`, kind: 'activity.draft', title: 'Leksehjelp i Bamble', organisationName: 'Bamble frivilligsentral', dueAt: null, path: `/aktiviteter/${activityId}` },
    ]);

    // Published, the activity is no longer a task; someone else sees none of it.
    await server.gql(`mutation($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }`, { id: activityId }, { cookie });
    expect((await server.gql<Tasks>(TASKS, {}, { cookie })).data!.myTasks.map((t) => t.kind)).toEqual(['event.draft']);
    const outsider = await make.cookieFor(await make.user());
    expect((await server.gql<Tasks>(TASKS, {}, { cookie: outsider })).data!.myTasks).toEqual([]);
    // Signed out: no tasks, an authentication error.
    expect((await server.gql(TASKS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists grant awards to answer and reports to write or correct, soonest first', async () => {
    const admin = await make.user();
    const org = await make.organisation({ name: 'Skien frivilligsentral', admins: [admin] });
    const g = server.orm.em.fork();
    const scheme = g.create(GrantScheme, { name: `TIIA ${randomUUID()}` });
    const round = g.create(GrantRound, { scheme, title: 'TIIA', year: 2030, budget: 100_000, guidelinesVersion: 1, criteria: [{ key: 'relevance', title: 'Relevans', weight: 1 }], opensAt: new Date(Date.now() - 90 * 86_400_000), closesAt: new Date(Date.now() - 60 * 86_400_000), state: RoundState.DECIDED, decisionsPublishedAt: new Date() });
    const award = (title: string, state: AwardState, days: number) => {
      const application = g.create(GrantApplication, { round, organisation: g.getReference(Organisation, org.id), title, guidelinesVersion: 1, state: ApplicationState.DECIDED, budgetLines: [{ description: 'Lønn', ownFunding: 0, requested: 50_000 }], requestedTotal: 50_000, decision: Decision.APPROVED, grantedAmount: 50_000, decisionReason: 'Bra' });
      return g.create(GrantAward, { application, round, organisation: g.getReference(Organisation, org.id), amount: 50_000, state, acceptDeadline: new Date(Date.now() + days * 86_400_000) });
    };
    const offered = award('Språkkafé i Skien', AwardState.OFFERED, 10);
    const accepted = award('Leksehjelp', AwardState.ACCEPTED, -20);
    const due = g.create(GrantReport, { award: accepted, requirementKey: 'final', kind: ReportKind.FINAL, dueAt: new Date(Date.now() + 5 * 86_400_000), state: ReportState.DRAFT });
    const back = g.create(GrantReport, { award: accepted, requirementKey: 'midterm', kind: ReportKind.MIDTERM, dueAt: new Date(Date.now() + 20 * 86_400_000), state: ReportState.CHANGES_REQUESTED });
    g.create(GrantReport, { award: accepted, requirementKey: 'done', kind: ReportKind.MIDTERM, dueAt: new Date(Date.now() + 2 * 86_400_000), state: ReportState.APPROVED });
    await g.flush();

    const tasks = (await server.gql<Tasks>(TASKS, {}, { cookie: await make.cookieFor(admin) })).data!.myTasks;
    expect(tasks.map((t) => [t.kind, t.title, t.path])).toEqual([
      ['grant.report_due', 'Leksehjelp', `/tilskudd/rapporter/${due.id}`],
      ['grant.award_answer', 'Språkkafé i Skien', `/tilskudd/soknader/${offered.application.id}/oppfolging`],
      ['grant.report_changes', 'Leksehjelp', `/tilskudd/rapporter/${back.id}`],
    ]);
    expect((await server.gql<Tasks>(TASKS, {}, { cookie: await make.cookieFor(await make.user()) })).data!.myTasks).toEqual([]);
  });

  it('gives county staff the organisations waiting for verification', async () => {
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    await make.organisation({ name: 'Ventende forening', verified: false });
    const tasks = (await server.gql<Tasks>(TASKS, {}, { cookie: staff })).data!.myTasks;
    expect(tasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'organisation.verify', title: 'Ventende forening', path: '/admin' })]));
  });

  it('tells anyone, signed in or not, live when an event or activity is published, and lists the newest activities', async () => {
    const { org, cookie } = await make.orgAdmin();
    const eventId = await draftEvent(cookie, org.id, 'Nettverkssamling');
    const activityId = await draftActivity(cookie, org.id, 'Norsktrening på kafé');

    const client = wsClient(server.port); // no cookie: a visitor
    const updates = collect<{ frontPageUpdates: { cursor: string; what: string } }>(client, `subscription { frontPageUpdates { cursor what } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 300)); // attached to the live feed
    await server.gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id: eventId }, { cookie });
    await server.gql(`mutation($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }`, { id: activityId }, { cookie });
    const got = await updates.waitFor(2);
    expect(got.map((u) => u.frontPageUpdates.what)).toEqual(['event', 'activity']);
    updates.stop();
    await client.dispose();

    const newest = await server.gql<{ newestActivities: { id: string; title: string }[] }>(`{ newestActivities(first: 1) { id title } }`);
    expect(newest.data!.newestActivities).toEqual([{ id: activityId, title: 'Norsktrening på kafé' }]);
  });

  it('tells the front page live when a round is closed early, so it leaves the open rounds', async () => {
    const staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF }));
    const g = server.orm.em.fork();
    const scheme = g.create(GrantScheme, { name: `TIIA ${randomUUID()}` });
    const round = g.create(GrantRound, { scheme, title: 'Åpen runde', year, budget: 100_000, guidelinesVersion: 1, criteria: [{ key: 'relevance', title: 'Relevans', weight: 1 }], opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 30 * 86_400_000), state: RoundState.OPEN });
    await g.flush();

    const client = wsClient(server.port);
    const updates = collect<{ frontPageUpdates: { what: string } }>(client, `subscription { frontPageUpdates { what } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 300));
    const closed = await server.gql(`mutation($id: ID!) { grantRoundClose(id: $id) { state } }`, { id: round.id }, { cookie: staff });
    expect(closed.errors).toBeUndefined();
    const got = await updates.waitFor(1);
    expect(got.map((u) => u.frontPageUpdates.what)).toEqual(['round']);
    updates.stop();
    await client.dispose();
  });
});
