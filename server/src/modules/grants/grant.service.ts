import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit, AuditEntry } from '../../common/audit.js';
import { authorize, can } from '../../common/auth/policies.js';
import { recordChanges, type NewChange } from '../../common/change-feed/change-feed.js';
import { writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { nameKey } from '../../common/text.js';
import { osloLocalToInstant, osloReadable } from '../../common/time.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { ANNOUNCEMENTS_TOPIC } from '../announcements/announcement.service.js';
import { Announcement } from '../announcements/announcement.entity.js';
import { Event } from '../events/event.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Membership } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { municipalitiesByNumber } from '../reference/reference.service.js';
import { ApplicationState, ConflictDeclaration, DECLARATION_TRANSITIONS, GrantApplication, GrantAttachment, GrantAssessment, GrantGuidelines, GrantRound, GrantScheme, RoundState, type Decision } from './grant.entity.js';
import type { GrantApplicationInput, GrantRoundInput } from './grant.inputs.js';

/** Enough for budgets, letters of intent and partner agreements; not a file store. */
export const MAX_ATTACHMENTS = 20;

export const roundTopic = (id: string) => `round/${id}`;

/** Audit actions on an application whose details are reviewer data (scores) or its content (file names). */
const GATED_AUDIT_DETAILS = new Set(['assessed', 'attachment_added', 'attachment_removed']);

/** Reasons an application cannot be submitted, as keys the client translates. */
export type Missing = 'title' | 'summary' | 'projectPlan' | 'budgetLines' | 'partners' | 'organisationKind' | 'municipality' | 'deadline' | 'notOpen';

export class GrantService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  private actor() {
    const u = this.viewer.user;
    return u ? { id: u.id, name: u.name } : null;
  }

  private write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  // ── Schemes and rounds (county staff) ────────────────────────────────────────────────────────────

  async createScheme(name: string, description: string): Promise<GrantScheme> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const clean = name.trim();
    if (clean.length < 2 || clean.length > 200) throw UserInputError.field('name', 'grant/name_length');
    // A handful of schemes: compared by name key (case, Unicode form, lookalikes) in JS.
    const schemes = await this.ctx.em.find(GrantScheme, {}, { fields: ['name'] });
    if (schemes.some((s) => nameKey(s.name) === nameKey(clean))) throw UserInputError.field('name', 'grant/name_taken');
    const scheme = this.ctx.em.create(GrantScheme, { name: clean, description: description.trim() });
    await this.ctx.em.flush();
    return scheme;
  }

  /** A round as the viewer may see it: drafts only for county staff. */
  async round(id: string, em: EntityManager = this.ctx.em): Promise<GrantRound> {
    const r = isUuid(id) ? await em.findOne(GrantRound, { id }) : null;
    if (!r || (r.state === RoundState.DRAFT && !can.grantAdminister(this.viewer))) throw new NotFoundError('grant_round');
    return r;
  }

  rounds(): Promise<GrantRound[]> {
    const where = can.grantAdminister(this.viewer) ? {} : { state: { $ne: RoundState.DRAFT } };
    return this.ctx.em.find(GrantRound, where, { orderBy: { closesAt: 'desc' } });
  }

  async createRound(input: GrantRoundInput): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const scheme = input.schemeId && isUuid(input.schemeId) ? await this.ctx.em.findOne(GrantScheme, { id: input.schemeId }) : null;
    if (!scheme) throw UserInputError.field('schemeId', 'grant/scheme_not_found');
    for (const f of ['title', 'year', 'budget', 'opensAt', 'closesAt'] as const) if (input[f] == null || input[f] === '') throw UserInputError.field(f, `grant/${f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_required`);
    return this.write(async (tx) => {
      const round = tx.create(GrantRound, { scheme, title: '', year: input.year!, budget: input.budget!, opensAt: new Date(), closesAt: new Date(), state: RoundState.DRAFT });
      await this.applyRound(tx, round, input);
      audit(tx, { entityType: 'grant_round', entityId: round.id, action: 'created', actor: this.actor() });
      return round;
    });
  }

  async updateRound(id: string, input: GrantRoundInput): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx) => {
      const round = await this.round(id, tx);
      if (round.state === RoundState.DECIDED) throw new ConflictError('grant/round_decided');
      await this.applyRound(tx, round, input);
      audit(tx, { entityType: 'grant_round', entityId: round.id, action: 'updated', actor: this.actor(), details: { fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] != null) } });
      return round;
    });
  }

  /** Opens a round: announced live to the whole network (an announcement, so it also reaches inboxes). */
  async openRound(id: string): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes) => {
      const round = await this.round(id, tx);
      this.transition(tx, 'grant_round', round, RoundState.DRAFT, RoundState.OPEN);
      if (!round.guidelinesVersion) throw UserInputError.field('guidelines', 'grant/guidelines_required');
      if (!round.criteria.length) throw UserInputError.field('criteria', 'grant/criteria_required');
      const scheme = await tx.findOneOrFail(GrantScheme, { id: round.scheme.id });
      const body = `${scheme.name}: ${round.title}. Søknadsfrist ${osloReadable(round.closesAt)}.`;
      const announcement = tx.create(Announcement, { title: `Søknadsrunden er åpen: ${round.title}`, body, bodyHtml: renderMarkdown(body), createdBy: this.viewer.id ? tx.getReference(User, this.viewer.id) : null, expiresAt: round.closesAt });
      const users = await tx.find(User, {}, { fields: ['id'] });
      changes.push(...(await notify(tx, users.map((u) => u.id).filter((u) => u !== this.viewer.id), NotificationType.ANNOUNCEMENT, { announcementId: announcement.id, title: announcement.title })));
      changes.push({ topic: ANNOUNCEMENTS_TOPIC, type: 'announcement.posted', payload: { announcementId: announcement.id } });
      changes.push(roundChange(round, 'round.opened'));
      return round;
    });
  }

  async closeRound(id: string): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes) => {
      const round = await this.round(id, tx);
      this.transition(tx, 'grant_round', round, RoundState.OPEN, RoundState.CLOSED);
      changes.push(roundChange(round, 'round.closed'));
      return round;
    });
  }

  /** Publishes every decision of the round at once: applicants see them together, in the platform and by e-mail. */
  async publishDecisions(id: string): Promise<GrantRound> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes, mails) => {
      const round = await this.round(id, tx);
      if (round.state !== RoundState.CLOSED) throw new ConflictError('grant/round_not_closed');
      const apps = await tx.find(GrantApplication, { round, state: { $in: [ApplicationState.SUBMITTED, ApplicationState.IN_REVIEW, ApplicationState.MORE_INFO_REQUESTED] } });
      const undecided = apps.filter((a) => !a.decision);
      if (undecided.length) throw new ConflictError('grant/undecided_applications', { applications: undecided.map((a) => a.title) });
      this.transition(tx, 'grant_round', round, RoundState.CLOSED, RoundState.DECIDED);
      round.decisionsPublishedAt = new Date();
      for (const app of apps) {
        const from = app.state;
        app.state = ApplicationState.DECIDED;
        audit(tx, { entityType: 'grant_application', entityId: app.id, action: `state:${from}→DECIDED`, actor: this.actor(), details: { decision: app.decision, grantedAmount: app.grantedAmount } });
        const members = await tx.find(Membership, { organisation: app.organisation.id }, { populate: ['user'] });
        changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_DECISION, { title: app.title, applicationId: app.id })));
        for (const m of members) mails.push(renderMail('grantDecision', m.user.preferredLanguage, m.user.email, { application: app.title, round: round.title, link: `${this.ctx.config.publicUrl}/tilskudd/soknader/${app.id}/vedtak` }));
      }
      changes.push(roundChange(round, 'round.decided'));
      return round;
    });
  }

  // ── Applications (the applicant organisation) ───────────────────────────────────────────────────

  /**
   * The reviewer gate, the one rule for what county staff may read of an application beyond its title,
   * organisation and state (its content, other reviewers' scores and comments, the audit log's details):
   * only after declaring no conflict of interest for it. Asked once per operation (within a transaction,
   * on it), so a ranking of many applications costs one query.
   */
  async reviewerCleared(app: { id: string }, em: EntityManager = this.ctx.em): Promise<boolean> {
    if (!can.grantAdminister(this.viewer)) return false;
    return (await this.declarations(em)).get(app.id) === ConflictDeclaration.NO_CONFLICT;
  }

  /** The viewer's own declarations, by application id. */
  private declarations(em: EntityManager): Promise<Map<string, ConflictDeclaration>> {
    const load = async () => {
      const rows = await em.execute<{ application_id: string; declaration: ConflictDeclaration }[]>('select application_id, declaration from grant_assessment where reviewer_id = ?', [this.viewer.id]);
      return new Map(rows.map((r) => [r.application_id, r.declaration]));
    };
    return em === this.ctx.em ? this.ctx.memo('grant.declarations', load) : load();
  }

  /** Whether the viewer may read an application's content: its organisation, or a cleared reviewer. */
  async contentVisible(app: GrantApplication): Promise<boolean> {
    return can.grantApply(this.viewer, app.organisation.id) || this.reviewerCleared(app);
  }

  async application(id: string, em: EntityManager = this.ctx.em): Promise<GrantApplication> {
    const app = isUuid(id) ? await em.findOne(GrantApplication, { id }) : null;
    if (!app) throw new NotFoundError('grant_application');
    if (can.grantApply(this.viewer, app.organisation.id)) return app;
    if (can.grantAdminister(this.viewer) && app.state !== ApplicationState.DRAFT) {
      // A reviewer opens an application only after declaring no conflict of interest.
      if (await this.reviewerCleared(app, em)) return app;
      const declared = (await this.declarations(em)).get(app.id);
      throw new ForbiddenError(declared === ConflictDeclaration.CONFLICT ? 'grant/conflict_declared' : 'grant/declaration_required');
    }
    throw new NotFoundError('grant_application');
  }

  myApplications(): Promise<GrantApplication[]> {
    const orgs = [...this.viewer.organisationIds()];
    return this.ctx.em.find(GrantApplication, { organisation: { $in: orgs } }, { orderBy: { updatedAt: 'desc' } });
  }

  async createApplication(roundId: string, organisationId: string, title: string): Promise<GrantApplication> {
    const user = this.viewer.requireUser();
    const round = await this.round(roundId);
    if (!isUuid(organisationId) || !can.grantApply(this.viewer, organisationId)) throw new ForbiddenError('grant/not_member');
    if (round.state !== RoundState.OPEN || new Date() > round.closesAt) throw new ConflictError('grant/round_not_open');
    if (!title.trim() || title.length > 200) throw UserInputError.field('title', 'grant/title_length');
    return this.write(async (tx) => {
      const app = tx.create(GrantApplication, { round, organisation: tx.getReference(Organisation, organisationId), title: title.trim(), guidelinesVersion: round.guidelinesVersion, state: ApplicationState.DRAFT, createdBy: tx.getReference(User, user.id) });
      audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'created', actor: this.actor() });
      return app;
    });
  }

  /** Autosave with a version check: a save against an old version is refused with CONFLICT, nothing lost. */
  async save(id: string, expectedVersion: number, input: GrantApplicationInput): Promise<GrantApplication> {
    return this.write(async (tx) => {
      const app = await this.application(id, tx);
      await tx.lock(app, LockMode.PESSIMISTIC_WRITE);
      await tx.refresh(app);
      if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
      if (![ApplicationState.DRAFT, ApplicationState.MORE_INFO_REQUESTED].includes(app.state) || app.decision) throw new ConflictError('grant/not_editable');
      if (app.version !== expectedVersion) throw new ConflictError('grant/version_conflict', { currentVersion: app.version });
      if (input.title != null) {
        if (!input.title.trim()) throw UserInputError.field('title', 'grant/title_length');
        app.title = input.title.trim();
      }
      if (input.summary != null) app.summary = input.summary;
      if (input.projectPlan != null) app.projectPlan = input.projectPlan;
      if (input.partnerOrganisationIds != null) {
        const ids = [...new Set(input.partnerOrganisationIds)].filter((p) => p !== app.organisation.id);
        const found = ids.every(isUuid) ? await tx.count(Organisation, { id: { $in: ids } }) : -1;
        if (found !== ids.length) throw UserInputError.field('partnerOrganisationIds', 'organisation/not_found');
        app.partnerIds = ids;
      }
      if (input.budgetLines != null) {
        app.budgetLines = input.budgetLines.map((l) => ({ description: l.description.trim(), ownFunding: l.ownFunding, requested: l.requested }));
        app.requestedTotal = app.budgetLines.reduce((sum, l) => sum + l.requested, 0);
      }
      app.version += 1;
      app.updatedAt = new Date();
      return app;
    });
  }

  /** What keeps the application from being submitted now (empty: it can be). */
  async missing(app: GrantApplication, em: EntityManager = this.ctx.em): Promise<Missing[]> {
    const round = await em.findOneOrFail(GrantRound, { id: app.round.id });
    const org = await em.findOneOrFail(Organisation, { id: app.organisation.id }, { populate: ['municipalities'] });
    const missing: Missing[] = [];
    if (round.state !== RoundState.OPEN) missing.push('notOpen');
    if (new Date() > round.closesAt) missing.push('deadline');
    if (!app.title.trim()) missing.push('title');
    if (!app.summary.trim()) missing.push('summary');
    if (!app.projectPlan.trim()) missing.push('projectPlan');
    if (!app.budgetLines.length || app.requestedTotal <= 0) missing.push('budgetLines');
    if (app.partnerIds.length < round.minPartners) missing.push('partners');
    if (round.eligibleKinds.length && !round.eligibleKinds.includes(org.kind)) missing.push('organisationKind');
    if (round.eligibleMunicipalities.length && !org.municipalities.getItems().some((m) => round.eligibleMunicipalities.includes(m.number))) missing.push('municipality');
    return missing;
  }

  /** Submits (or resubmits after a request for more information): eligibility and the deadline checked to the second. */
  async submit(id: string): Promise<GrantApplication> {
    return this.write(async (tx, changes) => {
      const app = await this.application(id, tx);
      await tx.lock(app, LockMode.PESSIMISTIC_WRITE);
      if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
      const resubmission = app.state === ApplicationState.MORE_INFO_REQUESTED;
      if ((app.state !== ApplicationState.DRAFT && !resubmission) || app.decision) throw new ConflictError('grant/not_editable');
      const missing = (await this.missing(app, tx)).filter((m) => !(resubmission && (m === 'deadline' || m === 'notOpen')));
      if (missing.includes('deadline') || missing.includes('notOpen')) throw new ConflictError('grant/deadline_passed');
      if (missing.length) throw new AppError('BAD_USER_INPUT', 'grant/not_eligible', { missing, fields: missing.map((m) => ({ field: m, message: `grant/missing_${m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}` })) });
      const to = resubmission ? ApplicationState.IN_REVIEW : ApplicationState.SUBMITTED;
      this.transition(tx, 'grant_application', app, app.state, to);
      app.submittedAt ??= new Date();
      changes.push(roundChange(app.round, resubmission ? 'application.resubmitted' : 'application.submitted', app.id));
      return app;
    });
  }

  async withdraw(id: string): Promise<GrantApplication> {
    return this.write(async (tx, changes) => {
      const app = await this.application(id, tx);
      if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
      if ([ApplicationState.DECIDED, ApplicationState.WITHDRAWN].includes(app.state) || app.decision) throw new ConflictError('grant/not_withdrawable');
      this.transition(tx, 'grant_application', app, app.state, ApplicationState.WITHDRAWN);
      changes.push(roundChange(app.round, 'application.withdrawn', app.id));
      return app;
    });
  }

  // ── Attachments (the applicant organisation, while the application can be edited) ──────────────────

  /** The application, if the viewer's organisation may add or remove its attachments now. */
  async attachable(id: string, em: EntityManager = this.ctx.em): Promise<GrantApplication> {
    const app = await this.application(id, em);
    if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
    if (![ApplicationState.DRAFT, ApplicationState.MORE_INFO_REQUESTED].includes(app.state) || app.decision) throw new ConflictError('grant/not_editable');
    return app;
  }

  /** Records an uploaded attachment; `store` writes the file inside the transaction, so a failed write leaves no row. */
  async attach(id: string, file: Omit<GrantAttachment, 'id' | 'application' | 'createdAt' | 'uploadedBy'>, store: (attachmentId: string) => Promise<void>): Promise<GrantAttachment> {
    return this.write(async (tx) => {
      const app = await this.attachable(id, tx);
      await tx.lock(app, LockMode.PESSIMISTIC_WRITE);
      if ((await tx.count(GrantAttachment, { application: app })) >= MAX_ATTACHMENTS) throw new ConflictError('grant/too_many_attachments', { max: MAX_ATTACHMENTS });
      const attachment = tx.create(GrantAttachment, { ...file, application: app, uploadedBy: tx.getReference(User, this.viewer.requireUser().id) });
      await store(attachment.id);
      audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'attachment_added', actor: this.actor(), details: { filename: file.filename } });
      return attachment;
    });
  }

  /** Removes an attachment; returns its application. The caller removes the file after the commit. */
  async detach(attachmentId: string): Promise<GrantApplication> {
    return this.write(async (tx) => {
      const attachment = isUuid(attachmentId) ? await tx.findOne(GrantAttachment, { id: attachmentId }) : null;
      if (!attachment) throw new NotFoundError('grant_attachment');
      const app = await this.attachable(attachment.application.id, tx);
      tx.remove(attachment);
      audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'attachment_removed', actor: this.actor(), details: { filename: attachment.filename } });
      return app;
    });
  }

  attachments(app: GrantApplication): Promise<GrantAttachment[]> {
    return this.ctx.em.find(GrantAttachment, { application: app }, { orderBy: { createdAt: 'asc' } });
  }

  // ── Assessment (county staff) ────────────────────────────────────────────────────────────────────

  /**
   * The reviewer answers the conflict-of-interest question (DECLARATION_TRANSITIONS says which answers may
   * follow which; the same answer again changes nothing). NO_CONFLICT opens the application to them.
   * CONFLICT (inhabil) takes them out of its assessment: their scores and comment go, the ranking no
   * longer counts them, and they can no longer open, score or decide it.
   */
  async declare(applicationId: string, declaration: ConflictDeclaration = ConflictDeclaration.NO_CONFLICT): Promise<GrantAssessment> {
    const user = this.viewer.requireUser();
    authorize(this.viewer, can.grantAdminister(this.viewer));
    return this.write(async (tx, changes) => {
      const app = isUuid(applicationId) ? await tx.findOne(GrantApplication, { id: applicationId }) : null;
      if (!app || app.state === ApplicationState.DRAFT) throw new NotFoundError('grant_application');
      const existing = await tx.findOne(GrantAssessment, { application: app, reviewer: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (existing?.declaration === declaration) return existing;
      if (!DECLARATION_TRANSITIONS[existing?.declaration ?? 'NONE'].includes(declaration)) throw new ConflictError('grant/conflict_declared');
      const now = new Date();
      const a = existing ?? tx.create(GrantAssessment, { application: app, reviewer: tx.getReference(User, user.id), declaration });
      a.declaration = declaration;
      if (declaration === ConflictDeclaration.NO_CONFLICT) {
        a.noConflictDeclaredAt = now;
        audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'no_conflict_declared', actor: this.actor() });
        if (app.state === ApplicationState.SUBMITTED) this.transition(tx, 'grant_application', app, ApplicationState.SUBMITTED, ApplicationState.IN_REVIEW);
      } else {
        a.conflictDeclaredAt = now;
        const withdrew = Object.keys(a.scores).length > 0 || a.comment !== '';
        a.scores = {};
        a.comment = '';
        a.updatedAt = now;
        audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'conflict_declared', actor: this.actor(), details: { assessmentWithdrawn: withdrew } });
        changes.push(roundChange(app.round, 'application.conflict_declared', app.id));
      }
      return a;
    });
  }

  async assess(applicationId: string, scores: { key: string; score: number }[], comment: string): Promise<GrantAssessment> {
    const user = this.viewer.requireUser();
    authorize(this.viewer, can.grantAdminister(this.viewer));
    if (comment.length > 10_000) throw UserInputError.field('comment', 'grant/comment_length');
    return this.write(async (tx, changes) => {
      const app = await this.application(applicationId, tx);
      // Locked and read again: a conflict declared meanwhile wins over these scores.
      const assessment = await tx.findOne(GrantAssessment, { application: app, reviewer: user.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (assessment?.declaration !== ConflictDeclaration.NO_CONFLICT) throw new ForbiddenError('grant/conflict_declared');
      const round = await tx.findOneOrFail(GrantRound, { id: app.round.id });
      const keys = new Set(round.criteria.map((c) => c.key));
      for (const s of scores) {
        if (!keys.has(s.key)) throw UserInputError.field('scores', 'grant/criterion_unknown');
        if (!Number.isInteger(s.score) || s.score < 0 || s.score > 5) throw UserInputError.field('scores', 'grant/score_invalid');
      }
      assessment.scores = { ...assessment.scores, ...Object.fromEntries(scores.map((s) => [s.key, s.score])) };
      assessment.comment = comment;
      assessment.updatedAt = new Date();
      audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'assessed', actor: this.actor(), details: { scores: assessment.scores } });
      changes.push(roundChange(round, 'application.assessed', app.id));
      return assessment;
    });
  }

  async requestInfo(applicationId: string, message: string): Promise<GrantApplication> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    if (!message.trim() || message.length > 5000) throw UserInputError.field('message', 'grant/message_length');
    return this.write(async (tx, changes, mails) => {
      const app = await this.application(applicationId, tx);
      this.transition(tx, 'grant_application', app, ApplicationState.IN_REVIEW, ApplicationState.MORE_INFO_REQUESTED);
      app.moreInfoRequest = message.trim();
      const members = await tx.find(Membership, { organisation: app.organisation.id }, { populate: ['user'] });
      changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_MORE_INFO, { title: app.title, applicationId: app.id, excerpt: message.slice(0, 140) })));
      // By e-mail too, whatever the inbox preference: the applicant has to act, and the round does not wait.
      const link = `${this.ctx.config.publicUrl}/tilskudd/soknader/${app.id}`;
      for (const m of members) mails.push(renderMail('grantMoreInfo', m.user.preferredLanguage, m.user.email, { application: app.title, message: app.moreInfoRequest, link }));
      changes.push(roundChange(app.round, 'application.more_info', app.id));
      return app;
    });
  }

  /** Records a decision (not yet visible to the applicant). Granting beyond the budget needs an override note. */
  async decide(applicationId: string, decision: Decision, grantedAmount: number, reason: string, overrideNote?: string | null): Promise<GrantApplication> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    if (!reason.trim()) throw UserInputError.field('reason', 'grant/reason_required');
    if (!Number.isInteger(grantedAmount) || grantedAmount < 0) throw UserInputError.field('grantedAmount', 'grant/amount_invalid');
    return this.write(async (tx, changes) => {
      const app = await this.application(applicationId, tx);
      const round = await tx.findOneOrFail(GrantRound, { id: app.round.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (round.state !== RoundState.CLOSED) throw new ConflictError('grant/round_not_closed');
      // Also while more information is awaited: the round must not be stuck on an applicant who never answers.
      if (![ApplicationState.IN_REVIEW, ApplicationState.SUBMITTED, ApplicationState.MORE_INFO_REQUESTED].includes(app.state)) throw new ConflictError('grant/not_decidable');
      const amount = decision === 'REJECTED' ? 0 : grantedAmount;
      if (decision === 'APPROVED' && amount !== app.requestedTotal) throw UserInputError.field('grantedAmount', 'grant/approved_amount_mismatch');
      if (decision === 'PARTIALLY_APPROVED' && (amount <= 0 || amount >= app.requestedTotal)) throw UserInputError.field('grantedAmount', 'grant/partial_amount_invalid');
      const others = await tx.find(GrantApplication, { round, id: { $ne: app.id }, grantedAmount: { $ne: null } });
      const total = others.reduce((sum, a) => sum + (a.grantedAmount ?? 0), 0) + amount;
      if (total > round.budget && !overrideNote?.trim()) throw new ConflictError('grant/over_budget', { budget: round.budget, total });
      app.decision = decision;
      app.grantedAmount = amount;
      app.decisionReason = reason.trim();
      app.decidedAt = new Date();
      audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'decision', actor: this.actor(), details: { decision, grantedAmount: amount, ...(total > round.budget ? { overBudget: total - round.budget, overrideNote } : {}) } });
      changes.push(roundChange(round, 'application.decided', app.id));
      return app;
    });
  }

  /** Weighted score 0–5 per application (mean over reviewers), best first. */
  async ranking(roundId: string): Promise<{ application: GrantApplication; score: number | null; reviews: number }[]> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const round = await this.round(roundId);
    const apps = await this.ctx.em.find(GrantApplication, { round, state: { $nin: [ApplicationState.DRAFT, ApplicationState.WITHDRAWN] } });
    const assessments = await this.ctx.em.find(GrantAssessment, { application: { $in: apps.map((a) => a.id) }, declaration: ConflictDeclaration.NO_CONFLICT });
    const totalWeight = round.criteria.reduce((s, c) => s + c.weight, 0) || 1;
    const rows = apps.map((application) => {
      const mine = assessments.filter((a) => a.application.id === application.id && Object.keys(a.scores).length);
      const scores = mine.map((a) => round.criteria.reduce((s, c) => s + (a.scores[c.key] ?? 0) * c.weight, 0) / totalWeight);
      return { application, score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null, reviews: mine.length };
    });
    return rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.application.title.localeCompare(b.application.title, 'nb'));
  }

  async dashboard(roundId: string) {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const round = await this.round(roundId);
    const conn = this.ctx.em.getConnection();
    const byState = await conn.execute<{ state: string; count: string; requested: string }[]>('select state, count(*) as count, coalesce(sum(requested_total), 0) as requested from grant_application where round_id = ? group by state order by state', [round.id]);
    const active = `a.round_id = ? and a.state not in ('DRAFT', 'WITHDRAWN')`;
    const byMunicipality = await conn.execute<{ value: string; count: string; requested: string }[]>(
      `select coalesce(m.name, '–') as value, count(distinct a.id) as count, coalesce(sum(a.requested_total), 0) as requested
         from grant_application a left join organisation_municipality om on om.organisation_id = a.organisation_id left join municipality m on m.number = om.municipality_number
        where ${active} group by 1 order by 2 desc`,
      [round.id],
    );
    const byKind = await conn.execute<{ value: string; count: string; requested: string }[]>(
      `select o.kind as value, count(*) as count, coalesce(sum(a.requested_total), 0) as requested from grant_application a join organisation o on o.id = a.organisation_id where ${active} group by 1 order by 2 desc`,
      [round.id],
    );
    const [totals] = await conn.execute<{ requested: string; granted: string }[]>(`select coalesce(sum(requested_total), 0) as requested, coalesce(sum(granted_amount), 0) as granted from grant_application a where ${active}`, [round.id]);
    const n = (rows: { value?: string; state?: string; count: string; requested: string }[]) => rows.map((r) => ({ value: r.value ?? r.state!, count: Number(r.count), requested: Number(r.requested) }));
    const conflicts = await this.ctx.em.find(GrantAssessment, { application: { round }, declaration: ConflictDeclaration.CONFLICT }, { populate: ['application', 'reviewer'], orderBy: { conflictDeclaredAt: 'asc' } });
    return {
      budget: round.budget,
      requested: Number(totals?.requested ?? 0),
      granted: Number(totals?.granted ?? 0),
      byState: n(byState),
      byMunicipality: n(byMunicipality),
      byOrganisationKind: n(byKind),
      conflicts: conflicts.map((c) => ({ application: c.application, reviewerName: c.reviewer.name, declaredAt: c.conflictDeclaredAt ?? c.updatedAt })),
    };
  }

  /**
   * The audit log of a round or an application. Who did what and when is for all county staff; the details
   * of an application's entries that carry reviewer data or content only for reviewers it has cleared.
   */
  async auditLog(entityId: string): Promise<AuditEntry[]> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    if (!isUuid(entityId)) return [];
    // Not managed: the hidden details are never flushed back.
    const entries = await this.ctx.em.find(AuditEntry, { entityId }, { orderBy: { at: 'asc' }, disableIdentityMap: true });
    for (const e of entries) {
      if (e.entityType === 'grant_application' && GATED_AUDIT_DETAILS.has(e.action) && !(await this.reviewerCleared({ id: e.entityId }))) e.details = {};
    }
    return entries;
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────────────────

  private transition(tx: EntityManager, entityType: string, target: { id: string; state: string }, from: string, to: string) {
    if (target.state !== from) throw new ConflictError(`grant/invalid_transition`, { from: target.state, to });
    target.state = to;
    audit(tx, { entityType, entityId: target.id, action: `state:${from}→${to}`, actor: this.actor() });
  }

  private async applyRound(tx: EntityManager, round: GrantRound, input: GrantRoundInput) {
    if (input.title != null) round.title = input.title.trim();
    if (input.year != null) round.year = input.year;
    if (input.budget != null) round.budget = input.budget;
    if (input.opensAt) round.opensAt = osloLocalToInstant('opensAt', input.opensAt);
    if (input.closesAt) round.closesAt = osloLocalToInstant('closesAt', input.closesAt);
    if (round.closesAt <= round.opensAt) throw UserInputError.field('closesAt', 'grant/closes_before_opens');
    if (input.eligibleKinds != null) round.eligibleKinds = [...new Set(input.eligibleKinds)];
    if (input.eligibleMunicipalities != null) {
      round.eligibleMunicipalities = (await municipalitiesByNumber(tx, input.eligibleMunicipalities, 'eligibleMunicipalities')).map((m) => m.number);
    }
    if (input.minPartners != null) round.minPartners = input.minPartners;
    if (input.criteria != null) {
      const keys = input.criteria.map((c) => c.key.trim());
      if (new Set(keys).size !== keys.length) throw UserInputError.field('criteria', 'grant/criterion_duplicate');
      round.criteria = input.criteria.map((c) => ({ key: c.key.trim(), title: c.title.trim(), weight: c.weight }));
    }
    if (input.infoEventId !== undefined) {
      const event = input.infoEventId && isUuid(input.infoEventId) ? await tx.findOne(Event, { id: input.infoEventId }) : null;
      if (input.infoEventId && !event) throw UserInputError.field('infoEventId', 'event/not_found');
      round.infoEvent = event;
    }
    if (input.contacts != null) round.contacts = input.contacts.trim();
    if (input.guidelines != null) {
      const current = round.guidelinesVersion ? await tx.findOne(GrantGuidelines, { round, version: round.guidelinesVersion }) : null;
      if (current?.body !== input.guidelines) {
        round.guidelinesVersion += 1;
        tx.create(GrantGuidelines, { round, version: round.guidelinesVersion, body: input.guidelines, bodyHtml: renderMarkdown(input.guidelines) });
      }
    }
  }
}

