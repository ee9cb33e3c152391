import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { factories, MINIMAL_PDF, postFile } from '../../../../test/factories.js';
import { testServerForFile } from '../../../../test/test-server.js';
import { collect, settled, wsClient } from '../../../../test/ws.js';
import { Language, PlatformRole, User } from '../../accounts/user.entity.js';
import { Notification } from '../../notifications/notification.entity.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { ApplicationState, ConflictDeclaration, Decision, GrantApplication, GrantAssessment, GrantRound, GrantScheme, RoundState } from '../grant.entity.js';
import { appealDeadline } from './deadlines.js';
import { AwardState, GrantAward, GrantChangeRequest, GrantPayment, GrantReport } from './follow-up.entity.js';
import { followUpUpkeep } from './reminders.js';

const server = testServerForFile();
const make = factories(server);
let staff: string;
let staffUser: User;
beforeAll(async () => {
  staffUser = await make.user({ role: PlatformRole.COUNTY_STAFF, name: 'Saksbehandler' });
  staff = await make.cookieFor(staffUser);
});

const DAY = 86_400_000;
const g = <T = Record<string, unknown>>(q: string, v: Record<string, unknown> = {}, cookie?: string) => server.gql<T>(q, v, { cookie });
const ok = <T>(res: { data?: T | null; errors?: unknown }) => {
  expect(res.errors).toBeUndefined();
  return res.data as T;
};
const em = () => server.orm.em.fork();
const upkeep = (now: Date) => followUpUpkeep({ em: em() as never, mailer: server.app.services.mailer, logger: server.app.services.logger, publicUrl: server.config.publicUrl, now });

interface Applicant {
  user: User;
  org: Organisation;
  cookie: string;
  applicationId: string;
}

/**
 * A closed round whose applications are decided (each org's amount; 0 rejects), published through the server so the
 * awards are made as in real life. Reports: a mid-term in 90 days and a final in 200 days; the default 75/25 plan.
 */
async function publishedRound(amounts: number[], opts: { languages?: Language[]; reports?: boolean; paymentPlan?: GrantRound['paymentPlan'] } = {}): Promise<{ roundId: string; applicants: Applicant[] }> {
  const e = em();
  const scheme = e.create(GrantScheme, { name: `TIIA ${randomUUID()}` });
  const now = Date.now();
  const round = e.create(GrantRound, {
    scheme, title: 'TIIA oppfølging', year: 2027, budget: 1_000_000, guidelinesVersion: 1, criteria: [{ key: 'relevance', title: 'Relevans', weight: 1 }], opensAt: new Date(now - 60 * DAY), closesAt: new Date(now - 30 * DAY), state: RoundState.CLOSED,
    reportRequirements: opts.reports === false ? [] : [{ key: 'midterm', kind: 'MIDTERM', dueAt: new Date(now + 90 * DAY).toISOString() }, { key: 'final', kind: 'FINAL', dueAt: new Date(now + 200 * DAY).toISOString() }],
    ...(opts.paymentPlan ? { paymentPlan: opts.paymentPlan } : {}),
  });
  const applicants: Applicant[] = [];
  for (const [i, amount] of amounts.entries()) {
    const user = await make.user({ name: `Søker ${i}` });
    if (opts.languages?.[i]) await em().nativeUpdate(User, { id: user.id }, { preferredLanguage: opts.languages[i] });
    const org = await make.organisation({ admins: [user], name: `Forening ${i} ${randomUUID().slice(0, 4)}` });
    const app = e.create(GrantApplication, {
      round, organisation: e.getReference(Organisation, org.id), title: `Prosjekt ${i}`, summary: `Sammendrag ${i}`, guidelinesVersion: 1, state: ApplicationState.IN_REVIEW,
      budgetLines: [{ description: 'Koordinator', ownFunding: 20_000, requested: 150_000 }, { description: 'Samlinger', ownFunding: 0, requested: 50_000 }], requestedTotal: 200_000,
      decision: amount ? (amount === 200_000 ? Decision.APPROVED : Decision.PARTIALLY_APPROVED) : Decision.REJECTED, grantedAmount: amount, decisionReason: 'Begrunnelse', decidedAt: new Date(),
    });
    e.create(GrantAssessment, { application: app, reviewer: e.getReference(User, staffUser.id), declaration: ConflictDeclaration.NO_CONFLICT, noConflictDeclaredAt: new Date() });
    applicants.push({ user, org, cookie: await make.cookieFor(user), applicationId: app.id });
  }
  await e.flush();
  ok(await g(`mutation($id: ID!) { grantRoundPublishDecisions(id: $id) { state } }`, { id: round.id }, staff));
  return { roundId: round.id, applicants };
}

const AWARD = `query($id: ID!) { grantApplication(id: $id) { appealDeadline viewerCan { fileAppeal } award { id state amount acceptDeadline viewerCan { accept decline requestChange claimRepayment }
  payments { id position percent amount trigger state viewerCan { markPaid } } reports { id kind state dueAt version } } } }`;
type AwardData = { grantApplication: { appealDeadline: string | null; viewerCan: { fileAppeal: boolean }; award: null | { id: string; state: string; amount: number; acceptDeadline: string; viewerCan: Record<string, boolean>; payments: { id: string; position: number; percent: number; amount: number; trigger: string; state: string; viewerCan: { markPaid: boolean } }[]; reports: { id: string; kind: string; state: string; dueAt: string; version: number }[] } } };
const awardOf = async (a: Applicant, cookie = a.cookie) => ok(await g<AwardData>(AWARD, { id: a.applicationId }, cookie)).grantApplication;
const ACCEPT = `mutation($id: ID!) { grantAwardAccept(id: $id) { state } }`;
const FOLLOW_UP = `query($r: ID!) { grantRoundFollowUp(roundId: $r) { awarded returned requested paid notAnswered { id } overdueReports { id } reportsToReview { id } pendingChanges { id } openAppeals { id } } }`;
type FollowUp = { grantRoundFollowUp: { awarded: number; returned: number; requested: number; paid: number; notAnswered: { id: string }[]; overdueReports: { id: string }[]; reportsToReview: { id: string }[]; pendingChanges: { id: string }[]; openAppeals: { id: string }[] } };

