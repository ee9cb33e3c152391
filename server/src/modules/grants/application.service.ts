import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../common/audit.js';
import { can } from '../../common/auth/policies.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors.js';
import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { applicationEditable, deadlineBinds, moveApplication, sendInMove } from './application.states.js';
import { GrantAccess } from './grant.access.js';
import { roundChange } from './grant.changes.js';
import { ApplicationState, GrantApplication, GrantAttachment, GrantRound, RoundState } from './grant.entity.js';
import type { GrantApplicationInput } from './grant.inputs.js';
import { acceptingApplications } from './round.states.js';

/** Enough for budgets, letters of intent and partner agreements; not a file store. */
export const MAX_ATTACHMENTS = 20;

/** Reasons an application cannot be submitted, as keys the client translates. */
export type Missing = 'title' | 'summary' | 'projectPlan' | 'budgetLines' | 'partners' | 'organisationKind' | 'municipality' | 'deadline' | 'notOpen';

/** Applications as their organisation writes them: drafts with autosave, attachments, submitting and withdrawing. */
export class GrantApplicationService extends GrantAccess {
  myApplications(): Promise<GrantApplication[]> {
    const orgs = [...this.viewer.organisationIds()];
    return this.ctx.em.find(GrantApplication, { organisation: { $in: orgs } }, { orderBy: { updatedAt: 'desc' } });
  }

  async createApplication(roundId: string, organisationId: string, title: string): Promise<GrantApplication> {
    const user = this.viewer.requireUser();
    const round = await this.round(roundId);
    if (!isUuid(organisationId) || !can.grantApply(this.viewer, organisationId)) throw new ForbiddenError('grant/not_member');
    if (!acceptingApplications(round)) throw new ConflictError('grant/round_not_open');
    if (!title.trim() || title.length > 200) throw UserInputError.field('title', 'grant/title_length');
    return this.write(async (tx) => {
      const app = tx.create(GrantApplication, { round, organisation: tx.getReference(Organisation, organisationId), title: title.trim(), guidelinesVersion: round.guidelinesVersion, state: ApplicationState.DRAFT, createdBy: tx.getReference(User, user.id) });
      audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'created', actor: this.actor() });
      return app;
    });
  }

  /** The application, locked, if the viewer's organisation may change it now. */
  private async editable(id: string, tx: EntityManager): Promise<GrantApplication> {
    const app = await this.application(id, tx);
    await tx.lock(app, LockMode.PESSIMISTIC_WRITE);
    await tx.refresh(app);
    if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
    if (!applicationEditable(app)) throw new ConflictError('grant/not_editable');
    return app;
  }

  /** Autosave with a version check: a save against an old version is refused with CONFLICT, nothing lost. */
  async save(id: string, expectedVersion: number, input: GrantApplicationInput): Promise<GrantApplication> {
    return this.write(async (tx) => {
      const app = await this.editable(id, tx);
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

  /** What keeps the application from being sent in now (empty: it can be). A resubmission is not bound by the deadline. */
  async missing(app: GrantApplication, em: EntityManager = this.ctx.em): Promise<Missing[]> {
    const round = await em.findOneOrFail(GrantRound, { id: app.round.id });
    const org = await em.findOneOrFail(Organisation, { id: app.organisation.id }, { populate: ['municipalities'] });
    const missing: Missing[] = [];
    if (deadlineBinds(app)) {
      if (round.state !== RoundState.OPEN) missing.push('notOpen');
      if (new Date() > round.closesAt) missing.push('deadline');
    }
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
      const app = await this.editable(id, tx);
      const move = sendInMove(app);
      const missing = await this.missing(app, tx);
      if (missing.includes('deadline') || missing.includes('notOpen')) throw new ConflictError('grant/deadline_passed');
      if (missing.length) throw new AppError('BAD_USER_INPUT', 'grant/not_eligible', { missing, fields: missing.map((m) => ({ field: m, message: `grant/missing_${m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}` })) });
      moveApplication(tx, app, move, this.actor());
      app.submittedAt ??= new Date();
      changes.push(roundChange(app.round, move === 'resubmit' ? 'application.resubmitted' : 'application.submitted', app.id));
      return app;
    });
  }

  async withdraw(id: string): Promise<GrantApplication> {
    return this.write(async (tx, changes) => {
      const app = await this.application(id, tx);
      if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
      moveApplication(tx, app, 'withdraw', this.actor());
      changes.push(roundChange(app.round, 'application.withdrawn', app.id));
      return app;
    });
  }

  // ── Attachments (the applicant organisation, while the application can be edited) ──────────────────

  /** The application, if the viewer's organisation may add or remove its attachments now. */
  async attachable(id: string, em: EntityManager = this.ctx.em): Promise<GrantApplication> {
    const app = await this.application(id, em);
    if (!can.grantApply(this.viewer, app.organisation.id)) throw new ForbiddenError();
    if (!applicationEditable(app)) throw new ConflictError('grant/not_editable');
    return app;
  }

  /** Records an uploaded attachment; `store` writes the file inside the transaction, so a failed write leaves no row. */
  async attach(id: string, file: Omit<GrantAttachment, 'id' | 'application' | 'createdAt' | 'uploadedBy'>, store: (attachmentId: string) => Promise<void>): Promise<GrantAttachment> {
    return this.write(async (tx) => {
      const app = await this.attachable(id, tx);
      await tx.lock(app, LockMode.PESSIMISTIC_WRITE);
      if ((await tx.count(GrantAttachment, { application: app })) >= MAX_ATTACHMENTS) throw new ConflictError('grant/too_many_attachments', { max: MAX_ATTACHMENTS });
      const attachment = tx.create(GrantAttachment, { ...file, application: app, uploadedBy: tx.getReference(User, this.viewer.requireId()) });
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
}
