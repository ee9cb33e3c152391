import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/common/auth/tokens.js';
import { AuthToken, AuthTokenPurpose } from '../src/modules/accounts/auth-token.entity.js';
import { PlatformRole, User } from '../src/modules/accounts/user.entity.js';
import { Activity, ActivityCategory, ActivityStatus, TargetGroup, VolunteerInterest } from '../src/modules/activities/activity.entity.js';
import { Announcement } from '../src/modules/announcements/announcement.entity.js';
import { Municipality } from '../src/modules/reference/municipality.entity.js';
import { Resource, ResourceAccess, ResourceKind } from '../src/modules/resources/resource.entity.js';
import { ApplicationState, Decision, GrantApplication, GrantAssessment, GrantAttachment, GrantRound, GrantScheme, RoundState } from '../src/modules/grants/grant.entity.js';
import { AppealState, AwardState, ChangeRequestKind, ChangeRequestState, GrantAppeal, GrantAward, GrantChangeRequest, GrantPayment, GrantRepaymentClaim, GrantReport, GrantReportAttachment, PaymentState, PaymentTrigger, RepaymentReason, RepaymentState, ReportKind, ReportState } from '../src/modules/grants/follow-up/follow-up.entity.js';
import { Event, EventKind, EventMode, EventStatus, Registration, RegistrationStatus } from '../src/modules/events/event.entity.js';
import { CoHostStatus, EventHost } from '../src/modules/events/event-host.entity.js';
import { GroupJoinPolicy, GroupMember, GroupMemberStatus, GroupOrganisation, GroupRole, GroupVisibility, NetworkGroup } from '../src/modules/groups/group.entity.js';
import { Message, Thread } from '../src/modules/groups/message.entity.js';
import { Notification, NotificationType } from '../src/modules/notifications/notification.entity.js';
import { Invitation } from '../src/modules/organisations/invitation.entity.js';
import { Membership, MembershipRole } from '../src/modules/organisations/membership.entity.js';
import { Organisation, OrganisationKind, VerificationStatus } from '../src/modules/organisations/organisation.entity.js';
import { BoardState, DecisionStatus, Recommendation, RecommendationState, RecommendationVersion, ResponseState, SettlementMilestone, SettlementNumbers, SettlementYear, SurveyResponse, SurveyState } from '../src/modules/settlement/settlement.entity.js';
import { AuditEntry } from '../src/common/audit.js';
import { ContentType, Report } from '../src/modules/moderation/report.entity.js';
import { factories, TEST_PASSWORD } from './factories.js';
import { testServerForFile, type GqlResponse, type TestServer } from './test-server.js';

/**
 * The role × operation matrix: every mutation (and every query that needs a role) is run by each kind of
 * caller against a fresh little world, and must be allowed exactly for the roles listed. Allowed means it
 * succeeds; denied means UNAUTHENTICATED for anonymous callers and FORBIDDEN for signed-in ones, with
 * nothing changed. A new mutation without a row here fails the test, so later modules extend this table.
 */
const ROLES = ['anonymous', 'member', 'otherOrgAdmin', 'orgAdmin', 'countyStaff', 'admin'] as const;
type Role = (typeof ROLES)[number];
const SIGNED_IN: Role[] = ['member', 'otherOrgAdmin', 'orgAdmin', 'countyStaff', 'admin'];
const EVERYONE: Role[] = [...ROLES];
const ORGANISERS: Role[] = ['member', 'orgAdmin', 'countyStaff', 'admin'];
const STAFF: Role[] = ['countyStaff', 'admin'];

const server = testServerForFile();
const make = factories(server);

interface World {
  role: Role;
  cookie?: string;
  viewer: User | null;
  orgA: Organisation; // orgAdmin is its admin; member and extra are members
  orgB: Organisation; // otherOrgAdmin is its admin
  extra: User;
  extraMembership: Membership;
  invitationA: Invitation;
  /** A MEMBERS group owned by orgAdmin, with member as member, extra as member, a pending request, a thread and messages. */
  group: NetworkGroup;
  extraGroupMember: GroupMember;
  request: GroupMember;
  thread: Thread;
  memberMessage: Message;
  notification: Notification | null;
  outsider: User;
  /** A published event of orgA (extra and a guest registered) and a draft. */
  event: Event;
  draft: Event;
  extraRegistration: Registration;
  guestToken: string;
  /** orgB asked to co-host the published event, not yet answered. */
  coHostInvitation: EventHost;
  /** A published activity of orgA with a pending offer to help from extra. */
  activity: Activity;
  interest: VolunteerInterest;
  resource: Resource;
  /** Grants: an OPEN round with orgA's draft, a CLOSED round with orgB's application in review (staff and admin have declared). */
  openRound: GrantRound;
  closedRound: GrantRound;
  draftApplication: GrantApplication;
  draftAttachment: GrantAttachment;
  reviewApplication: GrantApplication;
  /** Follow-up in a DECIDED round: orgA's award offered and another accepted (a draft report ready to send, a submitted
   * report, a payment due, one paid, a claim), orgB's accepted award with a pending change request and a filed appeal. */
  offeredAward: GrantAward;
  acceptedAward: GrantAward;
  draftReport: GrantReport;
  submittedReport: GrantReport;
  reportAttachment: GrantReportAttachment;
  requestedPayment: GrantPayment;
  claim: GrantRepaymentClaim;
  pendingChange: GrantChangeRequest;
  filedAppeal: GrantAppeal;
  em: () => ReturnType<TestServer['orm']['em']['fork']>;
}