describe('acceptance (tilsagn)', () => {
  it('publication makes an award per approval with a deadline in Oslo days and the round’s payment plan; the organisation accepts and its reports are set up', async () => {
    const { roundId, applicants } = await publishedRound([200_000, 0]);
    const [winner, loser] = applicants as [Applicant, Applicant];
    const round = await em().findOneOrFail(GrantRound, { id: roundId });
    const mine = await awardOf(winner);
    expect(mine.award).toMatchObject({ state: 'OFFERED', amount: 200_000, viewerCan: { accept: true, decline: true, requestChange: false, claimRepayment: false }, reports: [] });
    // The end of the 21st Oslo day after the publication.
    const day = new Date(round.decisionsPublishedAt!.getTime() + 21 * DAY).toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });
    expect(new Date(mine.award!.acceptDeadline).toLocaleString('sv-SE', { timeZone: 'Europe/Oslo' })).toBe(`${day} 23:59:59`);
    expect(mine.award!.payments.map((p) => [p.percent, p.amount, p.trigger, p.state])).toEqual([[75, 150_000, 'ACCEPTANCE', 'PLANNED'], [25, 50_000, 'FINAL_REPORT', 'PLANNED']]);
    expect((await awardOf(loser)).award).toBeNull();
    // Another organisation cannot see it; staff see who has not answered.
    const other = await make.cookieFor(await make.user());
    expect((await g(`query($id: ID!) { grantAward(id: $id) { id } }`, { id: mine.award!.id }, other)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp).toMatchObject({ awarded: 200_000, returned: 0, notAnswered: [{ id: mine.award!.id }] });
    // Staff may not answer for the organisation; staff who are inhabil for the application stay out of its follow-up.
    expect((await g(ACCEPT, { id: mine.award!.id }, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const inhabilUser = await make.user({ role: PlatformRole.COUNTY_STAFF });
    const e = em();
    e.create(GrantAssessment, { application: e.getReference(GrantApplication, winner.applicationId), reviewer: e.getReference(User, inhabilUser.id), declaration: ConflictDeclaration.CONFLICT, conflictDeclaredAt: new Date() });
    await e.flush();
    const inhabil = await make.cookieFor(inhabilUser);
    expect((await g(`query($id: ID!) { grantAward(id: $id) { id } }`, { id: mine.award!.id }, inhabil)).errors?.[0]).toMatchObject({ message: 'grant/conflict_declared', extensions: { code: 'FORBIDDEN' } });

    const client = wsClient(server.port, staff);
    const live = collect<{ grantRoundUpdates: { type: string; applicationId: string } }>(client, `subscription($r: ID!) { grantRoundUpdates(roundId: $r) { type applicationId } }`, { r: roundId });
    await settled(client);
    await new Promise((r) => setTimeout(r, 100));
    expect(ok(await g<{ grantAwardAccept: { state: string } }>(ACCEPT, { id: mine.award!.id }, winner.cookie)).grantAwardAccept.state).toBe('ACCEPTED');
    expect((await live.waitFor(1))[0]!.grantRoundUpdates).toEqual({ type: 'award.accepted', applicationId: winner.applicationId });
    await client.dispose();

    const accepted = (await awardOf(winner)).award!;
    expect(accepted.viewerCan).toMatchObject({ accept: false, decline: false, requestChange: true });
    expect(accepted.reports.map((r) => [r.kind, r.state])).toEqual([['MIDTERM', 'DRAFT'], ['FINAL', 'DRAFT']]);
    expect(accepted.payments.map((p) => p.state)).toEqual(['REQUESTED', 'PLANNED']);
    expect((await g(ACCEPT, { id: mine.award!.id }, winner.cookie)).errors?.[0]).toMatchObject({ message: 'grant/award_not_open', extensions: { code: 'CONFLICT' } });
    const followUp = ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp;
    expect(followUp).toMatchObject({ notAnswered: [], requested: 150_000, paid: 0 });
    const log = ok(await g<{ grantAwardAuditLog: { action: string; entityType: string; actorName: string | null }[] }>(`query($id: ID!) { grantAwardAuditLog(id: $id) { action entityType actorName } }`, { id: mine.award!.id }, staff)).grantAwardAuditLog;
    expect(log.map((e) => `${e.entityType} ${e.action}`)).toEqual(['grant_award award_made', 'grant_award state:OFFERED→ACCEPTED', 'grant_payment state:PLANNED→REQUESTED']);
  });

  it('a decline returns the amount to the round and cancels the planned payments', async () => {
    const { roundId, applicants } = await publishedRound([120_000]);
    const [a] = applicants as [Applicant];
    const award = (await awardOf(a)).award!;
    const dashboard = async () => ok(await g<{ grantRoundDashboard: { granted: number } }>(`query($r: ID!) { grantRoundDashboard(roundId: $r) { granted } }`, { r: roundId }, staff)).grantRoundDashboard.granted;
    expect(await dashboard()).toBe(120_000);
    expect((await g(`mutation($id: ID!) { grantAwardDecline(id: $id, reason: " ") { state } }`, { id: award.id }, a.cookie)).errors?.[0]).toMatchObject({ message: 'grant/reason_required', extensions: { code: 'BAD_USER_INPUT' } });
    ok(await g(`mutation($id: ID!) { grantAwardDecline(id: $id, reason: "Prosjektleder sluttet") { state declineReason } }`, { id: award.id }, a.cookie));
    expect((await awardOf(a)).award).toMatchObject({ state: 'DECLINED', payments: [{ state: 'CANCELLED' }, { state: 'CANCELLED' }] });
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp).toMatchObject({ awarded: 0, returned: 120_000 });
    expect(await dashboard()).toBe(0);
  });

  it('holds the acceptance deadline to the second', async () => {
    const { applicants } = await publishedRound([200_000, 200_000]);
    const [early, late] = applicants as [Applicant, Applicant];
    const [a1, a2] = [(await awardOf(early)).award!, (await awardOf(late)).award!];
    await em().nativeUpdate(GrantAward, { id: a1.id }, { acceptDeadline: new Date(Date.now() + 2000) });
    await em().nativeUpdate(GrantAward, { id: a2.id }, { acceptDeadline: new Date(Date.now() - 1000) });
    expect(ok(await g<{ grantAwardAccept: { state: string } }>(ACCEPT, { id: a1.id }, early.cookie)).grantAwardAccept.state).toBe('ACCEPTED');
    expect((await awardOf(late)).award!.viewerCan).toMatchObject({ accept: false, decline: false });
    expect((await g(ACCEPT, { id: a2.id }, late.cookie)).errors?.[0]).toMatchObject({ message: 'grant/acceptance_deadline_passed', extensions: { code: 'CONFLICT' } });
    expect((await g(`mutation($id: ID!) { grantAwardDecline(id: $id, reason: "Nei") { state } }`, { id: a2.id }, late.cookie)).errors?.[0]?.message).toBe('grant/acceptance_deadline_passed');
  });

  it('reminds 7 and 1 days before the deadline, in each member’s language, then lapses the award after it', async () => {
    const { roundId, applicants } = await publishedRound([100_000], { languages: [Language.en] });
    const [a] = applicants as [Applicant];
    const award = await em().findOneOrFail(GrantAward, { application: a.applicationId });
    const deadline = award.acceptDeadline.getTime();
    // Other tests' awards share the database: what this award got is read from its own mails and row.
    const reminders = async () => (await server.mails(a.user.email)).filter((m) => m.subject.startsWith('Answer your grant award')).length;
    const row = () => em().findOneOrFail(GrantAward, { id: award.id });
    await upkeep(new Date(deadline - 8 * DAY));
    expect(await reminders()).toBe(0);
    await upkeep(new Date(deadline - 6 * DAY));
    await upkeep(new Date(deadline - 5 * DAY));
    expect(await reminders()).toBe(1);
    await upkeep(new Date(deadline - 12 * 3_600_000));
    expect(await reminders()).toBe(2);
    const [mail] = await server.mails(a.user.email);
    expect(mail!.subject).toMatch(/^Answer your grant award by \d+\.\d+\.\d{4} kl\. 23:59: Prosjekt 0$/);
    expect(mail!.text).toContain(`/tilskudd/soknader/${a.applicationId}/oppfolging`);
    expect(await em().count(Notification, { user: a.user.id, type: 'GRANT_ACCEPTANCE_DUE' as never })).toBe(2);
    // At the deadline's own millisecond it still holds; a moment after, the award lapses.
    await upkeep(new Date(deadline));
    expect((await row()).state).toBe(AwardState.OFFERED);
    await upkeep(new Date(deadline + 1));
    expect((await row()).state).toBe(AwardState.LAPSED);
    expect((await awardOf(a)).award).toMatchObject({ state: 'LAPSED', payments: [{ state: 'CANCELLED' }, { state: 'CANCELLED' }] });
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp).toMatchObject({ returned: 100_000, notAnswered: [] });
    await upkeep(new Date(deadline + 2 * DAY));
    expect(await reminders()).toBe(2);
  });
});

