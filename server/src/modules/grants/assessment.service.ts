import { LockMode } from '@mikro-orm/core';
import { audit } from '../../common/audit.js';
import { authorize, can } from '../../common/auth/policies.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors.js';
import { renderMail } from '../../common/mail/templates.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Membership } from '../organisations/membership.entity.js';
import { isUuid } from '../../common/sql.js';
import { applicationDecidable, applicationMay, moveApplication } from './application.states.js';
import { declarationMay, moveFor } from './declaration.states.js';
import { GrantAccess } from './grant.access.js';
import { roundChange } from './grant.changes.js';
import { ApplicationState, ConflictDeclaration, GrantApplication, GrantAssessment, GrantRound, RoundState, type Decision } from './grant.entity.js';

/** What county staff do with an application: declare, score, ask for more information, record a decision. */
export class GrantAssessmentService extends GrantAccess {
  /**
   * The reviewer answers the conflict-of-interest question (declaration.states.ts says which answers may
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
      if (!declarationMay(existing?.declaration ?? 'NONE', moveFor(declaration))) throw new ConflictError('grant/conflict_declared');
      const now = new Date();
      const a = existing ?? tx.create(GrantAssessment, { application: app, reviewer: tx.getReference(User, user.id), declaration });
      a.declaration = declaration;
      if (declaration === ConflictDeclaration.NO_CONFLICT) {
        a.noConflictDeclaredAt = now;
        audit(tx, { entityType: 'grant_application', entityId: app.id, action: 'no_conflict_declared', actor: this.actor() });
        // The first reviewer to declare starts the review.
        if (applicationMay(app, 'startReview')) moveApplication(tx, app, 'startReview', this.actor());
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
      moveApplication(tx, app, 'requestInfo', this.actor());
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
      if (!applicationDecidable(app, round)) throw new ConflictError('grant/not_decidable');
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
}