async function world(role: Role): Promise<World> {
  const [member, otherOrgAdmin, orgAdmin, countyStaff, admin, extra] = await Promise.all([
    make.user(),
    make.user(),
    make.user(),
    make.user({ role: PlatformRole.COUNTY_STAFF }),
    make.user({ role: PlatformRole.ADMIN }),
    make.user(),
  ]);
  const orgA = await make.organisation({ admins: [orgAdmin], members: [member], verified: true });
  const orgB = await make.organisation({ admins: [otherOrgAdmin] });
  const extraMembership = await make.membership(orgA, extra);
  const em = () => server.orm.em.fork();
  const e = em();
  const invitationA = e.create(Invitation, { organisation: e.getReference(Organisation, orgA.id), email: `inv-${randomUUID()}@example.no`, role: MembershipRole.MEMBER, tokenHash: randomUUID().replace(/-/g, ''), expiresAt: new Date(Date.now() + 86_400_000) });
  await e.flush();
  const [requester, outsider] = await Promise.all([make.user(), make.user()]);
  const g = em();
  const ref = (u: User) => g.getReference(User, u.id);
  const group = g.create(NetworkGroup, { name: `Nettverk ${randomUUID().slice(0, 8)}`, visibility: GroupVisibility.MEMBERS, joinPolicy: GroupJoinPolicy.OPEN });
  g.create(GroupMember, { group, user: ref(orgAdmin), role: GroupRole.OWNER, status: GroupMemberStatus.ACTIVE });
  g.create(GroupMember, { group, user: ref(member), role: GroupRole.MEMBER, status: GroupMemberStatus.ACTIVE });
  const extraGroupMember = g.create(GroupMember, { group, user: ref(extra), role: GroupRole.MEMBER, status: GroupMemberStatus.ACTIVE });
  const request = g.create(GroupMember, { group, user: ref(requester), role: GroupRole.MEMBER, status: GroupMemberStatus.REQUESTED });
  const thread = g.create(Thread, { group, title: 'Tråd', createdBy: ref(member) });
  const memberMessage = g.create(Message, { thread, group, author: ref(member), body: 'hei', bodyHtml: '<p>hei</p>' });
  const viewer = { anonymous: null, member, otherOrgAdmin, orgAdmin, countyStaff, admin }[role];
  const notification = viewer ? g.create(Notification, { user: ref(viewer), type: NotificationType.MENTION, data: { excerpt: 'hei' } }) : null;
  const inAMonth = new Date(Date.now() + 30 * 86_400_000);
  const eventData = { organisation: g.getReference(Organisation, orgA.id), title: 'Seminar', kind: EventKind.SEMINAR, mode: EventMode.ONLINE, startsAt: inAMonth, endsAt: new Date(inAMonth.getTime() + 3_600_000), capacity: 10 };
  const event = g.create(Event, { ...eventData, status: EventStatus.PUBLISHED, confirmedCount: 2 });
  const draft = g.create(Event, { ...eventData, status: EventStatus.DRAFT });
  const extraRegistration = g.create(Registration, { event, user: ref(extra), status: RegistrationStatus.CONFIRMED });
  const guestToken = newToken();
  const coHostInvitation = g.create(EventHost, { event, organisation: g.getReference(Organisation, orgB.id), status: CoHostStatus.INVITED });
  g.create(Registration, { event, guestName: 'Gjest', guestEmail: `gjest-${randomUUID()}@example.no`, tokenHash: hashToken(server.config.sessionSecret, guestToken), status: RegistrationStatus.CONFIRMED });
  const activity = g.create(Activity, { organisation: g.getReference(Organisation, orgA.id), title: 'Språkkafé', category: ActivityCategory.LANGUAGE_CAFE, municipality: g.getReference(Municipality, '4003'), rrule: 'FREQ=WEEKLY;BYDAY=TU', startDate: '2026-01-06', startTime: '18:00', endTime: '20:00', weekdays: ['TU'], status: ActivityStatus.PUBLISHED });
  const interest = g.create(VolunteerInterest, { activity, user: ref(extra), message: 'Jeg kan hjelpe' });
  const resource = g.create(Resource, { organisation: g.getReference(Organisation, orgA.id), title: 'Veileder', kind: ResourceKind.GUIDE, access: ResourceAccess.PUBLIC });
  const scheme = g.create(GrantScheme, { name: `TIIA ${randomUUID()}` });
  const roundData = { scheme, title: 'TIIA', year: 2030, budget: 100_000, guidelinesVersion: 1, criteria: [{ key: 'relevance', title: 'Relevans', weight: 1 }], opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 30 * 86_400_000) };
  const openRound = g.create(GrantRound, { ...roundData, state: RoundState.OPEN });
  const closedRound = g.create(GrantRound, { ...roundData, state: RoundState.CLOSED });
  const draftApplication = g.create(GrantApplication, { round: openRound, organisation: g.getReference(Organisation, orgA.id), title: 'Utkast', guidelinesVersion: 1, state: ApplicationState.DRAFT });
  // A row without its file: deleting tolerates a missing file.
  const draftAttachment = g.create(GrantAttachment, { application: draftApplication, filename: 'budsjett.pdf', mimeType: 'application/pdf', size: 10, sha256: '0'.repeat(64) });
  const reviewApplication = g.create(GrantApplication, { round: closedRound, organisation: g.getReference(Organisation, orgB.id), title: 'Søknad', guidelinesVersion: 1, state: ApplicationState.IN_REVIEW, budgetLines: [{ description: 'x', ownFunding: 0, requested: 50_000 }], requestedTotal: 50_000 });
  for (const reviewer of [countyStaff, admin]) g.create(GrantAssessment, { application: reviewApplication, reviewer: ref(reviewer), noConflictDeclaredAt: new Date() });
  const decidedRound = g.create(GrantRound, { ...roundData, state: RoundState.DECIDED, decisionsPublishedAt: new Date() });
  const budgetLines = [{ description: 'Lønn', ownFunding: 0, requested: 100_000 }];
  const decided = (org: Organisation, title: string) => g.create(GrantApplication, { round: decidedRound, organisation: g.getReference(Organisation, org.id), title, guidelinesVersion: 1, state: ApplicationState.DECIDED, budgetLines, requestedTotal: 100_000, decision: Decision.APPROVED, grantedAmount: 100_000, decisionReason: 'Bra' });
  const award = (org: Organisation, title: string, state: AwardState) => g.create(GrantAward, { application: decided(org, title), round: decidedRound, organisation: g.getReference(Organisation, org.id), amount: 100_000, state, acceptDeadline: new Date(Date.now() + 14 * 86_400_000) });
  const offeredAward = award(orgA, 'Tilbudt', AwardState.OFFERED);
  g.create(GrantPayment, { award: offeredAward, position: 1, percent: 100, amount: 100_000, trigger: PaymentTrigger.ACCEPTANCE, state: PaymentState.PLANNED });
  const acceptedAward = award(orgA, 'Godtatt', AwardState.ACCEPTED);
  const complete = { goals: 'Gjort', results: [{ municipalityNumber: '4003', targetGroup: TargetGroup.ADULTS, participants: 5 }], actuals: [100_000], totalSpent: 100_000, grantUsed: 100_000 };
  const draftReport = g.create(GrantReport, { award: acceptedAward, requirementKey: 'final', kind: ReportKind.FINAL, dueAt: new Date(Date.now() + 90 * 86_400_000), state: ReportState.DRAFT, ...complete });
  const submittedReport = g.create(GrantReport, { award: acceptedAward, requirementKey: 'midterm', kind: ReportKind.MIDTERM, dueAt: new Date(Date.now() + 30 * 86_400_000), state: ReportState.SUBMITTED, ...complete });
  const reportAttachment = g.create(GrantReportAttachment, { report: draftReport, filename: 'bilag.pdf', mimeType: 'application/pdf', size: 10, sha256: '0'.repeat(64) });
  g.create(GrantPayment, { award: acceptedAward, position: 1, percent: 50, amount: 50_000, trigger: PaymentTrigger.ACCEPTANCE, state: PaymentState.PAID, paidAt: new Date() });
  const requestedPayment = g.create(GrantPayment, { award: acceptedAward, position: 2, percent: 50, amount: 50_000, trigger: PaymentTrigger.MIDTERM_REPORT, state: PaymentState.REQUESTED });
  const claim = g.create(GrantRepaymentClaim, { award: acceptedAward, amount: 10_000, reason: RepaymentReason.UNUSED_FUNDS, note: 'Ubrukt', state: RepaymentState.CLAIMED });
  const awardB = award(orgB, 'Godtatt B', AwardState.ACCEPTED);
  const pendingChange = g.create(GrantChangeRequest, { award: awardB, kind: ChangeRequestKind.CHANGE_OF_USE, message: 'Annen bruk', state: ChangeRequestState.PENDING });
  const filedAppeal = g.create(GrantAppeal, { application: awardB.application, grounds: 'Uenig', state: AppealState.FILED });
  await g.flush();
  return { role, viewer, cookie: viewer ? await make.cookieFor(viewer) : undefined, orgA, orgB, extra, extraMembership, invitationA, group, extraGroupMember, request, thread, memberMessage, notification, outsider, event, draft, extraRegistration, guestToken, coHostInvitation, activity, interest, resource, openRound, closedRound, draftApplication, draftAttachment, reviewApplication, offeredAward, acceptedAward, draftReport, submittedReport, reportAttachment, requestedPayment, claim, pendingChange, filedAppeal, em };
}

async function tokenFor(w: World, user: User, purpose: AuthTokenPurpose): Promise<string> {
  const token = newToken();
  const e = w.em();
  e.create(AuthToken, { tokenHash: hashToken(server.config.sessionSecret, token), user: e.getReference(User, user.id), purpose, expiresAt: new Date(Date.now() + 3_600_000) });
  await e.flush();
  return token;
}

interface Row {
  allowed: Role[];
  run(w: World, gql: (q: string, v?: Record<string, unknown>) => Promise<GqlResponse>): Promise<GqlResponse>;
  /** Codes an allowed call may still answer with for some roles (a business rule, not a permission). */
  allowedMayAnswer?: Partial<Record<Role, string>>;
  /** The same for some roles only (e.g. NOT_FOUND for another organisation, FORBIDDEN for staff who may read it). */
  deniedAnswerFor?: Partial<Record<Role, string>>;
  /** What a denied call answers instead of FORBIDDEN for signed-in callers, where that is the honest answer; per role
   * where roles differ (a caller who may not even see the thing gets NOT_FOUND, one who may see it FORBIDDEN). */
  deniedAnswer?: string | Partial<Record<Role, string>>;
  /** State that a denied call must leave unchanged. */
  state?(w: World): Promise<unknown>;
  /** Puts the world in the shape the operation needs (before `state` is read). */
  setup?(w: World): Promise<unknown>;
}

const orgState = async (w: World) => {
  const o = await w.em().findOneOrFail(Organisation, { id: w.orgA.id });
  return [o.name, o.verificationStatus, o.rejectionReason, await w.em().count(Membership, { organisation: w.orgA.id }), await w.em().count(Invitation, { organisation: w.orgA.id, revokedAt: null })];
};

const grantState = async (w: World) => {
  const e = w.em();
  const rounds = await e.find(GrantRound, { id: { $in: [w.openRound.id, w.closedRound.id] } }, { orderBy: { id: 'asc' } });
  const apps = await e.find(GrantApplication, { round: { $in: [w.openRound.id, w.closedRound.id] } }, { orderBy: { id: 'asc' } });
  return [rounds.map((r) => [r.state, r.budget]), apps.map((a) => [a.id, a.state, a.summary, a.decision])];
};

/** orgA's members; another organisation is told the award does not exist, staff who may read it are refused. */
const ORG_A: Role[] = ['member', 'orgAdmin'];
const OTHER_ORG_NOT_FOUND: Partial<Record<Role, string>> = { otherOrgAdmin: 'NOT_FOUND' };