const REPORT = `query($id: ID!) { grantReport(id: $id) { id state version overdue missing goals activitiesHeld totalSpent grantUsed reviewMessage
  accounts { line description planned actual } results { municipality { number } targetGroup participants } attachments { id filename url }
  viewerCan { edit submit resubmit approve requestChanges reject requestExtension } } }`;
type Report = { grantReport: { id: string; state: string; version: number; overdue: boolean; missing: string[]; accounts: { line: number; description: string; planned: number; actual: number | null }[]; results: unknown[]; attachments: { id: string; filename: string; url: string }[]; reviewMessage: string | null; viewerCan: Record<string, boolean> } };
const SAVE = `mutation($id: ID!, $v: Int!, $i: GrantReportInput!) { grantReportSave(id: $id, version: $v, input: $i) { version missing } }`;
const SUBMIT = `mutation($id: ID!) { grantReportSubmit(id: $id) { state } }`;

async function acceptedAward(amount = 200_000, opts: { languages?: Language[]; paymentPlan?: GrantRound['paymentPlan'] } = {}) {
  const { roundId, applicants } = await publishedRound([amount], opts);
  const [a] = applicants as [Applicant];
  const award = (await awardOf(a)).award!;
  ok(await g(ACCEPT, { id: award.id }, a.cookie));
  const reports = (await awardOf(a)).award!.reports;
  return { roundId, a, awardId: award.id, midterm: reports[0]!.id, final: reports[1]!.id };
}

const COMPLETE = { goals: 'Vi holdt 12 samlinger.', activitiesHeld: 12, results: [{ municipalityNumber: '4003', targetGroup: 'ADULTS', participants: 30 }, { municipalityNumber: '4001', targetGroup: 'YOUTH', participants: 10 }], accounts: [{ line: 0, actual: 160_000 }, { line: 1, actual: 40_000 }], totalSpent: 200_000, grantUsed: 190_000 };

