import { beforeAll, describe, expect, it } from 'vitest';
import { factories, MINIMAL_PDF, postFile } from '../../../test/factories.js';
import { fileKeys } from '../../common/files/keys.js';
import { testServerForFile } from '../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../test/ws.js';
import { Language, PlatformRole, User } from '../accounts/user.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { GrantRound } from './grant.entity.js';
import { grantDeadlineReminders } from './reminders.js';

const server = testServerForFile();
const make = factories(server);
let staff: string;
beforeAll(async () => {
  staff = await make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF, name: 'Saksbehandler' }));
});

const year = new Date().getFullYear() + 1;
const g = <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}, cookie?: string) => server.gql<T>(q, v, { cookie });
const ok = <T>(res: { data?: T | null; errors?: unknown }) => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};

async function openRound(budget = 500_000, minPartners = 1): Promise<string> {
  const id = await draftRound(budget, minPartners);
  ok(await g(`mutation($id: ID!) { grantRoundOpen(id: $id) { state } }`, { id }, staff));
  return id;
}

async function draftRound(budget = 500_000, minPartners = 1): Promise<string> {
  const scheme = ok(await g<{ grantSchemeCreate: { id: string } }>(`mutation($n: String!) { grantSchemeCreate(name: $n, description: "Tilskudd til inkludering og integrering i arbeidslivet") { id } }`, { n: `TIIA ${Math.random().toString(36).slice(2, 7)}` }, staff));
  const round = ok(await g<{ grantRoundCreate: { id: string } }>(
    `mutation($i: GrantRoundInput!) { grantRoundCreate(input: $i) { id } }`,
    { i: { schemeId: scheme.grantSchemeCreate.id, title: `TIIA ${year}`, year, budget, guidelines: '## Hvem kan søke\nFrivillige organisasjoner.', eligibleKinds: ['NGO', 'VOLUNTARY'], minPartners, criteria: [{ key: 'relevance', title: 'Relevans', weight: 2 }, { key: 'feasibility', title: 'Gjennomførbarhet', weight: 1 }], opensAt: '2024-01-01T08:00', closesAt: `${year}-03-01T12:00` } },
    staff,
  ));
  return round.grantRoundCreate.id;
}

const applicant = (kind = OrganisationKind.NGO) => make.orgAdmin({ org: { kind } });

const SAVE = `mutation($id: ID!, $v: Int!, $i: GrantApplicationInput!) { grantApplicationSave(id: $id, version: $v, input: $i) { version requestedTotal missing } }`;