const followUpState = async (w: World) => {
  const e = w.em();
  const awards = [w.offeredAward.id, w.acceptedAward.id, w.pendingChange.award.id];
  return [
    (await e.find(GrantAward, { id: { $in: awards } }, { orderBy: { id: 'asc' } })).map((a) => a.state),
    (await e.find(GrantReport, { award: { $in: awards } }, { orderBy: { id: 'asc' } })).map((r) => [r.state, r.version, r.goals]),
    (await e.find(GrantPayment, { award: { $in: awards } }, { orderBy: { id: 'asc' } })).map((p) => p.state),
    (await e.find(GrantRepaymentClaim, { award: { $in: awards } }, { orderBy: { id: 'asc' } })).map((c) => c.state),
    (await e.find(GrantChangeRequest, { award: { $in: awards } }, { orderBy: { id: 'asc' } })).map((c) => c.state),
    (await e.find(GrantAppeal, { application: { round: w.offeredAward.round.id } }, { orderBy: { id: 'asc' } })).map((a) => a.state),
  ];
};

/** What moderation changes: the message's hidden mark, its reports, extra's suspension, and the audit log. */
const moderationState = async (w: World) => {
  const e = w.em();
  const m = await e.findOneOrFail(Message, { id: w.memberMessage.id });
  const u = await e.findOneOrFail(User, { id: w.extra.id });
  return [m.hiddenReason, (await e.find(Report, { contentId: m.id }, { orderBy: { id: 'asc' } })).map((r) => r.state), u.suspendedAt?.getTime() ?? null, await e.count(AuditEntry, { entityId: { $in: [m.id, u.id] } })];
};

/** extra's open report of memberMessage (made once per world). */
const openReports = new WeakMap<World, string>();
async function openReport(w: World): Promise<string> {
  let id = openReports.get(w);
  if (!id) {
    const e = w.em();
    const r = e.create(Report, { contentType: ContentType.MESSAGE, contentId: w.memberMessage.id, groupId: w.group.id, reporter: e.getReference(User, w.extra.id), reason: 'Sjikane' });
    await e.flush();
    openReports.set(w, (id = r.id));
  }
  return id;
}

const resourceState = async (w: World) => (await w.em().findOne(Resource, { id: w.resource.id }))?.title ?? 'deleted';

const activityState = async (w: World) => {
  const e = w.em();
  const a = await e.findOneOrFail(Activity, { id: w.activity.id });
  const i = await e.findOneOrFail(VolunteerInterest, { id: w.interest.id });
  return [a.title, a.status, a.lastConfirmedAt.getTime(), i.status];
};

const eventState = async (w: World) => {
  const e = w.em();
  const events = await e.find(Event, { organisation: w.orgA.id }, { orderBy: { id: 'asc' } });
  const regs = await e.find(Registration, { event: w.event.id }, { orderBy: { id: 'asc' } });
  return [events.map((x) => [x.id, x.title, x.status, x.recordingUrl]), regs.map((r) => [r.id, r.status])];
};

const coHostState = async (w: World) => {
  const e = w.em();
  const events = await e.find(Event, { id: { $in: [w.event.id, w.draft.id] } }, { orderBy: { id: 'asc' } });
  return [events.map((x) => x.coHostIds), (await e.find(EventHost, { organisation: w.orgB.id }, { orderBy: { id: 'asc' } })).map((h) => [h.event.id, h.status])];
};

const groupState = async (w: World) => {
  const e = w.em();
  const g = await e.findOneOrFail(NetworkGroup, { id: w.group.id });
  const members = await e.find(GroupMember, { group: w.group.id }, { orderBy: { id: 'asc' } });
  const messages = await e.find(Message, { group: w.group.id }, { orderBy: { id: 'asc' } });
  return [g.description, members.map((m) => [m.id, m.role, m.status]), messages.map((m) => [m.id, m.body, m.deletedAt]), await e.count(Thread, { group: w.group.id }), await e.count(GroupOrganisation, { group: w.group.id })];
};

/**
 * The settlement cycle's little world, made only for its rows: member speaks for Skien (a verified municipality
 * organisation serving 4003), otherOrgAdmin is in a verified agency (IMDi), orgAdmin has no standing (the years are
 * hidden from them: NOT_FOUND). A year with the survey open (Skien's answer a complete draft, Porsgrunn's submitted),
 * the board open, a draft and a sent recommendation, a decision awaiting political treatment; a draft year and a
 * locked one.
 */
interface SettleWorld {
  year: SettlementYear;
  draftYear: SettlementYear;
  lockedYear: SettlementYear;
  skienResponse: SurveyResponse;
  porsgrunnResponse: SurveyResponse;
  draftRecommendation: Recommendation;
  sentRecommendation: Recommendation;
  milestone: SettlementMilestone;
}
const settleWorlds = new WeakMap<World, Promise<SettleWorld>>();
let settlementYearNumber = 3000;
function settle(w: World): Promise<SettleWorld> {
  let made = settleWorlds.get(w);
  if (!made) {
    made = (async () => {
      const e = w.em();
      const [member, otherOrgAdmin] = await Promise.all([e.findOneOrFail(Membership, { organisation: w.orgA.id, role: MembershipRole.MEMBER, user: { $ne: w.extra.id } }, { populate: ['user'] }), e.findOneOrFail(Membership, { organisation: w.orgB.id }, { populate: ['user'] })]);
      const skien = e.create(Organisation, { name: 'Skien kommune', kind: OrganisationKind.MUNICIPALITY, verificationStatus: VerificationStatus.VERIFIED });
      skien.municipalities.set([e.getReference(Municipality, '4003')]);
      const imdi = e.create(Organisation, { name: 'IMDi', kind: OrganisationKind.AGENCY, verificationStatus: VerificationStatus.VERIFIED });
      e.create(Membership, { organisation: skien, user: member.user, role: MembershipRole.MEMBER });
      e.create(Membership, { organisation: imdi, user: otherOrgAdmin.user, role: MembershipRole.MEMBER });
      const deadline = new Date(Date.now() + 30 * 86_400_000);
      const year = e.create(SettlementYear, { countyNumber: '40', year: settlementYearNumber++, title: 'Bosetting', surveyState: SurveyState.OPEN, surveyDeadline: deadline, surveySentAt: new Date() });
      const draftYear = e.create(SettlementYear, { countyNumber: '40', year: settlementYearNumber++, title: 'Neste', surveyDeadline: deadline });
      const lockedYear = e.create(SettlementYear, { countyNumber: '40', year: settlementYearNumber++, title: 'Låst', boardState: BoardState.LOCKED });
      const skienResponse = e.create(SurveyResponse, { year, municipality: e.getReference(Municipality, '4003'), state: ResponseState.DRAFT, capacity: 10, capacityMinors: 1 });
      const porsgrunnResponse = e.create(SurveyResponse, { year, municipality: e.getReference(Municipality, '4001'), state: ResponseState.SUBMITTED, submittedAt: new Date() });
      const draftRecommendation = e.create(Recommendation, { year, municipality: e.getReference(Municipality, '4003'), number: 10, minors: 1 });
      const sentRecommendation = e.create(Recommendation, { year, municipality: e.getReference(Municipality, '4001'), number: 5, minors: 0, state: RecommendationState.SENT, sentVersion: 1, sentAt: new Date() });
      e.create(RecommendationVersion, { recommendation: sentRecommendation, version: 1, number: 5, minors: 0, reasoning: '' });
      e.create(SettlementNumbers, { year, municipality: e.getReference(Municipality, '4003'), decisionStatus: DecisionStatus.AWAITING_POLITICAL_TREATMENT });
      const milestone = e.create(SettlementMilestone, { year, title: 'Samarbeidsmøte', month: 9 });
      await e.flush();
      return { year, draftYear, lockedYear, skienResponse, porsgrunnResponse, draftRecommendation, sentRecommendation, milestone };
    })();
    settleWorlds.set(w, made);
  }
  return made;
}

const settlementState = async (w: World) => {
  const s = await settle(w);
  const e = w.em();
  const years = await e.find(SettlementYear, { id: { $in: [s.year.id, s.draftYear.id, s.lockedYear.id] } }, { orderBy: { year: 'asc' } });
  const responses = await e.find(SurveyResponse, { year: s.year.id }, { orderBy: { id: 'asc' } });
  const recs = await e.find(Recommendation, { year: s.year.id }, { orderBy: { id: 'asc' } });
  const numbers = await e.find(SettlementNumbers, { year: s.year.id }, { orderBy: { id: 'asc' } });
  return [
    years.map((y) => [y.title, y.surveyState, y.boardState, y.numbersPublished, y.surveyDeadline?.getTime()]),
    responses.map((r) => [r.state, r.version, r.capacity, r.extendedUntil?.getTime(), r.remindedAt?.getTime()]),
    recs.map((r) => [r.state, r.number, r.version]),
    numbers.map((n) => [n.municipality.number, n.requested, n.decisionStatus, n.decided, n.settled]),
    await e.count(SettlementMilestone, { year: s.year.id }),
    await e.count('BoardCell', { year: s.year.id }),
  ];
};