describe('reports', () => {
  it('autosaves with a version check, checks the totals, and goes round the changes loop until approved, which makes the final payment due', async () => {
    const { roundId, a, awardId, final } = await acceptedAward(200_000, { languages: [Language.nn] });
    const first = ok(await g<Report>(REPORT, { id: final }, a.cookie)).grantReport;
    expect(first).toMatchObject({ state: 'DRAFT', version: 1, overdue: false, missing: ['goals', 'results', 'accounts', 'totalSpent', 'grantUsed'], viewerCan: { edit: true, submit: true, approve: false, requestExtension: true } });
    expect(first.accounts).toEqual([{ line: 0, description: 'Koordinator', planned: 170_000, actual: null }, { line: 1, description: 'Samlinger', planned: 50_000, actual: null }]);

    const saved = ok(await g<{ grantReportSave: { version: number; missing: string[] } }>(SAVE, { id: final, v: 1, i: { ...COMPLETE, totalSpent: 199_000 } }, a.cookie)).grantReportSave;
    expect(saved).toEqual({ version: 2, missing: ['totalMismatch'] });
    expect((await g(SAVE, { id: final, v: 1, i: { goals: 'Overskriver' } }, a.cookie)).errors?.[0]).toMatchObject({ message: 'grant/version_conflict', extensions: { code: 'CONFLICT', currentVersion: 2 } });
    expect((await g(SAVE, { id: final, v: 2, i: { grantUsed: 200_001 } }, a.cookie)).errors?.[0]).toMatchObject({ message: 'grant/grant_used_over_award', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await g(SAVE, { id: final, v: 2, i: { accounts: [{ line: 2, actual: 1 }] } }, a.cookie)).errors?.[0]?.message).toBe('grant/account_line_unknown');
    expect((await g(SAVE, { id: final, v: 2, i: { results: [{ municipalityNumber: '9999', targetGroup: 'ADULTS', participants: 1 }] } }, a.cookie)).errors?.[0]?.message).toBe('municipality/unknown');
    expect((await g(SUBMIT, { id: final }, a.cookie)).errors?.[0]).toMatchObject({ message: 'grant/report_incomplete', extensions: { code: 'BAD_USER_INPUT', missing: ['totalMismatch'] } });
    ok(await g(SAVE, { id: final, v: 2, i: { totalSpent: 200_000 } }, a.cookie));
    // Staff cannot write it; the organisation cannot review it.
    expect((await g(SAVE, { id: final, v: 3, i: { goals: 'x' } }, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await g<{ grantReportSubmit: { state: string } }>(SUBMIT, { id: final }, a.cookie)).grantReportSubmit.state).toBe('SUBMITTED');
    expect((await g(`mutation($id: ID!) { grantReportApprove(id: $id) { state } }`, { id: final }, a.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await g(SAVE, { id: final, v: 3, i: { goals: 'Etterpå' } }, a.cookie)).errors?.[0]?.message).toBe('grant/report_not_editable');
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp.reportsToReview).toEqual([{ id: final }]);
    expect(ok(await g<Report>(REPORT, { id: final }, staff)).grantReport.viewerCan).toMatchObject({ approve: true, requestChanges: true, reject: true, edit: false });

    expect((await g(`mutation($id: ID!) { grantReportRequestChanges(id: $id, message: " ") { state } }`, { id: final }, staff)).errors?.[0]?.message).toBe('grant/message_length');
    ok(await g(`mutation($id: ID!) { grantReportRequestChanges(id: $id, message: "Legg ved bilag for samlingene.\\nOg fordel på kommuner.") { state } }`, { id: final }, staff));
    const back = ok(await g<Report>(REPORT, { id: final }, a.cookie)).grantReport;
    expect(back).toMatchObject({ state: 'CHANGES_REQUESTED', reviewMessage: 'Legg ved bilag for samlingene.\nOg fordel på kommuner.', viewerCan: { edit: true, submit: false, resubmit: true } });
    const [mail] = await server.mails(a.user.email);
    expect(mail).toMatchObject({ subject: 'Endringar trengst i rapporten: Prosjekt 0' });
    expect(mail!.text).toContain('Legg ved bilag for samlingene.\nOg fordel på kommuner.');
    expect(await em().count(Notification, { user: a.user.id, type: 'GRANT_REPORT_CHANGES' as never })).toBe(1);

    // An attachment, then in again; approval makes the final 25 % due.
    const upload = await postFile(`${server.url}/filer/rapporter/${final}`, MINIMAL_PDF, 'bilag.pdf', a.cookie);
    expect(upload.status).toBe(201);
    const attachment = ok(await g<Report>(REPORT, { id: final }, staff)).grantReport.attachments[0]!;
    expect((await fetch(`${server.url}${attachment.url}`, { headers: { cookie: staff } })).status).toBe(200);
    expect((await fetch(`${server.url}${attachment.url}`, { headers: { cookie: await make.cookieFor(await make.user()) } })).status).toBe(404);
    ok(await g(`mutation($id: ID!) { grantReportSubmit(id: $id) { state } }`, { id: final }, a.cookie));
    expect((await postFile(`${server.url}/filer/rapporter/${final}`, MINIMAL_PDF, 'for-sent.pdf', a.cookie)).status).toBe(409);
    ok(await g(`mutation($id: ID!) { grantReportApprove(id: $id, message: "Takk for god rapport.") { state } }`, { id: final }, staff));
    const award = (await awardOf(a)).award!;
    expect(award.payments.map((p) => [p.trigger, p.state])).toEqual([['ACCEPTANCE', 'REQUESTED'], ['FINAL_REPORT', 'REQUESTED']]);
    const log = ok(await g<{ grantAwardAuditLog: { action: string; entityType: string }[] }>(`query($id: ID!) { grantAwardAuditLog(id: $id) { action entityType } }`, { id: awardId }, staff)).grantAwardAuditLog;
    expect(log.filter((e) => e.entityType === 'grant_report').map((e) => e.action)).toEqual(['state:DRAFT→SUBMITTED', 'state:SUBMITTED→CHANGES_REQUESTED', 'attachment_added', 'state:CHANGES_REQUESTED→SUBMITTED', 'state:SUBMITTED→APPROVED']);
  });

  it('a rejected report cancels the payments waiting for it', async () => {
    const { a, final } = await acceptedAward();
    ok(await g(SAVE, { id: final, v: 1, i: COMPLETE }, a.cookie));
    ok(await g(SUBMIT, { id: final }, a.cookie));
    ok(await g(`mutation($id: ID!) { grantReportReject(id: $id, reason: "Regnskapet mangler bilag.") { state } }`, { id: final }, staff));
    const award = (await awardOf(a)).award!;
    expect(award.reports.find((r) => r.id === final)!.state).toBe('REJECTED');
    expect(award.payments.map((p) => p.state)).toEqual(['REQUESTED', 'CANCELLED']);
  });

  it('takes a report after its due date and audits it as late; one sent in on time is not', async () => {
    const { a, awardId, midterm, final } = await acceptedAward();
    for (const id of [midterm, final]) ok(await g(SAVE, { id, v: 1, i: COMPLETE }, a.cookie));
    await em().nativeUpdate(GrantReport, { id: midterm }, { dueAt: new Date(Date.now() - 1000) });
    expect(ok(await g<Report>(REPORT, { id: midterm }, a.cookie)).grantReport).toMatchObject({ overdue: true, viewerCan: { submit: true } });
    ok(await g(SUBMIT, { id: midterm }, a.cookie));
    ok(await g(SUBMIT, { id: final }, a.cookie));
    const log = ok(await g<{ grantAwardAuditLog: { entityId: string; action: string; details: Record<string, unknown> }[] }>(`query($id: ID!) { grantAwardAuditLog(id: $id) { entityId action details } }`, { id: awardId }, staff)).grantAwardAuditLog;
    const sentIn = (id: string) => log.filter((e) => e.entityId === id && e.action === 'state:DRAFT→SUBMITTED').map((e) => e.details.late);
    expect(sentIn(midterm)).toEqual([true]);
    expect(sentIn(final)).toEqual([false]);
    // Sent in, it is no longer overdue.
    expect(ok(await g<Report>(REPORT, { id: midterm }, a.cookie)).grantReport.overdue).toBe(false);
  });

  it('refuses a deadline extension for a report already sent in', async () => {
    const { a, awardId, midterm } = await acceptedAward();
    ok(await g(SAVE, { id: midterm, v: 1, i: COMPLETE }, a.cookie));
    ok(await g(SUBMIT, { id: midterm }, a.cookie));
    expect(ok(await g<Report>(REPORT, { id: midterm }, a.cookie)).grantReport.viewerCan.requestExtension).toBe(false);
    const report = await em().findOneOrFail(GrantReport, { id: midterm });
    const later = new Date(report.dueAt.getTime() + 30 * DAY).toLocaleString('sv-SE', { timeZone: 'Europe/Oslo' }).slice(0, 10);
    const res = await g(`mutation($a: ID!, $r: ID, $d: String) { grantChangeRequestCreate(awardId: $a, kind: DEADLINE_EXTENSION, message: "Trenger mer tid", reportId: $r, requestedDueAt: $d) { id } }`, { a: awardId, r: midterm, d: `${later}T12:00` }, a.cookie);
    expect(res.errors?.[0]).toMatchObject({ message: 'grant/report_not_extendable', extensions: { code: 'CONFLICT' } });
    expect(await em().count(GrantChangeRequest, { award: awardId })).toBe(0);
  });

  it('an approved mid-term report makes the payment waiting for it due, and only that one', async () => {
    const plan: GrantRound['paymentPlan'] = [{ percent: 50, trigger: 'ACCEPTANCE' }, { percent: 20, trigger: 'MIDTERM_REPORT' }, { percent: 30, trigger: 'FINAL_REPORT' }];
    const { a, awardId, midterm } = await acceptedAward(200_000, { paymentPlan: plan });
    const payments = async () => (await awardOf(a, staff)).award!.payments.map((p) => [p.trigger, p.amount, p.state]);
    expect(await payments()).toEqual([['ACCEPTANCE', 100_000, 'REQUESTED'], ['MIDTERM_REPORT', 40_000, 'PLANNED'], ['FINAL_REPORT', 60_000, 'PLANNED']]);
    ok(await g(SAVE, { id: midterm, v: 1, i: COMPLETE }, a.cookie));
    ok(await g(SUBMIT, { id: midterm }, a.cookie));
    expect((await payments())[1]).toEqual(['MIDTERM_REPORT', 40_000, 'PLANNED']);
    ok(await g(`mutation($id: ID!) { grantReportApprove(id: $id) { state } }`, { id: midterm }, staff));
    expect(await payments()).toEqual([['ACCEPTANCE', 100_000, 'REQUESTED'], ['MIDTERM_REPORT', 40_000, 'REQUESTED'], ['FINAL_REPORT', 60_000, 'PLANNED']]);
    const log = ok(await g<{ grantAwardAuditLog: { entityType: string; action: string; details: Record<string, unknown> }[] }>(`query($id: ID!) { grantAwardAuditLog(id: $id) { entityType action details } }`, { id: awardId }, staff)).grantAwardAuditLog;
    expect(log.filter((e) => e.entityType === 'grant_payment').map((e) => [e.action, e.details.amount])).toEqual([['state:PLANNED→REQUESTED', 100_000], ['state:PLANNED→REQUESTED', 40_000]]);
  });

  it('reminds 60, 14 and 1 days before the due date and once when overdue, which the dashboard hears live', async () => {
    const { roundId, a, midterm } = await acceptedAward(150_000, { languages: [Language.en] });
    const report = await em().findOneOrFail(GrantReport, { id: midterm });
    const due = report.dueAt.getTime();
    const subjects = async () => (await server.mails(a.user.email)).map((m) => m.subject).filter((s) => s.startsWith('Mid-term'));
    await upkeep(new Date(due - 60 * DAY - 1000));
    expect(await subjects()).toEqual([]);
    await upkeep(new Date(due - 60 * DAY));
    await upkeep(new Date(due - 30 * DAY));
    expect(await subjects()).toEqual(['Mid-term report due in 60 days: Prosjekt 0']);
    await upkeep(new Date(due - 14 * DAY));
    await upkeep(new Date(due - DAY));
    await upkeep(new Date(due));
    expect(await subjects()).toEqual(['Mid-term report due in 1 day: Prosjekt 0', 'Mid-term report due in 14 days: Prosjekt 0', 'Mid-term report due in 60 days: Prosjekt 0']);
    expect(await em().count(Notification, { user: a.user.id, type: 'GRANT_REPORT_DUE' as never })).toBe(3);

    const client = wsClient(server.port, staff);
    const live = collect<{ grantRoundUpdates: { type: string; applicationId: string } }>(client, `subscription($r: ID!) { grantRoundUpdates(roundId: $r) { type applicationId } }`, { r: roundId });
    await settled(client);
    await new Promise((r) => setTimeout(r, 100));
    await upkeep(new Date(due + 1000));
    expect((await live.waitFor(1))[0]!.grantRoundUpdates).toEqual({ type: 'report.overdue', applicationId: a.applicationId });
    await client.dispose();
    expect((await subjects())[0]).toBe('Mid-term report overdue: Prosjekt 0');
    await upkeep(new Date(due + 2 * DAY));
    expect(await subjects()).toHaveLength(4);
    // The dashboard counts it overdue once the real clock passes the due date.
    await em().nativeUpdate(GrantReport, { id: midterm }, { dueAt: new Date(Date.now() - 1000) });
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp.overdueReports).toEqual([{ id: midterm }]);
    expect(ok(await g<Report>(REPORT, { id: midterm }, a.cookie)).grantReport.overdue).toBe(true);
  });
});