describe('grant rounds and applications', () => {
  it('announces an opened round live to the network', async () => {
    const watcher = await make.cookieFor(await make.user());
    const client = wsClient(server.port, watcher);
    const live = collect<{ announcementPosted: { announcement: { title: string } } }>(client, `subscription { announcementPosted { announcement { title } } }`);
    await settled(client);
    await new Promise((r) => setTimeout(r, 50));
    await openRound();
    const [event] = await live.waitFor(1);
    expect(event!.announcementPosted.announcement.title).toBe(`Søknadsrunden er åpen: TIIA ${year}`);
    await client.dispose();
  });

  it('drafts with autosave and a version check, lists what is missing, then submits', async () => {
    const roundId = await openRound();
    const { org, cookie } = await applicant();
    const partner = await make.organisation({ name: 'NAV Skien' });
    const created = ok(await g<{ grantApplicationCreate: { id: string; version: number; missing: string[] } }>(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Jobbmentor for nyankomne") { id version missing } }`, { r: roundId, o: org.id }, cookie));
    const id = created.grantApplicationCreate.id;
    expect(created.grantApplicationCreate.missing).toEqual(['summary', 'projectPlan', 'budgetLines', 'partners']);

    const notYet = await g(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`, { id }, cookie);
    expect(notYet.errors?.[0]).toMatchObject({ message: 'grant/not_eligible', extensions: { code: 'BAD_USER_INPUT', missing: ['summary', 'projectPlan', 'budgetLines', 'partners'] } });

    const saved = ok(await g<{ grantApplicationSave: { version: number; requestedTotal: number } }>(SAVE, { id, v: 1, i: { summary: 'Mentorer hjelper nyankomne i jobb', projectPlan: 'Plan …', partnerOrganisationIds: [partner.id], budgetLines: [{ description: 'Koordinator', ownFunding: 50_000, requested: 150_000 }, { description: 'Samlinger', ownFunding: 0, requested: 30_000 }] } }, cookie));
    expect(saved.grantApplicationSave).toMatchObject({ version: 2, requestedTotal: 180_000 });
    // A second editor who loaded version 1 is refused, and told the current version.
    const stale = await g(SAVE, { id, v: 1, i: { summary: 'Overskriver' } }, cookie);
    expect(stale.errors?.[0]).toMatchObject({ message: 'grant/version_conflict', extensions: { code: 'CONFLICT', currentVersion: 2 } });

    const submitted = ok(await g<{ grantApplicationSubmit: { state: string } }>(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`, { id }, cookie));
    expect(submitted.grantApplicationSubmit.state).toBe('SUBMITTED');
    expect((await g(SAVE, { id, v: 2, i: { summary: 'Etterpå' } }, cookie)).errors?.[0]?.message).toBe('grant/not_editable');
  });

  it('refuses ineligible organisation kinds and anything after the deadline, to the second', async () => {
    const roundId = await openRound(500_000, 0);
    const school = await applicant(OrganisationKind.SCHOOL);
    const app = ok(await g<{ grantApplicationCreate: { id: string; missing: string[] } }>(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Skoleprosjekt") { id missing } }`, { r: roundId, o: school.org.id }, school.cookie));
    expect(app.grantApplicationCreate.missing).toContain('organisationKind');

    const ngo = await applicant();
    const draft = ok(await g<{ grantApplicationCreate: { id: string } }>(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "For sent") { id } }`, { r: roundId, o: ngo.org.id }, ngo.cookie));
    ok(await g(SAVE, { id: draft.grantApplicationCreate.id, v: 1, i: { summary: 's', projectPlan: 'p', budgetLines: [{ description: 'x', ownFunding: 0, requested: 1000 }] } }, ngo.cookie));
    await server.orm.em.fork().nativeUpdate(GrantRound, { id: roundId }, { closesAt: new Date(Date.now() - 1000) });
    const late = await g(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`, { id: draft.grantApplicationCreate.id }, ngo.cookie);
    expect(late.errors?.[0]).toMatchObject({ message: 'grant/deadline_passed', extensions: { code: 'CONFLICT' } });
  });

  it('reviewers declare no conflict before opening, score, decide within the budget, and decisions are published together', async () => {
    const roundId = await openRound(200_000, 0);
    const apps: { id: string; cookie: string }[] = [];
    for (const [title, requested] of [['Språkpraksis', 150_000], ['Jobbkafé', 100_000]] as const) {
      const a = await applicant();
      const c = ok(await g<{ grantApplicationCreate: { id: string } }>(`mutation($r: ID!, $o: ID!, $t: String!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: $t) { id } }`, { r: roundId, o: a.org.id, t: title }, a.cookie));
      ok(await g(SAVE, { id: c.grantApplicationCreate.id, v: 1, i: { summary: 's', projectPlan: 'p', budgetLines: [{ description: 'Lønn', ownFunding: 0, requested }] } }, a.cookie));
      ok(await g(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`, { id: c.grantApplicationCreate.id }, a.cookie));
      apps.push({ id: c.grantApplicationCreate.id, cookie: a.cookie });
    }
    const [first, second] = apps as [{ id: string; cookie: string }, { id: string; cookie: string }];
    const closed = await g(`query($id: ID!) { grantApplication(id: $id) { projectPlan } }`, { id: first.id }, staff);
    expect(closed.errors?.[0]).toMatchObject({ message: 'grant/declaration_required', extensions: { code: 'FORBIDDEN' } });
    // Nor through the ranking: the title and state, yes; the content, not before the declaration.
    const listed = await g<{ grantRoundRanking: { application: { title: string; summary: string | null } }[] | null }>(`query($r: ID!) { grantRoundRanking(roundId: $r) { application { title summary } } }`, { r: roundId }, staff);
    expect(listed.errors?.[0]).toMatchObject({ message: 'grant/declaration_required', extensions: { code: 'FORBIDDEN' } });
    expect(ok(await g<{ grantRoundRanking: { application: { title: string } }[] }>(`query($r: ID!) { grantRoundRanking(roundId: $r) { application { title } } }`, { r: roundId }, staff)).grantRoundRanking).toHaveLength(2);
    for (const app of apps) ok(await g(`mutation($id: ID!) { grantAssessmentDeclare(applicationId: $id) { noConflictDeclaredAt } }`, { id: app.id }, staff));
    expect(ok(await g<{ grantApplication: { projectPlan: string } }>(`query($id: ID!) { grantApplication(id: $id) { projectPlan } }`, { id: first.id }, staff)).grantApplication.projectPlan).toBe('p');

    ok(await g(`mutation($id: ID!) { grantAssessmentSave(applicationId: $id, scores: [{ key: "relevance", score: 5 }, { key: "feasibility", score: 2 }], comment: "God") { id } }`, { id: first.id }, staff));
    ok(await g(`mutation($id: ID!) { grantAssessmentSave(applicationId: $id, scores: [{ key: "relevance", score: 3 }, { key: "feasibility", score: 3 }]) { id } }`, { id: second.id }, staff));
    expect((await g(`mutation($id: ID!) { grantAssessmentSave(applicationId: $id, scores: [{ key: "relevance", score: 6 }]) { id } }`, { id: first.id }, staff)).errors?.[0]?.extensions?.fields).toEqual([{ field: 'scores', message: 'grant/score_invalid' }]);
    const ranking = ok(await g<{ grantRoundRanking: { score: number; application: { title: string } }[] }>(`query($r: ID!) { grantRoundRanking(roundId: $r) { score application { title } } }`, { r: roundId }, staff));
    expect(ranking.grantRoundRanking.map((r) => [r.application.title, r.score])).toEqual([['Språkpraksis', 4], ['Jobbkafé', 3]]);

    const early = await g(`mutation($id: ID!) { grantApplicationDecide(id: $id, decision: APPROVED, grantedAmount: 150000, reason: "God søknad") { id } }`, { id: first.id }, staff);
    expect(early.errors?.[0]?.message).toBe('grant/round_not_closed');
    ok(await g(`mutation($id: ID!) { grantRoundClose(id: $id) { state } }`, { id: roundId }, staff));
    ok(await g(`mutation($id: ID!) { grantApplicationDecide(id: $id, decision: APPROVED, grantedAmount: 150000, reason: "God søknad") { id } }`, { id: first.id }, staff));
    const over = await g(`mutation($id: ID!) { grantApplicationDecide(id: $id, decision: PARTIALLY_APPROVED, grantedAmount: 80000, reason: "Delvis") { id } }`, { id: second.id }, staff);
    expect(over.errors?.[0]).toMatchObject({ message: 'grant/over_budget', extensions: { code: 'CONFLICT', budget: 200_000, total: 230_000 } });
    ok(await g(`mutation($id: ID!) { grantApplicationDecide(id: $id, decision: PARTIALLY_APPROVED, grantedAmount: 80000, reason: "Delvis", overrideNote: "Restmidler fra 2026") { id } }`, { id: second.id }, staff));

    // Not visible to the applicant until published, then visible to all at once.
    const q = `query($id: ID!) { grantApplication(id: $id) { state decision { decision grantedAmount reason } } }`;
    expect(ok(await g<{ grantApplication: { decision: unknown } }>(q, { id: first.id }, first.cookie)).grantApplication.decision).toBeNull();
    ok(await g(`mutation($id: ID!) { grantRoundPublishDecisions(id: $id) { state } }`, { id: roundId }, staff));
    expect(ok(await g(q, { id: first.id }, first.cookie))).toEqual({ grantApplication: { state: 'DECIDED', decision: { decision: 'APPROVED', grantedAmount: 150_000, reason: 'God søknad' } } });
    expect(ok(await g(q, { id: second.id }, second.cookie))).toMatchObject({ grantApplication: { decision: { decision: 'PARTIALLY_APPROVED', grantedAmount: 80_000 } } });

    const log = ok(await g<{ auditLog: { action: string; actorName: string }[] }>(`query($id: ID!) { auditLog(entityId: $id) { action actorName } }`, { id: second.id }, staff));
    expect(log.auditLog.map((e) => e.action)).toEqual(['created', 'state:DRAFT→SUBMITTED', 'no_conflict_declared', 'state:SUBMITTED→IN_REVIEW', 'assessed', 'decision', 'state:IN_REVIEW→DECIDED']);
    expect((await g(`query($id: ID!) { auditLog(entityId: $id) { action } }`, { id: second.id }, second.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const dash = ok(await g<{ grantRoundDashboard: { budget: number; requested: number; granted: number; byState: { value: string; count: number }[] } }>(`query($r: ID!) { grantRoundDashboard(roundId: $r) { budget requested granted byState { value count } } }`, { r: roundId }, staff));
    expect(dash.grantRoundDashboard).toMatchObject({ budget: 200_000, requested: 250_000, granted: 230_000, byState: [{ value: 'DECIDED', count: 2 }] });
  });

  it('reminds organisations with drafts 7 days and 1 day before the deadline, once each', async () => {
    const roundId = await openRound();
    const { org, cookie } = await applicant();
    ok(await g(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Utkast") { id } }`, { r: roundId, o: org.id }, cookie));
    const closes = (await server.orm.em.fork().findOneOrFail(GrantRound, { id: roundId })).closesAt;
    expect(await grantDeadlineReminders(server.orm.em.fork(), new Date(closes.getTime() - 6 * 86_400_000))).toBe(1);
    expect(await grantDeadlineReminders(server.orm.em.fork(), new Date(closes.getTime() - 5 * 86_400_000))).toBe(0);
    expect(await grantDeadlineReminders(server.orm.em.fork(), new Date(closes.getTime() - 3_600_000))).toBe(1);
    const inbox = ok(await g<{ notifications: { nodes: { type: string }[] } }>(`{ notifications { nodes { type } } }`, {}, cookie));
    expect(inbox.notifications.nodes.map((n) => n.type)).toEqual(['GRANT_DEADLINE', 'GRANT_DEADLINE']);
  });
});

describe('the reviewer gate and conflicts of interest', () => {
  /** A submitted application in the round, and its organisation's admin. */
  async function submitted(roundId: string, title: string, requested = 100_000) {
    const a = await applicant();
    const id = ok(await g<{ grantApplicationCreate: { id: string } }>(`mutation($r: ID!, $o: ID!, $t: String!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: $t) { id } }`, { r: roundId, o: a.org.id, t: title }, a.cookie)).grantApplicationCreate.id;
    ok(await g(SAVE, { id, v: 1, i: { summary: 's', projectPlan: 'p', budgetLines: [{ description: 'Lønn', ownFunding: 0, requested }] } }, a.cookie));
    ok(await g(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`, { id }, a.cookie));
    return { ...a, id };
  }
  const reviewer = async (name: string) => make.cookieFor(await make.user({ role: PlatformRole.COUNTY_STAFF, name }));
  const DECLARE = `mutation($id: ID!, $d: ConflictDeclaration!) { grantAssessmentDeclare(applicationId: $id, declaration: $d) { declaration noConflictDeclaredAt conflictDeclaredAt } }`;
  const SCORE = `mutation($id: ID!) { grantAssessmentSave(applicationId: $id, scores: [{ key: "relevance", score: 5 }, { key: "feasibility", score: 2 }], comment: "Svak forankring hos NAV") { id } }`;
  type Log = { auditLog: { action: string; actorName: string; details: Record<string, unknown> }[] };
  const LOG = `query($id: ID!) { auditLog(entityId: $id) { action actorName details } }`;

  it('shows other reviewers’ scores and comments only to reviewers who have declared no conflict: not through the ranking, not in the audit log', async () => {
    const roundId = await openRound(500_000, 0);
    const app = await submitted(roundId, 'Leksehjelp');
    const first = await reviewer('Første Saksbehandler');
    ok(await g(DECLARE, { id: app.id, d: 'NO_CONFLICT' }, first));
    ok(await g(SCORE, { id: app.id }, first));

    const undeclared = await reviewer('Ny Saksbehandler');
    const RANKED = `query($r: ID!) { grantRoundRanking(roundId: $r) { score application { title assessments { reviewerName comment scores { key score } } } } }`;
    const listed = await g<{ grantRoundRanking: { application: { assessments: unknown } | null }[] | null }>(RANKED, { r: roundId }, undeclared);
    expect(listed.errors?.[0]).toMatchObject({ message: 'grant/declaration_required', extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(listed.data)).not.toContain('Svak forankring');
    // Who did what, and when, stays readable; the scores in the details do not.
    const hidden = ok(await g<Log>(LOG, { id: app.id }, undeclared)).auditLog.find((e) => e.action === 'assessed');
    expect(hidden?.actorName).toBe('Første Saksbehandler');
    expect(hidden?.details).toEqual({});
    expect(ok(await g<Log>(LOG, { id: app.id }, first)).auditLog.find((e) => e.action === 'assessed')?.details).toEqual({ scores: { relevance: 5, feasibility: 2 } });
    // Applicants never see assessments.
    expect(ok(await g<{ grantApplication: { assessments: unknown } }>(`query($id: ID!) { grantApplication(id: $id) { assessments { comment } } }`, { id: app.id }, app.cookie)).grantApplication.assessments).toBeNull();

    // After declaring, the same queries answer in full.
    ok(await g(DECLARE, { id: app.id, d: 'NO_CONFLICT' }, undeclared));
    const shown = ok(await g<{ grantRoundRanking: { application: { assessments: { reviewerName: string; comment: string }[] } }[] }>(RANKED, { r: roundId }, undeclared));
    expect(shown.grantRoundRanking[0]!.application.assessments).toContainEqual(expect.objectContaining({ reviewerName: 'Første Saksbehandler', comment: 'Svak forankring hos NAV' }));
    expect(ok(await g<Log>(LOG, { id: app.id }, undeclared)).auditLog.find((e) => e.action === 'assessed')?.details).toEqual({ scores: { relevance: 5, feasibility: 2 } });
  });

  it('a reviewer who declares a conflict is taken out of the assessment, for good, and it shows in the log, the dashboard and live', async () => {
    const roundId = await openRound(500_000, 0);
    const app = await submitted(roundId, 'Jobbklubb');
    const other = await submitted(roundId, 'Språkkafé');
    const inhabil = await reviewer('Inga Inhabil');
    const colleague = await reviewer('Kollega Kristiansen');
    for (const c of [inhabil, colleague]) ok(await g(DECLARE, { id: app.id, d: 'NO_CONFLICT' }, c));
    ok(await g(SCORE, { id: app.id }, inhabil));
    const RANK = `query($r: ID!) { grantRoundRanking(roundId: $r) { score reviews application { title } } }`;
    expect(ok(await g<{ grantRoundRanking: { score: number; reviews: number; application: { title: string } }[] }>(RANK, { r: roundId }, colleague)).grantRoundRanking.find((r) => r.application.title === 'Jobbklubb')).toMatchObject({ score: 4, reviews: 1 });

    const client = wsClient(server.port, colleague);
    const live = collect<{ grantRoundUpdates: { type: string; applicationId: string } }>(client, `subscription($r: ID!) { grantRoundUpdates(roundId: $r) { type applicationId } }`, { r: roundId });
    await settled(client);

    const declared = ok(await g<{ grantAssessmentDeclare: { declaration: string; noConflictDeclaredAt: string | null; conflictDeclaredAt: string | null } }>(DECLARE, { id: app.id, d: 'CONFLICT' }, inhabil));
    expect(declared.grantAssessmentDeclare).toMatchObject({ declaration: 'CONFLICT', noConflictDeclaredAt: expect.any(String), conflictDeclaredAt: expect.any(String) });
    const [update] = await live.waitFor(1);
    expect(update!.grantRoundUpdates).toEqual({ type: 'application.conflict_declared', applicationId: app.id });
    await client.dispose();

    // The score no longer counts, and the reviewer can no longer open, score, decide or take it back.
    expect(ok(await g<{ grantRoundRanking: { score: number | null; reviews: number; application: { title: string } }[] }>(RANK, { r: roundId }, colleague)).grantRoundRanking.find((r) => r.application.title === 'Jobbklubb')).toMatchObject({ score: null, reviews: 0 });
    expect((await g(`query($id: ID!) { grantApplication(id: $id) { projectPlan } }`, { id: app.id }, inhabil)).errors?.[0]).toMatchObject({ message: 'grant/conflict_declared', extensions: { code: 'FORBIDDEN' } });
    expect((await g(SCORE, { id: app.id }, inhabil)).errors?.[0]).toMatchObject({ message: 'grant/conflict_declared', extensions: { code: 'FORBIDDEN' } });
    expect((await g(`mutation($id: ID!) { grantApplicationRequestInfo(id: $id, message: "Mer?") { id } }`, { id: app.id }, inhabil)).errors?.[0]?.message).toBe('grant/conflict_declared');
    expect((await g(DECLARE, { id: app.id, d: 'NO_CONFLICT' }, inhabil)).errors?.[0]).toMatchObject({ message: 'grant/conflict_declared', extensions: { code: 'CONFLICT' } });
    expect(ok(await g<{ grantAssessmentDeclare: { declaration: string } }>(DECLARE, { id: app.id, d: 'CONFLICT' }, inhabil)).grantAssessmentDeclare.declaration).toBe('CONFLICT');
    // Nor read its reviewers' data in the log (the entry itself is there for everyone).
    const log = ok(await g<Log>(LOG, { id: app.id }, inhabil)).auditLog;
    expect(log.map((e) => e.action)).toEqual(['created', 'state:DRAFT→SUBMITTED', 'no_conflict_declared', 'state:SUBMITTED→IN_REVIEW', 'no_conflict_declared', 'assessed', 'conflict_declared']);
    expect(log.find((e) => e.action === 'assessed')!.details).toEqual({});
    expect(log.at(-1)).toMatchObject({ actorName: 'Inga Inhabil', details: { assessmentWithdrawn: true } });

    // Colleagues see the declaration, without the withdrawn scores and comment.
    const seen = ok(await g<{ grantApplication: { assessments: { reviewerName: string; declaration: string; comment: string; scores: unknown[] }[] } }>(`query($id: ID!) { grantApplication(id: $id) { assessments { reviewerName declaration comment scores { key score } } } }`, { id: app.id }, colleague));
    expect(seen.grantApplication.assessments).toContainEqual({ reviewerName: 'Inga Inhabil', declaration: 'CONFLICT', comment: '', scores: [] });

    // A conflict declared straight away: no access, and the application is not taken into review by it.
    ok(await g(DECLARE, { id: other.id, d: 'CONFLICT' }, colleague));
    expect(ok(await g<{ grantApplication: { state: string } }>(`query($id: ID!) { grantApplication(id: $id) { state } }`, { id: other.id }, other.cookie)).grantApplication.state).toBe('SUBMITTED');
    expect((await g(`query($id: ID!) { grantApplication(id: $id) { summary } }`, { id: other.id }, colleague)).errors?.[0]?.message).toBe('grant/conflict_declared');

    const dash = ok(await g<{ grantRoundDashboard: { conflicts: { reviewerName: string; declaredAt: string; application: { title: string } }[] } }>(`query($r: ID!) { grantRoundDashboard(roundId: $r) { conflicts { reviewerName declaredAt application { title } } } }`, { r: roundId }, staff));
    expect(dash.grantRoundDashboard.conflicts.map((c) => [c.reviewerName, c.application.title])).toEqual([['Inga Inhabil', 'Jobbklubb'], ['Kollega Kristiansen', 'Språkkafé']]);
  });

  it('asks the applicant for more information by e-mail, in each member’s language, with a link to the application', async () => {
    const roundId = await openRound(500_000, 0);
    const app = await submitted(roundId, 'Arbeidspraksis');
    const english = await make.user({ email: `english-${Date.now()}@example.no` });
    await server.orm.em.fork().nativeUpdate(User, { id: english.id }, { preferredLanguage: Language.en });
    await make.membership(app.org, english);
    ok(await g(DECLARE, { id: app.id, d: 'NO_CONFLICT' }, staff));
    ok(await g(`mutation($id: ID!) { grantApplicationRequestInfo(id: $id, message: "Legg ved budsjett for 2027.") { state } }`, { id: app.id }, staff));

    const [nb] = await server.mails(app.user.email);
    expect(nb).toMatchObject({ subject: 'Mer informasjon trengs: Arbeidspraksis' });
    expect(nb!.text).toContain('Legg ved budsjett for 2027.');
    expect(nb!.text).toContain(`${server.config.publicUrl}/tilskudd/soknader/${app.id}`);
    const [en] = await server.mails(english.email);
    expect(en).toMatchObject({ subject: 'More information needed: Arbeidspraksis' });
    expect(en!.text).toContain(`${server.config.publicUrl}/tilskudd/soknader/${app.id}`);
    const inbox = ok(await g<{ notifications: { nodes: { type: string; details: { applicationId: string } }[] } }>(`{ notifications { nodes { type details { applicationId } } } }`, {}, app.cookie));
    expect(inbox.notifications.nodes).toContainEqual({ type: 'GRANT_MORE_INFO', details: { applicationId: app.id } });
  });
});

describe('grant calls in the platform search', () => {
  it('finds open calls by their guidelines for everyone, drafts only for county staff, with municipality facets', async () => {
    const open = await openRound();
    ok(await g(`mutation($id: ID!) { grantRoundUpdate(id: $id, input: { eligibleMunicipalities: ["4003"], guidelines: "Prosjekter som gir innvandrere arbeidspraksis." }) { id } }`, { id: open }, staff));
    const scheme = ok(await g<{ grantSchemeCreate: { id: string } }>(`mutation { grantSchemeCreate(name: "Utkastordning") { id } }`, {}, staff));
    const draft = ok(await g<{ grantRoundCreate: { id: string } }>(
      `mutation($i: GrantRoundInput!) { grantRoundCreate(input: $i) { id } }`,
      { i: { schemeId: scheme.grantSchemeCreate.id, title: 'Utkast om arbeidspraksis', year, budget: 1000, guidelines: 'Arbeidspraksis for innvandrere.', opensAt: `${year}-01-01T08:00`, closesAt: `${year}-03-01T12:00` } },
      staff,
    ));
    type Res = { search: { hits: { type: string; id: string; url: string; snippet: string }[]; municipalityFacet: { value: string; count: number }[] } };
    const query = `query($f: SearchFilter) { search(query: "arbeidspraksisen", filter: $f) { hits { type id url snippet } municipalityFacet { value count } } }`;
    const anonymous = ok(await g<Res>(query, { f: { types: ['GRANT_ROUND'] } }));
    expect(anonymous.search.hits.map((h) => h.id)).toEqual([open]);
    expect(anonymous.search.hits[0]!.url).toBe(`/tilskudd/runder/${open}`);
    expect(anonymous.search.hits[0]!.snippet).toContain('<mark>arbeidspraksis</mark>');
    expect(anonymous.search.municipalityFacet).toEqual([{ value: '4003', count: 1 }]);
    const asStaff = ok(await g<Res>(query, { f: { types: ['GRANT_ROUND'] } }, staff));
    expect(asStaff.search.hits.map((h) => h.id).sort()).toEqual([open, draft.grantRoundCreate.id].sort());
    // The municipality facet ignores its own filter, so choosing a value still shows the others.
    const filtered = ok(await g<Res>(query, { f: { types: ['GRANT_ROUND'], municipality: '4003' } }, staff));
    expect(filtered.search.hits.map((h) => h.id)).toEqual([open]);
    expect(filtered.search.municipalityFacet).toEqual([{ value: '4003', count: 1 }]);
  });

  it('follows the round’s current text: a new guidelines version, a new title, a changed scheme', async () => {
    const id = await openRound();
    const found = async (q: string) => ok(await g<{ search: { hits: { id: string }[] } }>(`query($q: String!) { search(query: $q, filter: { types: [GRANT_ROUND] }) { hits { id } } }`, { q })).search.hits.some((h) => h.id === id);
    ok(await g(`mutation($id: ID!) { grantRoundUpdate(id: $id, input: { guidelines: "Tiltak for kvalifiseringsløp i kommunene." }) { id } }`, { id }, staff));
    expect(await found('kvalifiseringsløp')).toBe(true);
    ok(await g(`mutation($id: ID!) { grantRoundUpdate(id: $id, input: { guidelines: "Tiltak for sommerjobb til ungdom." }) { id } }`, { id }, staff));
    expect(await found('sommerjobb')).toBe(true);
    expect(await found('kvalifiseringsløp')).toBe(false); // the earlier version is kept, but no longer searched
    ok(await g(`mutation($id: ID!) { grantRoundUpdate(id: $id, input: { title: "Inkluderingsmidler ${year}" }) { id } }`, { id }, staff));
    expect(await found('inkluderingsmidler')).toBe(true);
    // Schemes have no mutation to edit them: a script or a migration changes them, and search follows all the same.
    await server.orm.em.getConnection().execute(`update grant_scheme set description = 'Ordningen støtter fritidskasser.' where id = (select scheme_id from grant_round where id = ?)`, [id]);
    expect(await found('fritidskasser')).toBe(true);
  });
});

describe('application attachments', () => {
  const upload = (applicationId: string, cookie: string, body: Buffer = MINIMAL_PDF, name = 'budsjett.pdf') => postFile(`${server.url}/filer/soknader/${applicationId}`, body, name, cookie);
  type Att = { grantApplication: { attachments: { id: string; filename: string; mimeType: string; url: string }[] } };
  const ATTACHMENTS = `query($id: ID!) { grantApplication(id: $id) { attachments { id filename mimeType url } } }`;

  it('the organisation attaches while it can edit; reviewers fetch after declaring; others get 404; delete removes the file', async () => {
    const roundId = await openRound(500_000, 0);
    const a = await applicant();
    const id = ok(await g<{ grantApplicationCreate: { id: string } }>(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Mentorordning") { id } }`, { r: roundId, o: a.org.id }, a.cookie)).grantApplicationCreate.id;

    expect((await upload(id, a.cookie)).status).toBe(201);
    expect((await upload(id, a.cookie, Buffer.from('<html>ikke pdf</html>'), 'falsk.pdf')).status).toBe(415);
    const outsider = await make.cookieFor(await make.user());
    expect((await upload(id, outsider)).status).toBe(404);
    expect((await upload(id, '')).status).toBe(401);

    const [first] = ok(await g<Att>(ATTACHMENTS, { id }, a.cookie)).grantApplication.attachments;
    expect(first).toMatchObject({ filename: 'budsjett.pdf', mimeType: 'application/pdf' });
    const fetchAs = (cookie?: string) => fetch(`${server.url}${first!.url}`, { headers: cookie ? { cookie } : {} });
    expect((await fetchAs(a.cookie)).status).toBe(200);
    expect((await fetchAs()).status).toBe(404);
    expect((await fetchAs(outsider)).status).toBe(404);

    // A second one, removed again: the row and the file go.
    expect((await upload(id, a.cookie, MINIMAL_PDF, 'utkast.pdf')).status).toBe(201);
    const second = ok(await g<Att>(ATTACHMENTS, { id }, a.cookie)).grantApplication.attachments.find((f) => f.filename === 'utkast.pdf')!;
    const key = fileKeys.grantAttachment(second.id);
    expect(await server.app.services.files.size(key)).toBe(MINIMAL_PDF.length);
    ok(await g(`mutation($id: ID!) { grantAttachmentDelete(id: $id) { id } }`, { id: second.id }, a.cookie));
    expect(await server.app.services.files.size(key)).toBeNull();

    // Submitted: no more changes; county staff read it only after declaring, like the rest of the content.
    ok(await g(SAVE, { id, v: 1, i: { summary: 's', projectPlan: 'p', budgetLines: [{ description: 'Lønn', ownFunding: 0, requested: 100_000 }] } }, a.cookie));
    ok(await g(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`, { id }, a.cookie));
    expect((await upload(id, a.cookie)).status).toBe(409);
    expect((await g(`mutation($id: ID!) { grantAttachmentDelete(id: $id) { id } }`, { id: first!.id }, a.cookie)).errors?.[0]?.message).toBe('grant/not_editable');
    expect((await fetchAs(staff)).status).toBe(404);
    ok(await g(`mutation($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }`, { id }, staff));
    const asStaff = await fetchAs(staff);
    expect(asStaff.status).toBe(200);
    expect(asStaff.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('what the viewer may do: every move through the API, and viewerCan saying the same', () => {
  const APP = `query($id: ID!) { grantApplication(id: $id) { state missing viewerCan { edit submit resubmit withdraw assess declareConflict requestInfo decide } } }`;
  const ROUND = `query($id: ID!) { grantRound(id: $id) { state viewerCan { edit open close publishDecisions } } }`;
  const NOTHING = { edit: false, submit: false, resubmit: false, withdraw: false, assess: false, declareConflict: false, requestInfo: false, decide: false };
  const REVIEWER = { ...NOTHING, assess: true, declareConflict: true };
  const may = async (id: string, cookie: string) => ok(await g<{ grantApplication: { state: string; missing: string[]; viewerCan: typeof NOTHING } }>(APP, { id }, cookie)).grantApplication;
  const roundMay = async (id: string, cookie: string) => ok(await g<{ grantRound: { state: string; viewerCan: Record<string, boolean> } }>(ROUND, { id }, cookie)).grantRound;
  const refused = async (query: string, vars: Record<string, unknown>, cookie: string) => (await g(query, vars, cookie)).errors?.[0]?.message;
  const SUBMIT = `mutation($id: ID!) { grantApplicationSubmit(id: $id) { state } }`;
  const WITHDRAW = `mutation($id: ID!) { grantApplicationWithdraw(id: $id) { state } }`;
  const REQUEST = `mutation($id: ID!) { grantApplicationRequestInfo(id: $id, message: "Legg ved budsjett") { state } }`;
  const DECIDE = `mutation($id: ID!) { grantApplicationDecide(id: $id, decision: REJECTED, grantedAmount: 0, reason: "Utenfor ordningen") { state } }`;

  it('GrantApplication.viewerCan follows the application through every state, for its organisation and a cleared reviewer, and the refused moves are refused', async () => {
    const roundId = await openRound(500_000, 0);
    const a = await applicant();
    const outsider = await applicant();
    const id = ok(await g<{ grantApplicationCreate: { id: string } }>(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Språkvenner") { id } }`, { r: roundId, o: a.org.id }, a.cookie)).grantApplicationCreate.id;

    // DRAFT: its organisation edits, submits or withdraws; nobody else sees it.
    expect((await may(id, a.cookie)).viewerCan).toEqual({ ...NOTHING, edit: true, submit: true, withdraw: true });
    expect((await g(APP, { id }, staff)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await g(APP, { id }, outsider.cookie)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await refused(REQUEST, { id }, staff)).toBe('grant_application/not_found');
    ok(await g(SAVE, { id, v: 1, i: { summary: 's', projectPlan: 'p', budgetLines: [{ description: 'Lønn', ownFunding: 0, requested: 40_000 }] } }, a.cookie));

    // SUBMITTED: only withdrawing is left to the organisation; a reviewer must declare first.
    ok(await g(SUBMIT, { id }, a.cookie));
    expect((await may(id, a.cookie)).viewerCan).toEqual({ ...NOTHING, withdraw: true });
    expect(await refused(SUBMIT, { id }, a.cookie)).toBe('grant/not_editable');
    expect(await refused(SAVE, { id, v: 2, i: { summary: 'Etterpå' } }, a.cookie)).toBe('grant/not_editable');
    expect(await refused(REQUEST, { id }, staff)).toBe('grant/declaration_required');

    // IN_REVIEW (the declaration started it): the reviewer scores and may ask for more; no decision while the round is open.
    ok(await g(`mutation($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }`, { id }, staff));
    expect(await may(id, staff)).toMatchObject({ state: 'IN_REVIEW', viewerCan: { ...REVIEWER, requestInfo: true } });
    expect((await may(id, a.cookie)).viewerCan).toEqual({ ...NOTHING, withdraw: true });
    expect(await refused(DECIDE, { id }, staff)).toBe('grant/round_not_closed');

    // MORE_INFO_REQUESTED: the organisation edits and resubmits, even after the deadline (which `missing` no longer lists).
    ok(await g(REQUEST, { id }, staff));
    expect(await refused(REQUEST, { id }, staff)).toBe('grant/invalid_transition');
    expect((await may(id, staff)).viewerCan).toEqual(REVIEWER);
    ok(await g(`mutation($id: ID!) { grantRoundClose(id: $id) { state } }`, { id: roundId }, staff));
    expect(await may(id, a.cookie)).toEqual({ state: 'MORE_INFO_REQUESTED', missing: [], viewerCan: { ...NOTHING, edit: true, resubmit: true, withdraw: true } });
    expect((await may(id, staff)).viewerCan).toEqual({ ...REVIEWER, decide: true });
    ok(await g(SUBMIT, { id }, a.cookie));

    // Back IN_REVIEW in a closed round: decidable; once a decision is recorded the organisation can no longer withdraw.
    expect(await may(id, staff)).toMatchObject({ state: 'IN_REVIEW', viewerCan: { ...REVIEWER, requestInfo: true, decide: true } });
    ok(await g(DECIDE, { id }, staff));
    expect((await may(id, a.cookie)).viewerCan).toEqual(NOTHING);
    expect(await refused(WITHDRAW, { id }, a.cookie)).toBe('grant/not_withdrawable');

    // DECIDED: final; the reviewer still reads and may still declare a conflict.
    ok(await g(`mutation($id: ID!) { grantRoundPublishDecisions(id: $id) { state } }`, { id: roundId }, staff));
    expect(await may(id, a.cookie)).toMatchObject({ state: 'DECIDED', viewerCan: NOTHING });
    expect((await may(id, staff)).viewerCan).toEqual(REVIEWER);
    expect(await refused(REQUEST, { id }, staff)).toBe('grant/invalid_transition');
    expect(await refused(DECIDE, { id }, staff)).toBe('grant/round_not_closed');
    expect(await refused(SUBMIT, { id }, a.cookie)).toBe('grant/not_editable');
  });

  it('a withdrawn application is final; from a draft or in review', async () => {
    const roundId = await openRound(500_000, 0);
    const a = await applicant();
    const create = async (title: string) => ok(await g<{ grantApplicationCreate: { id: string } }>(`mutation($r: ID!, $o: ID!, $t: String!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: $t) { id } }`, { r: roundId, o: a.org.id, t: title }, a.cookie)).grantApplicationCreate.id;
    const draft = await create('Utkast som trekkes');
    ok(await g(WITHDRAW, { id: draft }, a.cookie));
    expect(await may(draft, a.cookie)).toMatchObject({ state: 'WITHDRAWN', viewerCan: NOTHING });
    expect(await refused(WITHDRAW, { id: draft }, a.cookie)).toBe('grant/not_withdrawable');
    expect(await refused(SUBMIT, { id: draft }, a.cookie)).toBe('grant/not_editable');

    const reviewed = await create('Trekkes under behandling');
    ok(await g(SAVE, { id: reviewed, v: 1, i: { summary: 's', projectPlan: 'p', budgetLines: [{ description: 'Lønn', ownFunding: 0, requested: 10_000 }] } }, a.cookie));
    ok(await g(SUBMIT, { id: reviewed }, a.cookie));
    ok(await g(`mutation($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }`, { id: reviewed }, staff));
    ok(await g(WITHDRAW, { id: reviewed }, a.cookie));
    expect((await may(reviewed, staff)).viewerCan).toEqual(REVIEWER);
    expect(await refused(REQUEST, { id: reviewed }, staff)).toBe('grant/invalid_transition');
  });

  it('GrantRound.viewerCan offers county staff exactly the round’s next move; the others are refused', async () => {
    const a = await applicant();
    const roundId = await draftRound(500_000, 0);
    const OPEN = `mutation($id: ID!) { grantRoundOpen(id: $id) { state } }`;
    const CLOSE = `mutation($id: ID!) { grantRoundClose(id: $id) { state } }`;
    const PUBLISH = `mutation($id: ID!) { grantRoundPublishDecisions(id: $id) { state } }`;
    const UPDATE = `mutation($id: ID!) { grantRoundUpdate(id: $id, input: { budget: 1000 }) { state } }`;
    const none = { edit: false, open: false, close: false, publishDecisions: false };

    expect(await roundMay(roundId, staff)).toEqual({ state: 'DRAFT', viewerCan: { ...none, edit: true, open: true } });
    expect(await refused(CLOSE, { id: roundId }, staff)).toBe('grant/invalid_transition');
    expect(await refused(PUBLISH, { id: roundId }, staff)).toBe('grant/round_not_closed');
    ok(await g(OPEN, { id: roundId }, staff));
    expect(await roundMay(roundId, staff)).toEqual({ state: 'OPEN', viewerCan: { ...none, edit: true, close: true } });
    expect(await roundMay(roundId, a.cookie)).toEqual({ state: 'OPEN', viewerCan: none });
    expect(await refused(OPEN, { id: roundId }, staff)).toBe('grant/invalid_transition');
    expect(await refused(PUBLISH, { id: roundId }, staff)).toBe('grant/round_not_closed');
    ok(await g(CLOSE, { id: roundId }, staff));
    expect(await roundMay(roundId, staff)).toEqual({ state: 'CLOSED', viewerCan: { ...none, edit: true, publishDecisions: true } });
    expect(await refused(OPEN, { id: roundId }, staff)).toBe('grant/invalid_transition');
    expect(await refused(CLOSE, { id: roundId }, staff)).toBe('grant/invalid_transition');
    ok(await g(PUBLISH, { id: roundId }, staff));
    expect(await roundMay(roundId, staff)).toEqual({ state: 'DECIDED', viewerCan: none });
    for (const move of [OPEN, CLOSE]) expect(await refused(move, { id: roundId }, staff)).toBe('grant/invalid_transition');
    expect(await refused(PUBLISH, { id: roundId }, staff)).toBe('grant/round_not_closed');
    expect(await refused(UPDATE, { id: roundId }, staff)).toBe('grant/round_decided');
  });
});