/** Denials in the settlement cycle: orgAdmin has no standing and does not see the years at all. */
const HIDDEN_FROM_ORG_ADMIN = { orgAdmin: 'NOT_FOUND' } as const;

const matrix: Record<string, Row> = {
  accountSignUp: { allowed: EVERYONE, run: (_w, gql) => gql(`mutation($e: String!) { accountSignUp(input: { email: $e, password: "lang-og-sikker-frase", name: "Ny" }) }`, { e: `new-${randomUUID()}@example.no` }) },
  accountVerifyEmail: {
    allowed: EVERYONE,
    run: async (w, gql) => gql(`mutation($t: String!) { accountVerifyEmail(token: $t) { id } }`, { t: await tokenFor(w, await make.user({ verified: false }), AuthTokenPurpose.VERIFY_EMAIL) }),
  },
  accountResendVerification: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { accountResendVerification }`) },
  accountLogin: { allowed: EVERYONE, run: (w, gql) => gql(`mutation($e: String!, $p: String!) { accountLogin(email: $e, password: $p) { id } }`, { e: w.extra.email, p: TEST_PASSWORD }) },
  accountLogout: { allowed: EVERYONE, run: (_w, gql) => gql(`mutation { accountLogout }`) },
  accountLogoutEverywhere: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { accountLogoutEverywhere }`) },
  accountRequestPasswordReset: { allowed: EVERYONE, run: (w, gql) => gql(`mutation($e: String!) { accountRequestPasswordReset(email: $e) }`, { e: w.extra.email }) },
  accountUnlockLogin: {
    allowed: EVERYONE,
    run: async (w, gql) => gql(`mutation($t: String!) { accountUnlockLogin(token: $t) }`, { t: await tokenFor(w, w.extra, AuthTokenPurpose.UNLOCK_LOGIN) }),
  },
  accountResetPassword: {
    allowed: EVERYONE,
    run: async (w, gql) => gql(`mutation($t: String!) { accountResetPassword(token: $t, password: "nytt-og-langt-passord") }`, { t: await tokenFor(w, w.extra, AuthTokenPurpose.RESET_PASSWORD) }),
  },
  accountDelete: {
    allowed: SIGNED_IN,
    allowedMayAnswer: { orgAdmin: 'CONFLICT', otherOrgAdmin: 'CONFLICT' }, // the only admin of an organisation, with or without other members
    run: (_w, gql) => gql(`mutation($p: String!) { accountDelete(password: $p) }`, { p: TEST_PASSWORD }),
  },
  profileUpdate: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { profileUpdate(input: { title: "Koordinator" }) { id } }`) },
  userSetPlatformRole: {
    allowed: ['admin'],
    run: (w, gql) => gql(`mutation($id: ID!) { userSetPlatformRole(userId: $id, role: COUNTY_STAFF) { id } }`, { id: w.extra.id }),
    state: async (w) => (await w.em().findOneOrFail(User, { id: w.extra.id })).platformRole,
  },
  organisationCreate: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { organisationCreate(input: { name: "Nytt lag", kind: NGO }) { id } }`) },
  organisationUpdate: { allowed: ['orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { organisationUpdate(id: $id, input: { name: "Endret navn" }) { id } }`, { id: w.orgA.id }), state: orgState },
  organisationVerify: { allowed: ['countyStaff', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { organisationVerify(id: $id) { id } }`, { id: w.orgA.id }), state: orgState },
  organisationReject: { allowed: ['countyStaff', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { organisationReject(id: $id, reason: "Ukjent") { id } }`, { id: w.orgA.id }), state: orgState },
  organisationInvite: {
    allowed: ['orgAdmin', 'admin'],
    run: (w, gql) => gql(`mutation($id: ID!, $e: String!) { organisationInvite(input: { organisationId: $id, email: $e }) { id } }`, { id: w.orgA.id, e: `x-${randomUUID()}@example.no` }),
    state: orgState,
  },
  invitationAccept: {
    allowed: SIGNED_IN,
    run: async (w, gql) => {
      // An invitation to a third organisation, addressed to the caller.
      const token = newToken();
      const org = await make.organisation();
      const e = w.em();
      e.create(Invitation, { organisation: e.getReference(Organisation, org.id), email: w.viewer?.email ?? 'someone@example.no', role: MembershipRole.MEMBER, tokenHash: hashToken(server.config.sessionSecret, token), expiresAt: new Date(Date.now() + 86_400_000) });
      await e.flush();
      return gql(`mutation($t: String!) { invitationAccept(token: $t) { id } }`, { t: token });
    },
  },
  invitationRevoke: { allowed: ['orgAdmin', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { invitationRevoke(id: $id) { id } }`, { id: w.invitationA.id }), state: orgState },
  membershipLeave: {
    allowed: ['member', 'orgAdmin'],
    allowedMayAnswer: { orgAdmin: 'CONFLICT' }, // the last admin cannot leave
    deniedAnswer: 'NOT_FOUND', // a non-member has no membership to leave
    run: (w, gql) => gql(`mutation($id: ID!) { membershipLeave(organisationId: $id) }`, { id: w.orgA.id }),
    state: orgState,
  },
  membershipChangeRole: {
    allowed: ['orgAdmin', 'admin'],
    run: (w, gql) => gql(`mutation($id: ID!) { membershipChangeRole(membershipId: $id, role: ADMIN) { id } }`, { id: w.extraMembership.id }),
    state: async (w) => (await w.em().findOneOrFail(Membership, { id: w.extraMembership.id })).role,
  },
  membershipRemove: { allowed: ['orgAdmin', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { membershipRemove(membershipId: $id) }`, { id: w.extraMembership.id }), state: orgState },

  // Network groups: orgAdmin owns the group, member is a member; staff read and moderate without being members.
  groupCreate: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation($n: String!) { groupCreate(input: { name: $n, visibility: PUBLIC, joinPolicy: OPEN }) { id } }`, { n: `Ny gruppe ${randomUUID().slice(0, 8)}` }) },
  groupUpdate: { allowed: ['orgAdmin', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { groupUpdate(id: $id, input: { description: "Ny tekst" }) { id } }`, { id: w.group.id }), state: groupState },
  groupJoin: {
    allowed: SIGNED_IN,
    allowedMayAnswer: { member: 'CONFLICT', orgAdmin: 'CONFLICT' }, // already members
    run: (w, gql) => gql(`mutation($id: ID!) { groupJoin(groupId: $id) { id } }`, { id: w.group.id }),
  },
  groupLeave: {
    allowed: ['member', 'orgAdmin'],
    allowedMayAnswer: { orgAdmin: 'CONFLICT' }, // the last owner
    deniedAnswer: 'NOT_FOUND',
    run: (w, gql) => gql(`mutation($id: ID!) { groupLeave(groupId: $id) }`, { id: w.group.id }),
    state: groupState,
  },
  groupInvite: { allowed: ['orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`mutation($g: ID!, $u: ID!) { groupInvite(groupId: $g, userId: $u) { id } }`, { g: w.group.id, u: w.outsider.id }), state: groupState },
  groupMemberApprove: { allowed: ['orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { groupMemberApprove(memberId: $id) { id } }`, { id: w.request.id }), state: groupState },
  groupMemberRemove: { allowed: ['orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { groupMemberRemove(memberId: $id) }`, { id: w.extraGroupMember.id }), state: groupState },
  groupMemberSetRole: { allowed: ['orgAdmin', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { groupMemberSetRole(memberId: $id, role: MODERATOR) { id } }`, { id: w.extraGroupMember.id }), state: groupState },
  groupOrganisationAdd: { allowed: ['orgAdmin', 'admin'], run: (w, gql) => gql(`mutation($g: ID!, $o: ID!) { groupOrganisationAdd(groupId: $g, organisationId: $o) { id } }`, { g: w.group.id, o: w.orgB.id }), state: groupState },
  groupOrganisationRemove: { allowed: ['orgAdmin', 'admin'], run: (w, gql) => gql(`mutation($g: ID!, $o: ID!) { groupOrganisationRemove(groupId: $g, organisationId: $o) { id } }`, { g: w.group.id, o: w.orgB.id }) },
  threadCreate: { allowed: ['member', 'orgAdmin'], run: (w, gql) => gql(`mutation($g: ID!) { threadCreate(groupId: $g, title: "Ny tråd", body: "Tekst") { id } }`, { g: w.group.id }), state: groupState },
  threadMarkRead: { allowed: ['member', 'orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`mutation($t: ID!) { threadMarkRead(threadId: $t) { id } }`, { t: w.thread.id }) },
  messagePost: { allowed: ['member', 'orgAdmin'], run: (w, gql) => gql(`mutation($t: ID!) { messagePost(threadId: $t, body: "Svar") { id } }`, { t: w.thread.id }), state: groupState },
  messageEdit: { allowed: ['member'], run: (w, gql) => gql(`mutation($id: ID!) { messageEdit(id: $id, body: "endret") { id } }`, { id: w.memberMessage.id }), state: groupState },
  messageDelete: { allowed: ['member', 'orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`mutation($id: ID!) { messageDelete(id: $id) { id } }`, { id: w.memberMessage.id }), state: groupState },
  groupTyping: { allowed: ['member', 'orgAdmin'], run: (w, gql) => gql(`mutation($t: ID!) { groupTyping(threadId: $t) }`, { t: w.thread.id }) },

  // Moderation: member wrote memberMessage in orgAdmin's MEMBERS group; otherOrgAdmin cannot see it.
  contentReport: {
    allowed: ['orgAdmin', 'countyStaff', 'admin'],
    deniedAnswerFor: { otherOrgAdmin: 'NOT_FOUND' },
    run: (w, gql) => gql(`mutation($id: ID!) { contentReport(type: MESSAGE, contentId: $id, reason: "Sjikane") { id } }`, { id: w.memberMessage.id }),
    state: (w) => w.em().count(Report, { contentId: w.memberMessage.id }),
  },
  reportDismiss: {
    allowed: ['orgAdmin', 'countyStaff', 'admin'],
    setup: (w) => openReport(w),
    run: async (w, gql) => gql(`mutation($id: ID!) { reportDismiss(id: $id) { id } }`, { id: await openReport(w) }),
    state: moderationState,
  },
  contentHide: {
    allowed: ['orgAdmin', 'countyStaff', 'admin'],
    run: (w, gql) => gql(`mutation($id: ID!) { contentHide(type: MESSAGE, contentId: $id, reason: "Brudd på reglene") { id } }`, { id: w.memberMessage.id }),
    state: moderationState,
  },
  contentUnhide: {
    allowed: ['orgAdmin', 'countyStaff', 'admin'],
    setup: (w) => w.em().getConnection().execute(`update message set hidden_at = now(), hidden_reason = 'Brudd' where id = ?`, [w.memberMessage.id]),
    run: (w, gql) => gql(`mutation($id: ID!) { contentUnhide(type: MESSAGE, contentId: $id) { id } }`, { id: w.memberMessage.id }),
    state: moderationState,
  },
  userWarn: { allowed: STAFF, run: (w, gql) => gql(`mutation($u: ID!) { userWarn(userId: $u, reason: "Advarsel") { id } }`, { u: w.extra.id }), state: moderationState },
  userSuspend: { allowed: STAFF, run: (w, gql) => gql(`mutation($u: ID!) { userSuspend(userId: $u, reason: "Sjikane") { id } }`, { u: w.extra.id }), state: moderationState },
  userUnsuspend: {
    allowed: STAFF,
    setup: (w) => w.em().getConnection().execute(`update app_user set suspended_at = now(), suspension_reason = 'Sjikane' where id = ?`, [w.extra.id]),
    run: (w, gql) => gql(`mutation($u: ID!) { userUnsuspend(userId: $u) { id } }`, { u: w.extra.id }),
    state: moderationState,
  },

  // The inbox: everyone signed in has their own.
  notificationMarkRead: { allowed: SIGNED_IN, run: (w, gql) => gql(`mutation($id: ID!) { notificationMarkRead(id: $id) { id } }`, { id: w.notification?.id ?? randomUUID() }) },
  notificationMarkAllRead: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { notificationMarkAllRead }`) },
  notificationPreferenceSet: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { notificationPreferenceSet(type: MENTION, channel: EMAIL) { type } }`) },

  // Events belong to orgA: its members (any role) and county staff run them.
  eventCreate: {
    allowed: ORGANISERS,
    run: (w, gql) => gql(`mutation($o: ID!) { eventCreate(input: { organisationId: $o, title: "Nytt seminar", kind: SEMINAR, mode: ONLINE, startsAt: "2031-05-05T09:00", endsAt: "2031-05-05T10:00" }) { id } }`, { o: w.orgA.id }),
    state: async (w) => w.em().count(Event, { organisation: w.orgA.id }),
  },
  eventUpdate: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventUpdate(id: $id, input: { title: "Endret tittel" }) { id } }`, { id: w.event.id }), state: eventState },
  eventPublish: { allowed: ORGANISERS, deniedAnswer: 'NOT_FOUND', run: (w, gql) => gql(`mutation($id: ID!) { eventPublish(id: $id) { id } }`, { id: w.draft.id }), state: eventState },
  eventCancel: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventCancel(id: $id, reason: "Syk") { id } }`, { id: w.event.id }), state: eventState },
  eventDuplicate: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventDuplicate(id: $id) { id } }`, { id: w.event.id }), state: eventState },
  eventCreateSeries: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventCreateSeries(id: $id, frequency: MONTHLY, count: 2) { id } }`, { id: w.event.id }), state: eventState },
  eventRegister: { allowed: SIGNED_IN, run: (w, gql) => gql(`mutation($id: ID!) { eventRegister(eventId: $id) { id } }`, { id: w.event.id }) },
  eventRegisterGuest: { allowed: EVERYONE, run: (w, gql) => gql(`mutation($id: ID!, $e: String!) { eventRegisterGuest(eventId: $id, name: "Gjest", email: $e) { id } }`, { id: w.event.id, e: `g-${randomUUID()}@example.no` }) },
  guestRegistrationConfirm: { allowed: EVERYONE, run: (w, gql) => gql(`mutation($t: String!) { guestRegistrationConfirm(token: $t) { id } }`, { t: w.guestToken }) },
  guestRegistrationCancel: { allowed: EVERYONE, run: (w, gql) => gql(`mutation($t: String!) { guestRegistrationCancel(token: $t) { id } }`, { t: w.guestToken }) },
  registrationCancel: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { registrationCancel(id: $id) { id } }`, { id: w.extraRegistration.id }), state: eventState },
  eventMessageRegistrants: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventMessageRegistrants(eventId: $id, subject: "Info", body: "Velkommen") }`, { id: w.event.id }) },
  registrationCheckIn: {
    allowed: ORGANISERS,
    // Check-in opens a day before the start.
    setup: (w) => w.em().getConnection().execute(`update event set starts_at = now() + interval '1 hour' where id = ?`, [w.event.id]),
    run: (w, gql) => gql(`mutation($id: ID!) { registrationCheckIn(id: $id, checkIn: ATTENDED) { id } }`, { id: w.extraRegistration.id }),
    state: async (w) => (await w.em().findOneOrFail(Registration, { id: w.extraRegistration.id })).checkIn,
  },
  eventEvaluationSet: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventEvaluationSet(eventId: $id, questions: [{ kind: RATING, label: "Nyttig" }, { kind: TEXT, label: "Hva kan bli bedre" }]) { id } }`, { id: w.event.id }), state: async (w) => (await w.em().findOneOrFail(Event, { id: w.event.id })).evaluationStatus },
  eventEvaluationOpen: {
    allowed: ORGANISERS,
    setup: (w) => w.em().getConnection().execute(`update event set starts_at = now() - interval '2 hours', evaluation_status = 'READY', evaluation_questions = '[{"id":"q1","kind":"RATING","label":"Nyttig"},{"id":"q2","kind":"TEXT","label":"Bedre"}]' where id = ?`, [w.event.id]),
    run: (w, gql) => gql(`mutation($id: ID!) { eventEvaluationOpen(eventId: $id) { id } }`, { id: w.event.id }),
    state: async (w) => (await w.em().findOneOrFail(Event, { id: w.event.id })).evaluationStatus,
  },
  eventEvaluationClose: {
    allowed: ORGANISERS,
    setup: (w) => w.em().getConnection().execute(`update event set evaluation_status = 'OPEN' where id = ?`, [w.event.id]),
    run: (w, gql) => gql(`mutation($id: ID!) { eventEvaluationClose(eventId: $id) { id } }`, { id: w.event.id }),
    state: async (w) => (await w.em().findOneOrFail(Event, { id: w.event.id })).evaluationStatus,
  },
  // Only a participant (extra, whose registration it is, or a guest by token) answers; none of the roles is one.
  eventEvaluationRespond: { allowed: [], run: (w, gql) => gql(`mutation($id: ID!) { eventEvaluationRespond(eventId: $id, answers: []) }`, { id: w.event.id }) },
  eventAnswersDelete: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventAnswersDelete(eventId: $id) { id } }`, { id: w.event.id }), state: async (w) => (await w.em().findOneOrFail(Event, { id: w.event.id })).answersDeletedAt },
  eventCoHostInvite: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($e: ID!, $o: ID!) { eventCoHostInvite(eventId: $e, organisationId: $o) { id } }`, { e: w.draft.id, o: w.orgB.id }), deniedAnswer: 'NOT_FOUND', state: coHostState },
  // Answering is for the invited organisation (orgB: otherOrgAdmin) and county staff; the organisers may only withdraw it.
  eventCoHostAccept: { allowed: ['otherOrgAdmin', ...STAFF], run: (w, gql) => gql(`mutation($id: ID!) { eventCoHostAccept(id: $id) { id } }`, { id: w.coHostInvitation.id }), state: coHostState },
  eventCoHostDecline: { allowed: ['otherOrgAdmin', ...STAFF], run: (w, gql) => gql(`mutation($id: ID!) { eventCoHostDecline(id: $id) { id } }`, { id: w.coHostInvitation.id }), state: coHostState },
  eventCoHostRemove: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventCoHostRemove(id: $id) { id } }`, { id: w.coHostInvitation.id }), state: coHostState },
  eventAttachMaterials: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { eventAttachMaterials(eventId: $id, recordingUrl: "https://video.example.no/opptak") { id } }`, { id: w.event.id }), state: eventState },
  followSet: { allowed: SIGNED_IN, run: (_w, gql) => gql(`mutation { followSet(topicSlugs: ["ukraine"], municipalityNumbers: ["4003"]) }`) },

  // Activities belong to orgA, like events.
  activityCreate: {
    allowed: ORGANISERS,
    run: (w, gql) => gql(`mutation($o: ID!) { activityCreate(input: { organisationId: $o, title: "Leksehjelp", category: HOMEWORK_HELP, municipalityNumber: "4003", schedule: { frequency: WEEKLY, weekdays: [MO], startDate: "2026-01-05", startTime: "16:00", endTime: "18:00" } }) { id } }`, { o: w.orgA.id }),
    state: async (w) => w.em().count(Activity, { organisation: w.orgA.id }),
  },
  activityUpdate: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { activityUpdate(id: $id, input: { title: "Ny tittel" }) { id } }`, { id: w.activity.id }), state: activityState },
  activitySetStatus: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { activitySetStatus(id: $id, status: PAUSED) { id } }`, { id: w.activity.id }), state: activityState },
  activityConfirm: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { activityConfirm(id: $id) { id } }`, { id: w.activity.id }), state: activityState },
  activityVolunteer: { allowed: SIGNED_IN, run: (w, gql) => gql(`mutation($id: ID!) { activityVolunteer(activityId: $id, message: "Jeg vil bidra") { id } }`, { id: w.activity.id }) },
  volunteerInterestAnswer: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { volunteerInterestAnswer(id: $id, accepted: true) { id } }`, { id: w.interest.id }), state: activityState },

  // Resources belong to the sharing organisation.
  resourceCreate: {
    allowed: ORGANISERS,
    run: (w, gql) => gql(`mutation($o: ID!) { resourceCreate(input: { organisationId: $o, title: "Rapport", kind: REPORT, access: MEMBERS }) { id } }`, { o: w.orgA.id }),
    state: async (w) => w.em().count(Resource, { organisation: w.orgA.id }),
  },
  resourceUpdate: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { resourceUpdate(id: $id, input: { title: "Ny tittel" }) { id } }`, { id: w.resource.id }), state: resourceState },
  resourceDelete: { allowed: ORGANISERS, run: (w, gql) => gql(`mutation($id: ID!) { resourceDelete(id: $id) }`, { id: w.resource.id }), state: resourceState },

  // Grants: county staff run rounds and assessment; an application belongs to its organisation's members.
  grantSchemeCreate: { allowed: STAFF, run: (_w, gql) => gql(`mutation($n: String!) { grantSchemeCreate(name: $n) { id } }`, { n: `Ordning ${randomUUID()}` }) },
  grantRoundCreate: {
    allowed: STAFF,
    run: (w, gql) => gql(`mutation($s: ID!) { grantRoundCreate(input: { schemeId: $s, title: "Ny runde", year: 2031, budget: 1000, opensAt: "2031-01-01T08:00", closesAt: "2031-03-01T12:00" }) { id } }`, { s: w.openRound.scheme.id }),
  },
  grantRoundUpdate: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantRoundUpdate(id: $id, input: { budget: 200000 }) { id } }`, { id: w.openRound.id }), state: grantState },
  grantRoundOpen: { allowed: STAFF, allowedMayAnswer: { countyStaff: 'CONFLICT', admin: 'CONFLICT' }, run: (w, gql) => gql(`mutation($id: ID!) { grantRoundOpen(id: $id) { id } }`, { id: w.openRound.id }), state: grantState },
  grantRoundClose: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantRoundClose(id: $id) { id } }`, { id: w.openRound.id }), state: grantState },
  grantRoundPublishDecisions: { allowed: STAFF, allowedMayAnswer: { countyStaff: 'CONFLICT', admin: 'CONFLICT' }, run: (w, gql) => gql(`mutation($id: ID!) { grantRoundPublishDecisions(id: $id) { id } }`, { id: w.closedRound.id }), state: grantState },
  grantApplicationCreate: { allowed: ['member', 'orgAdmin'], run: (w, gql) => gql(`mutation($r: ID!, $o: ID!) { grantApplicationCreate(roundId: $r, organisationId: $o, title: "Ny søknad") { id } }`, { r: w.openRound.id, o: w.orgA.id }), state: grantState },
  grantApplicationSave: { allowed: ['member', 'orgAdmin'], deniedAnswer: 'NOT_FOUND', run: (w, gql) => gql(`mutation($id: ID!) { grantApplicationSave(id: $id, version: 1, input: { summary: "Endret" }) { id } }`, { id: w.draftApplication.id }), state: grantState },
  grantApplicationSubmit: { allowed: ['member', 'orgAdmin'], allowedMayAnswer: { member: 'BAD_USER_INPUT', orgAdmin: 'BAD_USER_INPUT' }, deniedAnswer: 'NOT_FOUND', run: (w, gql) => gql(`mutation($id: ID!) { grantApplicationSubmit(id: $id) { id } }`, { id: w.draftApplication.id }), state: grantState },
  grantAttachmentDelete: {
    allowed: ['member', 'orgAdmin'],
    deniedAnswer: 'NOT_FOUND',
    run: (w, gql) => gql(`mutation($id: ID!) { grantAttachmentDelete(id: $id) { id } }`, { id: w.draftAttachment.id }),
    state: async (w) => (await w.em().count(GrantAttachment, { id: w.draftAttachment.id })),
  },
  grantApplicationWithdraw: { allowed: ['member', 'orgAdmin'], deniedAnswer: 'NOT_FOUND', run: (w, gql) => gql(`mutation($id: ID!) { grantApplicationWithdraw(id: $id) { id } }`, { id: w.draftApplication.id }), state: grantState },
  grantAssessmentDeclare: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantAssessmentDeclare(applicationId: $id) { id } }`, { id: w.reviewApplication.id }) },
  grantAssessmentSave: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantAssessmentSave(applicationId: $id, scores: [{ key: "relevance", score: 4 }]) { id } }`, { id: w.reviewApplication.id }) },
  grantApplicationRequestInfo: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantApplicationRequestInfo(id: $id, message: "Send budsjett") { id } }`, { id: w.reviewApplication.id }), state: grantState },
  grantApplicationDecide: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantApplicationDecide(id: $id, decision: APPROVED, grantedAmount: 50000, reason: "Bra") { id } }`, { id: w.reviewApplication.id }), state: grantState },

  // Grant follow-up: the organisation answers, reports and asks; county staff review, pay, claim and decide.
  grantAwardAccept: { allowed: ORG_A, deniedAnswerFor: OTHER_ORG_NOT_FOUND, run: (w, gql) => gql(`mutation($id: ID!) { grantAwardAccept(id: $id) { id } }`, { id: w.offeredAward.id }), state: followUpState },
  grantAwardDecline: { allowed: ORG_A, deniedAnswerFor: OTHER_ORG_NOT_FOUND, run: (w, gql) => gql(`mutation($id: ID!) { grantAwardDecline(id: $id, reason: "Nei takk") { id } }`, { id: w.offeredAward.id }), state: followUpState },
  grantReportSave: { allowed: ORG_A, deniedAnswerFor: OTHER_ORG_NOT_FOUND, run: (w, gql) => gql(`mutation($id: ID!) { grantReportSave(id: $id, version: 1, input: { goals: "Endret" }) { id } }`, { id: w.draftReport.id }), state: followUpState },
  grantReportSubmit: { allowed: ORG_A, deniedAnswerFor: OTHER_ORG_NOT_FOUND, run: (w, gql) => gql(`mutation($id: ID!) { grantReportSubmit(id: $id) { id } }`, { id: w.draftReport.id }), state: followUpState },
  grantReportAttachmentDelete: {
    allowed: ORG_A,
    deniedAnswerFor: OTHER_ORG_NOT_FOUND,
    run: (w, gql) => gql(`mutation($id: ID!) { grantReportAttachmentDelete(id: $id) { id } }`, { id: w.reportAttachment.id }),
    state: async (w) => w.em().count(GrantReportAttachment, { id: w.reportAttachment.id }),
  },
  grantReportApprove: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantReportApprove(id: $id) { id } }`, { id: w.submittedReport.id }), state: followUpState },
  grantReportRequestChanges: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantReportRequestChanges(id: $id, message: "Mer") { id } }`, { id: w.submittedReport.id }), state: followUpState },
  grantReportReject: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantReportReject(id: $id, reason: "Nei") { id } }`, { id: w.submittedReport.id }), state: followUpState },
  grantPaymentMarkPaid: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantPaymentMarkPaid(id: $id, reference: "B-1") { id } }`, { id: w.requestedPayment.id }), state: followUpState },
  grantRepaymentClaim: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantRepaymentClaim(awardId: $id, amount: 1000, reason: NO_REPORT, note: "Ingen rapport") { id } }`, { id: w.acceptedAward.id }), state: followUpState },
  grantRepaymentSettle: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantRepaymentSettle(id: $id, state: REPAID) { id } }`, { id: w.claim.id }), state: followUpState },
  grantChangeRequestCreate: { allowed: ORG_A, deniedAnswerFor: OTHER_ORG_NOT_FOUND, run: (w, gql) => gql(`mutation($id: ID!) { grantChangeRequestCreate(awardId: $id, kind: CHANGE_OF_USE, message: "Endre") { id } }`, { id: w.acceptedAward.id }), state: followUpState },
  grantChangeRequestDecide: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantChangeRequestDecide(id: $id, state: DENIED, reason: "Nei") { id } }`, { id: w.pendingChange.id }), state: followUpState },
  grantAppealFile: { allowed: ORG_A, deniedAnswer: 'NOT_FOUND', run: (w, gql) => gql(`mutation($id: ID!) { grantAppealFile(applicationId: $id, grounds: "Uenig") { id } }`, { id: w.offeredAward.application.id }), state: followUpState },
  grantAppealDecide: { allowed: STAFF, run: (w, gql) => gql(`mutation($id: ID!) { grantAppealDecide(id: $id, state: FORWARDED, note: "Sendt videre") { id } }`, { id: w.filedAppeal.id }), state: followUpState },

  announcementPost: {
    allowed: ['countyStaff', 'admin'],
    run: (_w, gql) => gql(`mutation { announcementPost(input: { title: "Ny runde TIIA", body: "Søknadsfristen er 1. mars" }) { id } }`),
    state: async (w) => w.em().count(Announcement),
  },

  // The settlement cycle (see settle()): county staff run it, member answers for Skien, otherOrgAdmin sits for IMDi.
  settlementYearCreate: { allowed: STAFF, run: (_w, gql) => gql(`mutation($y: Int!) { settlementYearCreate(input: { countyNumber: "39", year: $y }) { id } }`, { y: 2000 + (settlementYearNumber++ % 100) }), allowedMayAnswer: { admin: 'CONFLICT', countyStaff: 'CONFLICT' } },
  settlementYearUpdate: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementYearUpdate(id: $id, input: { title: "Endret" }) { id } }`, { id: (await settle(w)).year.id }), state: settlementState },
  settlementYearPublish: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementYearPublish(id: $id, published: true) { id } }`, { id: (await settle(w)).year.id }), state: settlementState },
  settlementMilestoneSave: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementMilestoneSave(id: $id, input: { status: DONE }) { id } }`, { id: (await settle(w)).milestone.id }), state: settlementState },
  settlementMilestoneDelete: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementMilestoneDelete(id: $id) { id } }`, { id: (await settle(w)).milestone.id }), state: settlementState },
  settlementSurveySend: { allowed: STAFF, run: async (w, gql) => gql(`mutation($y: ID!) { settlementSurveySend(yearId: $y) { id } }`, { y: (await settle(w)).draftYear.id }), state: settlementState },
  settlementSurveyClose: { allowed: STAFF, run: async (w, gql) => gql(`mutation($y: ID!) { settlementSurveyClose(yearId: $y) { id } }`, { y: (await settle(w)).year.id }), state: settlementState },
  settlementSurveyResponseOpen: {
    allowed: ['member'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($id: ID!) { settlementSurveyResponseOpen(id: $id) { id } }`, { id: (await settle(w)).skienResponse.id }),
    state: settlementState,
  },
  settlementSurveyResponseSave: {
    allowed: ['member'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($id: ID!) { settlementSurveyResponseSave(id: $id, version: 1, input: { capacity: 12 }) { id } }`, { id: (await settle(w)).skienResponse.id }),
    state: settlementState,
  },
  settlementSurveyResponseSubmit: {
    allowed: ['member'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($id: ID!) { settlementSurveyResponseSubmit(id: $id) { id } }`, { id: (await settle(w)).skienResponse.id }),
    state: settlementState,
  },
  settlementSurveyResponseReopen: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementSurveyResponseReopen(id: $id) { id } }`, { id: (await settle(w)).porsgrunnResponse.id }), state: settlementState },
  settlementSurveyResponseExtend: {
    allowed: STAFF,
    run: async (w, gql) => gql(`mutation($id: ID!, $u: String!) { settlementSurveyResponseExtend(id: $id, until: $u) { id } }`, { id: (await settle(w)).skienResponse.id, u: `${new Date().getFullYear() + 1}-01-15T12:00` }),
    state: settlementState,
  },
  settlementSurveyResponseRemind: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementSurveyResponseRemind(id: $id) { id } }`, { id: (await settle(w)).skienResponse.id }), state: settlementState },
  settlementBoardCellSet: {
    allowed: ['otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($y: ID!) { settlementBoardCellSet(input: { yearId: $y, municipalityNumber: "4003", column: RECOMMENDATION, number: 12, version: 0 }) { version } }`, { y: (await settle(w)).year.id }),
    state: settlementState,
  },
  settlementBoardFocus: {
    allowed: ['otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($y: ID!) { settlementBoardFocus(yearId: $y, municipalityNumber: "4003") }`, { y: (await settle(w)).year.id }),
  },
  settlementBoardLock: { allowed: STAFF, run: async (w, gql) => gql(`mutation($y: ID!) { settlementBoardLock(yearId: $y) { id } }`, { y: (await settle(w)).year.id }), state: settlementState },
  settlementBoardUnlock: { allowed: STAFF, run: async (w, gql) => gql(`mutation($y: ID!) { settlementBoardUnlock(yearId: $y) { id } }`, { y: (await settle(w)).lockedYear.id }), state: settlementState },
  settlementRecommendationSave: {
    allowed: STAFF,
    run: async (w, gql) => gql(`mutation($id: ID!) { settlementRecommendationSave(id: $id, version: 1, input: { number: 11 }) { id } }`, { id: (await settle(w)).draftRecommendation.id }),
    state: settlementState,
  },
  settlementRecommendationRevise: { allowed: STAFF, run: async (w, gql) => gql(`mutation($id: ID!) { settlementRecommendationRevise(id: $id) { id } }`, { id: (await settle(w)).sentRecommendation.id }), state: settlementState },
  settlementRecommendationsSend: { allowed: STAFF, run: async (w, gql) => gql(`mutation($y: ID!) { settlementRecommendationsSend(yearId: $y) { id } }`, { y: (await settle(w)).year.id }), state: settlementState },
  settlementRequestSet: {
    allowed: ['otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($y: ID!) { settlementRequestSet(yearId: $y, municipalityNumber: "4003", input: { requested: 40 }) { requested } }`, { y: (await settle(w)).year.id }),
    state: settlementState,
  },
  settlementRequestsImport: {
    allowed: ['otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($y: ID!) { settlementRequestsImport(yearId: $y, csv: "4003;40;2") { requested } }`, { y: (await settle(w)).year.id }),
    state: settlementState,
  },
  settlementDecisionSet: {
    allowed: ['member', 'countyStaff', 'admin'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($y: ID!) { settlementDecisionSet(yearId: $y, municipalityNumber: "4003", input: { status: DECIDED, decided: 30, decidedMinors: true, decidedOn: "2026-11-20" }) { decided } }`, { y: (await settle(w)).year.id }),
    state: settlementState,
  },
  settlementSettledSet: {
    allowed: ['member', 'countyStaff', 'admin'],
    deniedAnswer: HIDDEN_FROM_ORG_ADMIN,
    run: async (w, gql) => gql(`mutation($y: ID!) { settlementSettledSet(yearId: $y, municipalityNumber: "4003", input: { settled: 3 }) { settled } }`, { y: (await settle(w)).year.id }),
    state: settlementState,
  },
};

/** A field that is null for those who may not see it: report that as the denial it is. */
function hiddenIsDenied(w: World, res: GqlResponse, pick: (data: unknown) => unknown): GqlResponse {
  if (res.errors || pick(res.data ?? {}) !== null) return res;
  return { ...res, errors: [{ message: 'hidden', extensions: { code: w.role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN' } }] };
}

const queries: Record<string, Row> = {
  viewerDataExport: { allowed: SIGNED_IN, run: (_w, gql) => gql(`{ viewerDataExport }`) },
  users: { allowed: ['admin'], run: (_w, gql) => gql(`{ users { id } }`) },
  moderationQueue: { allowed: ['orgAdmin', 'countyStaff', 'admin'], run: (_w, gql) => gql(`{ moderationQueue { id } }`) },
  moderationAccess: { allowed: SIGNED_IN, run: (_w, gql) => gql(`{ moderationAccess { queue } }`) },
  adminAuditLog: { allowed: STAFF, run: (_w, gql) => gql(`{ adminAuditLog { id } }`) },
  groups: { allowed: SIGNED_IN, run: (_w, gql) => gql(`{ groups { id } }`) },
  'group threads': {
    allowed: ['member', 'orgAdmin', 'countyStaff', 'admin'],
    run: async (w, gql) => hiddenIsDenied(w, await gql(`query($id: ID!) { group(id: $id) { threads { nodes { id } } } }`, { id: w.group.id }), (d) => (d as { group?: { threads: unknown } }).group?.threads),
  },
  thread: { allowed: ['member', 'orgAdmin', 'countyStaff', 'admin'], run: (w, gql) => gql(`query($id: ID!) { thread(id: $id) { messages { bodyHtml } } }`, { id: w.thread.id }) },
  notifications: { allowed: SIGNED_IN, run: (_w, gql) => gql(`{ notifications { unreadCount } }`) },
  eventAttendanceFigures: { allowed: STAFF, run: (_w, gql) => gql(`{ eventAttendanceFigures(from: "2030-01-01", to: "2030-12-31") { events } }`) },
  'event attendance figures': {
    allowed: ORGANISERS,
    run: async (w, gql) => hiddenIsDenied(w, await gql(`query($id: ID!) { event(id: $id) { attendanceFigures { events } } }`, { id: w.event.id }), (d) => (d as { event?: { attendanceFigures: unknown } }).event?.attendanceFigures),
  },
  'event co-host invitations': {
    allowed: ORGANISERS,
    run: async (w, gql) => hiddenIsDenied(w, await gql(`query($id: ID!) { event(id: $id) { coHostInvitations { id } } }`, { id: w.event.id }), (d) => (d as { event?: { coHostInvitations: unknown } }).event?.coHostInvitations),
  },
  'event evaluation results': {
    allowed: ORGANISERS,
    setup: (w) => w.em().getConnection().execute(`update event set evaluation_status = 'READY', evaluation_questions = '[{"id":"q1","kind":"RATING","label":"Nyttig"},{"id":"q2","kind":"TEXT","label":"Bedre"}]' where id = ?`, [w.event.id]),
    run: async (w, gql) => {
      return hiddenIsDenied(w, await gql(`query($id: ID!) { event(id: $id) { evaluationResults { responses } } }`, { id: w.event.id }), (d) => (d as { event?: { evaluationResults: unknown } }).event?.evaluationResults);
    },
  },
  grantRoundFollowUp: { allowed: STAFF, run: (w, gql) => gql(`query($id: ID!) { grantRoundFollowUp(roundId: $id) { awarded } }`, { id: w.offeredAward.round.id }) },
  grantAwardAuditLog: { allowed: STAFF, run: (w, gql) => gql(`query($id: ID!) { grantAwardAuditLog(id: $id) { id } }`, { id: w.acceptedAward.id }) },
  grantReport: { allowed: [...ORG_A, ...STAFF], deniedAnswer: 'NOT_FOUND', run: (w, gql) => gql(`query($id: ID!) { grantReport(id: $id) { id goals } }`, { id: w.draftReport.id }) },
  grantAward: { allowed: [...ORG_A, ...STAFF], deniedAnswerFor: OTHER_ORG_NOT_FOUND, run: (w, gql) => gql(`query($id: ID!) { grantAward(id: $id) { id amount } }`, { id: w.acceptedAward.id }) },
  // Published results are public: everyone, signed in or not, once the round is decided.
  grantRoundResults: { allowed: EVERYONE, run: (w, gql) => gql(`query($id: ID!) { grantRoundResults(roundId: $id) { totalAwarded awards { organisationName } } }`, { id: w.acceptedAward.round.id }) },
  'event attendees': {
    allowed: ORGANISERS,
    run: async (w, gql) => hiddenIsDenied(w, await gql(`query($id: ID!) { event(id: $id) { attendees { id } } }`, { id: w.event.id }), (d) => (d as { event?: { attendees: unknown } }).event?.attendees),
  },

  // The settlement cycle's reads: hidden years are NOT_FOUND, also to anonymous callers.
  settlementSurveyResponse: {
    allowed: ['member', 'otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: { anonymous: 'NOT_FOUND', orgAdmin: 'NOT_FOUND' },
    run: async (w, gql) => gql(`query($y: ID!) { settlementSurveyResponse(yearId: $y, municipalityNumber: "4003") { capacity } }`, { y: (await settle(w)).year.id }),
  },
  settlementBoardHistory: {
    allowed: ['otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: { anonymous: 'NOT_FOUND', orgAdmin: 'NOT_FOUND' },
    run: async (w, gql) => gql(`query($y: ID!) { settlementBoardHistory(yearId: $y) { id } }`, { y: (await settle(w)).year.id }),
  },
  settlementRecommendationLetter: {
    allowed: ['otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: { anonymous: 'NOT_FOUND', orgAdmin: 'NOT_FOUND' },
    run: async (w, gql) => gql(`query($y: ID!) { settlementRecommendationLetter(yearId: $y) { total } }`, { y: (await settle(w)).year.id }),
  },
  'settlement year tracker': {
    allowed: ['member', 'otherOrgAdmin', 'countyStaff', 'admin'],
    deniedAnswer: { anonymous: 'NOT_FOUND', orgAdmin: 'NOT_FOUND' },
    run: async (w, gql) => gql(`query($y: ID!) { settlementYear(id: $y) { municipalities { response { trackerStatus } } } }`, { y: (await settle(w)).year.id }),
  },
};

describe('the role × operation matrix', () => {
  it('has a row for every mutation in the schema', () => {
    const mutations = Object.keys(server.app.schema.getMutationType()!.getFields()).sort();
    expect(Object.keys(matrix).sort()).toEqual(mutations);
  });

  for (const [name, row] of Object.entries({ ...matrix, ...queries })) {
    describe(name, () => {
      it.each(ROLES)(`as %s`, async (role) => {
        const w = await world(role);
        await row.setup?.(w);
        const before = await row.state?.(w);
        const res = await row.run(w, (q, v) => server.gql(q, v, { cookie: w.cookie }));
        const code = res.errors?.[0]?.extensions?.code;
        if (row.allowed.includes(role)) {
          const tolerated = row.allowedMayAnswer?.[role];
          expect(code === undefined || code === tolerated, `${name} as ${role} should be allowed, got ${JSON.stringify(res.errors)}`).toBe(true);
        } else {
          const byRole = typeof row.deniedAnswer === 'object' ? row.deniedAnswer[role] : undefined;
          const expected = byRole ?? (role === 'anonymous' ? 'UNAUTHENTICATED' : (row.deniedAnswerFor?.[role] ?? (typeof row.deniedAnswer === 'string' ? row.deniedAnswer : undefined) ?? 'FORBIDDEN'));
          expect(code, `${name} as ${role} should be denied`).toBe(expected);
          if (row.state) expect(await row.state(w)).toEqual(before);
        }
      });
    });
  }
});