describe('payments and repayment', () => {
  it('staff record payments as paid, export them for finance, and claim unused funds back', async () => {
    const { roundId, a, awardId } = await acceptedAward(200_000);
    const payment = (await awardOf(a, staff)).award!.payments[0]!;
    expect(payment.viewerCan.markPaid).toBe(true);
    expect((await awardOf(a)).award!.payments[0]!.viewerCan.markPaid).toBe(false);
    expect((await g(`mutation($id: ID!) { grantPaymentMarkPaid(id: $id, reference: "B-1") { state } }`, { id: payment.id }, a.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    ok(await g(`mutation($id: ID!) { grantPaymentMarkPaid(id: $id, reference: "Bilag 2027-118") { state paidReference } }`, { id: payment.id }, staff));
    expect((await g(`mutation($id: ID!) { grantPaymentMarkPaid(id: $id, reference: "Igjen") { state } }`, { id: payment.id }, staff)).errors?.[0]).toMatchObject({ message: 'grant/payment_not_requested', extensions: { code: 'CONFLICT' } });
    const planned = (await awardOf(a, staff)).award!.payments[1]!;
    expect((await g(`mutation($id: ID!) { grantPaymentMarkPaid(id: $id, reference: "For tidlig") { state } }`, { id: planned.id }, staff)).errors?.[0]?.message).toBe('grant/payment_not_requested');
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp).toMatchObject({ paid: 150_000, requested: 0 });

    const csv = await fetch(`${server.url}/tilskudd/behandling/runder/${roundId}/utbetalinger.csv`, { headers: { cookie: staff } });
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark first, so spreadsheet programs read æøå right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\n')[0]).toBe('organisasjon;organisasjonsnummer;prosjekt;utbetaling;prosent;beløp;status;anmodet;utbetalt;referanse');
    expect(text).toContain(';Prosjekt 0;1;75;150000;utbetalt;');
    expect(text).toContain('Bilag 2027-118');
    expect((await fetch(`${server.url}/tilskudd/behandling/runder/${roundId}/utbetalinger.csv`, { headers: { cookie: a.cookie } })).status).toBe(403);

    const CLAIM = `mutation($id: ID!, $n: Int!) { grantRepaymentClaim(awardId: $id, amount: $n, reason: UNUSED_FUNDS, note: "Ubrukte midler") { id state viewerCan { recordRepaid waive } } }`;
    expect((await g(CLAIM, { id: awardId, n: 150_001 }, staff)).errors?.[0]).toMatchObject({ message: 'grant/repayment_over_paid', extensions: { code: 'BAD_USER_INPUT' } });
    const claim = ok(await g<{ grantRepaymentClaim: { id: string; state: string; viewerCan: { recordRepaid: boolean; waive: boolean } } }>(CLAIM, { id: awardId, n: 10_000 }, staff)).grantRepaymentClaim;
    expect(claim).toMatchObject({ state: 'CLAIMED', viewerCan: { recordRepaid: true, waive: true } });
    // Nothing more goes out while it stands.
    expect((await awardOf(a, staff)).award!.payments.map((p) => p.state)).toEqual(['PAID', 'CANCELLED']);
    expect((await g(`mutation($id: ID!) { grantRepaymentSettle(id: $id, state: WAIVED) { state } }`, { id: claim.id }, staff)).errors?.[0]?.message).toBe('grant/reason_required');
    expect((await g(`mutation($id: ID!) { grantRepaymentSettle(id: $id, state: CLAIMED) { state } }`, { id: claim.id }, staff)).errors?.[0]?.message).toBe('grant/outcome_invalid');
    expect(ok(await g<{ grantRepaymentSettle: { state: string } }>(`mutation($id: ID!) { grantRepaymentSettle(id: $id, state: REPAID, note: "Innbetalt 3. mars") { state } }`, { id: claim.id }, staff)).grantRepaymentSettle.state).toBe('REPAID');
    expect((await g(`mutation($id: ID!) { grantRepaymentSettle(id: $id, state: WAIVED, note: "x") { state } }`, { id: claim.id }, staff)).errors?.[0]?.message).toBe('grant/repayment_settled');
    // A second claim, let go with a reason; a waived claim no longer counts against what may be claimed.
    const second = ok(await g<{ grantRepaymentClaim: { id: string } }>(CLAIM, { id: awardId, n: 140_000 }, staff)).grantRepaymentClaim;
    expect((await g(CLAIM, { id: awardId, n: 1 }, staff)).errors?.[0]?.message).toBe('grant/repayment_over_paid');
    expect(ok(await g<{ grantRepaymentSettle: { state: string; settlementNote: string } }>(`mutation($id: ID!) { grantRepaymentSettle(id: $id, state: WAIVED, note: "Midlene ble brukt etter avtale") { state settlementNote } }`, { id: second.id }, staff)).grantRepaymentSettle).toEqual({ state: 'WAIVED', settlementNote: 'Midlene ble brukt etter avtale' });
    expect((await awardOf(a, staff)).award!.viewerCan.claimRepayment).toBe(true);
    expect(await em().count(GrantPayment, { award: awardId })).toBe(2);
  });
});

describe('the CSV routes', () => {
  it('give the finance export to county staff only, and the published results to everyone', async () => {
    const { roundId, a } = await acceptedAward();
    const admin = await make.cookieFor(await make.user({ role: PlatformRole.ADMIN }));
    const other = await make.cookieFor(await make.user());
    const status = async (path: string, cookie?: string) => (await fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} })).status;
    const callers: [string, string | undefined][] = [['anonymous', undefined], ['the organisation', a.cookie], ['another user', other], ['county staff', staff], ['admin', admin]];
    const payments = `/tilskudd/behandling/runder/${roundId}/utbetalinger.csv`;
    expect(Object.fromEntries(await Promise.all(callers.map(async ([who, cookie]) => [who, await status(payments, cookie)])))).toEqual({ anonymous: 401, 'the organisation': 403, 'another user': 403, 'county staff': 200, admin: 200 });
    for (const path of [`/tilskudd/runder/${roundId}/resultater.csv`, `/tilskudd/runder/${roundId}/resultater-kommuner.csv`]) {
      expect(Object.fromEntries(await Promise.all(callers.map(async ([who, cookie]) => [who, await status(path, cookie)]))), path).toEqual({ anonymous: 200, 'the organisation': 200, 'another user': 200, 'county staff': 200, admin: 200 });
    }
  });
});