function roundChange(round: { id: string }, type: string, applicationId?: string): NewChange {
  return { topic: roundTopic(round.id), type, payload: applicationId ? { applicationId } : {} };
}

/**
 * Reminds organisations with drafts in an open round 7 days and 1 day before the deadline (each once per
 * round). Run now and then by every process; the round row lock keeps them from reminding twice.
 */
export async function grantDeadlineReminders(em: EntityManager, now = new Date()): Promise<number> {
  let reminded = 0;
  const rounds = await em.find(GrantRound, { state: RoundState.OPEN, closesAt: { $gt: now, $lte: new Date(now.getTime() + 7 * 86_400_000) } });
  for (const r of rounds) {
    await em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const round = await tx.findOneOrFail(GrantRound, { id: r.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const left = round.closesAt.getTime() - now.getTime();
      const which = left <= 86_400_000 ? (round.reminded1At ? null : 'reminded1At') : round.reminded7At ? null : 'reminded7At';
      if (!which) return;
      round[which] = now;
      const drafts = await tx.find(GrantApplication, { round, state: ApplicationState.DRAFT });
      const members = await tx.find(Membership, { organisation: { $in: drafts.map((d) => d.organisation.id) } });
      const changes = await notify(tx, [...new Set(members.map((m) => m.user.id))], NotificationType.GRANT_DEADLINE, { roundId: round.id, title: round.title, startsAt: round.closesAt.toISOString() });
      await tx.flush();
      await recordChanges(tx, changes);
      reminded += changes.length;
    });
  }
  return reminded;
}