describe('change requests', () => {
  it('the organisation asks for a later due date; staff approve with a reason and the due date moves, audited', async () => {
    const { a, awardId, midterm } = await acceptedAward();
    const REQUEST = `mutation($a: ID!, $r: ID, $d: String) { grantChangeRequestCreate(awardId: $a, kind: DEADLINE_EXTENSION, message: "Sykdom i styret", reportId: $r, requestedDueAt: $d) { id state viewerCan { approve deny } } }`;
    const report = await em().findOneOrFail(GrantReport, { id: midterm });
    const later = new Date(report.dueAt.getTime() + 30 * DAY).toLocaleString('sv-SE', { timeZone: 'Europe/Oslo' }).slice(0, 10);
    expect((await g(REQUEST, { a: awardId, r: midterm, d: '2020-01-01T12:00' }, a.cookie)).errors?.[0]?.message).toBe('grant/extension_invalid');
    expect((await g(REQUEST, { a: awardId, r: null, d: `${later}T12:00` }, a.cookie)).errors?.[0]?.message).toBe('grant/report_required');
    const created = ok(await g<{ grantChangeRequestCreate: { id: string; state: string; viewerCan: { approve: boolean } } }>(REQUEST, { a: awardId, r: midterm, d: `${later}T12:00` }, a.cookie)).grantChangeRequestCreate;
    expect(created).toMatchObject({ state: 'PENDING', viewerCan: { approve: false } });
    expect((await awardOf(a)).award!.viewerCan.requestChange).toBe(false);
    expect((await g(`mutation($a: ID!) { grantChangeRequestCreate(awardId: $a, kind: CHANGE_OF_USE, message: "Annet") { id } }`, { a: awardId }, a.cookie)).errors?.[0]).toMatchObject({ message: 'grant/change_request_pending', extensions: { code: 'CONFLICT' } });
    expect((await g(`mutation($id: ID!) { grantChangeRequestDecide(id: $id, state: APPROVED, reason: "Ok") { state } }`, { id: created.id }, a.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await em().nativeUpdate(GrantReport, { id: midterm }, { reminded60At: new Date() });
    ok(await g(`mutation($id: ID!) { grantChangeRequestDecide(id: $id, state: APPROVED, reason: "Rimelig begrunnet") { state decisionReason } }`, { id: created.id }, staff));
    const moved = await em().findOneOrFail(GrantReport, { id: midterm });
    expect(moved.dueAt.toLocaleString('sv-SE', { timeZone: 'Europe/Oslo' })).toBe(`${later} 12:00:00`);
    expect(moved.reminded60At).toBeNull();
    // A change of use, denied.
    const use = ok(await g<{ grantChangeRequestCreate: { id: string } }>(`mutation($a: ID!) { grantChangeRequestCreate(awardId: $a, kind: CHANGE_OF_USE, message: "Bruke 20 000 på utstyr i stedet for samlinger") { id } }`, { a: awardId }, a.cookie)).grantChangeRequestCreate;
    ok(await g(`mutation($id: ID!) { grantChangeRequestDecide(id: $id, state: DENIED, reason: "Utstyr dekkes ikke av ordningen") { state } }`, { id: use.id }, staff));
    expect((await g(`mutation($id: ID!) { grantChangeRequestDecide(id: $id, state: APPROVED, reason: "Likevel") { state } }`, { id: use.id }, staff)).errors?.[0]?.message).toBe('grant/change_request_decided');
    const log = ok(await g<{ grantAwardAuditLog: { action: string; entityType: string; details: Record<string, unknown> }[] }>(`query($id: ID!) { grantAwardAuditLog(id: $id) { action entityType details } }`, { id: awardId }, staff)).grantAwardAuditLog;
    expect(log.filter((e) => e.entityType === 'grant_change_request').map((e) => [e.action, e.details.reason ?? null])).toEqual([
      ['change_requested', null],
      ['state:PENDING→APPROVED', 'Rimelig begrunnet'],
      ['change_requested', null],
      ['state:PENDING→DENIED', 'Utstyr dekkes ikke av ordningen'],
    ]);
  });
});

describe('appeals (klage)', () => {
  it('the decision states the deadline; the organisation appeals before it, once; staff record the outcome', async () => {
    const { roundId, applicants } = await publishedRound([0, 50_000]);
    const [rejected, partial] = applicants as [Applicant, Applicant];
    const round = await em().findOneOrFail(GrantRound, { id: roundId });
    const mine = await awardOf(rejected);
    expect(mine.appealDeadline).toBe(appealDeadline(round.decisionsPublishedAt!).toISOString());
    expect(mine.viewerCan.fileAppeal).toBe(true);
    const FILE = `mutation($id: ID!) { grantAppealFile(applicationId: $id, grounds: "Vi mener budsjettet ble misforstått.") { id state viewerCan { uphold forward } } }`;
    expect((await g(FILE, { id: rejected.applicationId }, partial.cookie)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const appeal = ok(await g<{ grantAppealFile: { id: string; state: string; viewerCan: { uphold: boolean } } }>(FILE, { id: rejected.applicationId }, rejected.cookie)).grantAppealFile;
    expect(appeal).toMatchObject({ state: 'FILED', viewerCan: { uphold: false } });
    expect((await g(FILE, { id: rejected.applicationId }, rejected.cookie)).errors?.[0]).toMatchObject({ message: 'grant/appeal_exists', extensions: { code: 'CONFLICT' } });
    expect((await awardOf(rejected)).viewerCan.fileAppeal).toBe(false);
    expect(ok(await g<FollowUp>(FOLLOW_UP, { r: roundId }, staff)).grantRoundFollowUp.openAppeals).toEqual([{ id: appeal.id }]);
    ok(await g(`mutation($id: ID!) { grantAppealDecide(id: $id, state: FORWARDED, note: "Ikke tatt til følge; sendt klagenemnda.") { state } }`, { id: appeal.id }, staff));
    expect(ok(await g<{ grantApplication: { appeal: { state: string; outcomeNote: string } } }>(`query($id: ID!) { grantApplication(id: $id) { appeal { state outcomeNote } } }`, { id: rejected.applicationId }, rejected.cookie)).grantApplication.appeal).toEqual({ state: 'FORWARDED', outcomeNote: 'Ikke tatt til følge; sendt klagenemnda.' });

    // The other organisation appeals too, and is upheld.
    const upheld = ok(await g<{ grantAppealFile: { id: string } }>(FILE, { id: partial.applicationId }, partial.cookie)).grantAppealFile;
    expect(ok(await g<{ grantAppealDecide: { state: string } }>(`mutation($id: ID!) { grantAppealDecide(id: $id, state: UPHELD, note: "Tatt til følge: beløpet økes.") { state } }`, { id: upheld.id }, staff)).grantAppealDecide.state).toBe('UPHELD');
    expect((await g(`mutation($id: ID!) { grantAppealDecide(id: $id, state: FORWARDED, note: "Likevel") { state } }`, { id: upheld.id }, staff)).errors?.[0]).toMatchObject({ message: 'grant/appeal_decided', extensions: { code: 'CONFLICT' } });
    // The award's log shows the appeal of its application: filed, and its outcome with the note.
    const log = ok(await g<{ grantAwardAuditLog: { entityType: string; entityId: string; action: string; actorName: string | null; details: Record<string, unknown> }[] }>(`query($id: ID!) { grantAwardAuditLog(id: $id) { entityType entityId action actorName details } }`, { id: (await awardOf(partial)).award!.id }, staff)).grantAwardAuditLog;
    expect(log.filter((e) => e.entityType === 'grant_appeal').map((e) => [e.entityId, e.action, e.actorName, e.details.note ?? null])).toEqual([
      [upheld.id, 'appeal_filed', 'Søker 1', null],
      [upheld.id, 'state:FILED→UPHELD', 'Saksbehandler', 'Tatt til følge: beløpet økes.'],
    ]);

    // Published 30 days ago: three weeks, and any weekend and holidays after, have passed.
    const late = (await publishedRound([0])).applicants[0]!;
    await em().nativeUpdate(GrantRound, { id: (await em().findOneOrFail(GrantApplication, { id: late.applicationId })).round.id }, { decisionsPublishedAt: new Date(Date.now() - 30 * DAY) });
    expect((await awardOf(late)).viewerCan.fileAppeal).toBe(false);
    expect((await g(FILE, { id: late.applicationId }, late.cookie)).errors?.[0]).toMatchObject({ message: 'grant/appeal_deadline_passed', extensions: { code: 'CONFLICT' } });
  });
});

describe('published results', () => {
  it('shows who received how much for what, and the results of approved reports by municipality and target group, with CSV', async () => {
    const { roundId, a, final } = await acceptedAward(200_000);
    ok(await g(SAVE, { id: final, v: 1, i: COMPLETE }, a.cookie));
    ok(await g(SUBMIT, { id: final }, a.cookie));
    ok(await g(`mutation($id: ID!) { grantReportApprove(id: $id) { state } }`, { id: final }, staff));
    const RESULTS = `query($r: ID!) { grantRoundResults(roundId: $r) { totalAwarded reportsApproved participants csvUrl summaryCsvUrl awards { title amount accepted participants grantUsed } byMunicipality { municipalityNumber name participants spent } byTargetGroup { targetGroup participants } } }`;
    const results = ok(await g<{ grantRoundResults: { csvUrl: string; summaryCsvUrl: string } & Record<string, unknown> }>(RESULTS, { r: roundId })).grantRoundResults;
    expect(results).toMatchObject({
      totalAwarded: 200_000, reportsApproved: 1, participants: 40,
      awards: [{ title: 'Prosjekt 0', amount: 200_000, accepted: true, participants: 40, grantUsed: 190_000 }],
      byMunicipality: [{ municipalityNumber: '4003', name: 'Skien', participants: 30, spent: 142_500 }, { municipalityNumber: '4001', name: 'Porsgrunn', participants: 10, spent: 47_500 }],
      byTargetGroup: [{ targetGroup: 'ADULTS', participants: 30 }, { targetGroup: 'YOUTH', participants: 10 }],
    });
    const csv = await fetch(`${server.url}${results.csvUrl}?lang=en`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).split('\n').slice(0, 2)).toEqual(['organisation;project;awarded;used;participants', expect.stringMatching(/;Prosjekt 0;200000;190000;40$/)]);
    // The summary: a row per municipality, by number, with a column per target group; a byte-order mark first.
    const summary = await fetch(`${server.url}${results.summaryCsvUrl}`);
    expect(summary.status).toBe(200);
    expect(summary.headers.get('content-disposition')).toBe(`attachment; filename="resultater-kommuner-${roundId}.csv"`);
    const bytes = Buffer.from(await summary.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').trim().split('\n')).toEqual([
      'kommunenummer;kommune;deltakere;brukt;voksne;ungdom;barn;kvinner;familier;eldre;ukrainere;alle nyankomne',
      '4001;Porsgrunn;10;47500;0;10;0;0;0;0;0;0',
      '4003;Skien;30;142500;30;0;0;0;0;0;0;0',
    ]);
    expect((await (await fetch(`${server.url}${results.summaryCsvUrl}?lang=en`)).text()).split('\n')[0]).toBe('municipality number;municipality;participants;used;adults;young people;children;women;families;seniors;Ukrainians;all newcomers');
    expect((await (await fetch(`${server.url}${results.summaryCsvUrl}?lang=nn`)).text()).split('\n')[0]).toBe('kommunenummer;kommune;deltakarar;brukt;vaksne;ungdom;barn;kvinner;familiar;eldre;ukrainarar;alle nykomne');
    const published = async (id: string) => ok(await g<{ grantRound: { resultsPublished: boolean } }>(`query($id: ID!) { grantRound(id: $id) { resultsPublished } }`, { id })).grantRound.resultsPublished;
    expect(await published(roundId)).toBe(true);
    // Not before the decisions are published.
    const e = em();
    const draft = e.create(GrantRound, { scheme: (await e.findOneOrFail(GrantRound, { id: roundId })).scheme, title: 'Ikke avgjort', year: 2027, budget: 1, opensAt: new Date(), closesAt: new Date(Date.now() + DAY), state: RoundState.CLOSED });
    await e.flush();
    expect((await g(RESULTS, { r: draft.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await fetch(`${server.url}/tilskudd/runder/${draft.id}/resultater.csv`)).status).toBe(404);
    expect((await fetch(`${server.url}/tilskudd/runder/${draft.id}/resultater-kommuner.csv`, { headers: { cookie: staff } })).status).toBe(404);
    expect(await published(draft.id)).toBe(false);
  });
});

describe('round settings for the follow-up', () => {
  it('validates the report requirements and the payment plan', async () => {
    const [scheme] = await em().find(GrantScheme, {}, { limit: 1 });
    const round = ok(await g<{ grantRoundCreate: { id: string } }>(`mutation($i: GrantRoundInput!) { grantRoundCreate(input: $i) { id } }`, { i: { schemeId: scheme!.id, title: 'Runde med oppfølging', year: 2027, budget: 100_000, opensAt: '2027-01-01T08:00', closesAt: '2027-03-01T12:00' } }, staff)).grantRoundCreate.id;
    const UPDATE = `mutation($id: ID!, $i: GrantRoundInput!) { grantRoundUpdate(id: $id, input: $i) { acceptanceDays reportRequirements { kind dueAt } paymentPlan { percent trigger } } }`;
    const err = async (i: Record<string, unknown>) => (await g(UPDATE, { id: round, i }, staff)).errors?.[0]?.extensions?.fields;
    expect(await err({ reportRequirements: [{ kind: 'FINAL', dueAt: '2027-12-01T12:00' }, { kind: 'FINAL', dueAt: '2028-01-01T12:00' }] })).toEqual([{ field: 'reportRequirements', message: 'grant/report_requirement_duplicate' }]);
    expect(await err({ reportRequirements: [{ kind: 'MIDTERM', dueAt: '2027-02-01T12:00' }] })).toEqual([{ field: 'reportRequirements.0.dueAt', message: 'grant/report_due_before_deadline' }]);
    expect(await err({ paymentPlan: [{ percent: 50, trigger: 'ACCEPTANCE' }, { percent: 40, trigger: 'FINAL_REPORT' }] })).toEqual([{ field: 'paymentPlan', message: 'grant/payment_plan_invalid' }]);
    const saved = ok(await g<{ grantRoundUpdate: Record<string, unknown> }>(UPDATE, { id: round, i: { acceptanceDays: 14, reportRequirements: [{ kind: 'FINAL', dueAt: '2027-12-01T12:00' }, { kind: 'MIDTERM', dueAt: '2027-08-01T12:00' }], paymentPlan: [{ percent: 50, trigger: 'ACCEPTANCE' }, { percent: 20, trigger: 'MIDTERM_REPORT' }, { percent: 30, trigger: 'FINAL_REPORT' }] } }, staff)).grantRoundUpdate;
    expect(saved).toEqual({
      acceptanceDays: 14,
      reportRequirements: [{ kind: 'MIDTERM', dueAt: '2027-08-01T10:00:00.000Z' }, { kind: 'FINAL', dueAt: '2027-12-01T11:00:00.000Z' }],
      paymentPlan: [{ percent: 50, trigger: 'ACCEPTANCE' }, { percent: 20, trigger: 'MIDTERM_REPORT' }, { percent: 30, trigger: 'FINAL_REPORT' }],
    });
  });
});
