import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../../common/audit.js';
import { ConflictError, UserInputError } from '../../../common/errors.js';
import { targetOf } from '../../../common/transitions.js';
import { User } from '../../accounts/user.entity.js';
import { roundChange } from '../grant.changes.js';
import { Decision, type GrantApplication, GrantRound } from '../grant.entity.js';
import { AWARD_TRANSITIONS, awardMay, moveAward } from './award.states.js';
import { acceptanceDeadline } from './deadlines.js';
import { FollowUpAccess } from './follow-up.access.js';
import { AwardState, GrantAward, GrantReport, PaymentTrigger, ReportKind, ReportState } from './follow-up.entity.js';
import type { Actor } from './moves.js';
import { cancelPayments, createPayments, requestPayments } from './payments.js';

/**
 * The awards of a round's published decisions: every approved or partly approved application gets one, OFFERED
 * until its organisation answers, with the round's payment plan. Called by the publication, in its transaction.
 */
export function makeAwards(tx: EntityManager, round: GrantRound, apps: GrantApplication[], publishedAt: Date, actor: Actor): GrantAward[] {
  const deadline = acceptanceDeadline(publishedAt, round.acceptanceDays);
  return apps
    .filter((a) => a.decision && a.decision !== Decision.REJECTED && (a.grantedAmount ?? 0) > 0)
    .map((app) => {
      const award = tx.create(GrantAward, { application: app, round, organisation: app.organisation, amount: app.grantedAmount!, state: AwardState.OFFERED, acceptDeadline: deadline, createdAt: publishedAt });
      const payments = createPayments(tx, award, round);
      audit(tx, { entityType: 'grant_award', entityId: award.id, action: 'award_made', actor, details: { applicationId: app.id, amount: award.amount, acceptDeadline: deadline.toISOString(), payments: payments.map((p) => ({ percent: p.percent, amount: p.amount, trigger: p.trigger })) } });
      return award;
    });
}

/** The reports an accepted award owes: one per requirement of its round, due when the round says. */
export function createReports(tx: EntityManager, award: GrantAward, round: GrantRound): GrantReport[] {
  return round.reportRequirements.map((r) => tx.create(GrantReport, { award, requirementKey: r.key, kind: r.kind as ReportKind, dueAt: new Date(r.dueAt), state: ReportState.DRAFT }));
}

/** What the organisation does with its award: accept (with its conditions) or decline, before the deadline. */
export class GrantAwardService extends FollowUpAccess {
  /** The award, locked and read again, for one of the organisation's moves. */
  private async answerable(id: string, tx: EntityManager): Promise<GrantAward> {
    const award = await this.award(id, tx);
    await tx.lock(award, LockMode.PESSIMISTIC_WRITE);
    await tx.refresh(award);
    this.requireApplicant(award);
    // Answered already is a conflict; unanswered but past the deadline has its own code, so the page can say so.
    if (targetOf(AWARD_TRANSITIONS, award.state, 'accept') && !awardMay(award, 'accept')) throw new ConflictError('grant/acceptance_deadline_passed', { deadline: award.acceptDeadline.toISOString() });
    return award;
  }

  /** Accepts: the reports are set up and the payments due at acceptance requested. */
  async accept(id: string): Promise<GrantAward> {
    return this.write(async (tx, changes) => {
      const award = await this.answerable(id, tx);
      const now = new Date();
      moveAward(tx, award, 'accept', this.actor(), { allowed: awardMay(award, 'accept', now) });
      award.answeredAt = now;
      award.answeredBy = tx.getReference(User, this.viewer.requireId());
      const round = await tx.findOneOrFail(GrantRound, { id: award.round.id });
      createReports(tx, award, round);
      await requestPayments(tx, award, PaymentTrigger.ACCEPTANCE, this.actor(), now);
      changes.push(roundChange(round, 'award.accepted', award.application.id));
      return award;
    });
  }

  /** Declines: the amount goes back to the round's budget and the planned payments are cancelled. */
  async decline(id: string, reason: string): Promise<GrantAward> {
    if (!reason.trim() || reason.length > 5000) throw UserInputError.field('reason', 'grant/reason_required');
    return this.write(async (tx, changes) => {
      const award = await this.answerable(id, tx);
      const now = new Date();
      moveAward(tx, award, 'decline', this.actor(), { allowed: awardMay(award, 'decline', now), details: { amount: award.amount } });
      award.answeredAt = now;
      award.answeredBy = tx.getReference(User, this.viewer.requireId());
      award.declineReason = reason.trim();
      await cancelPayments(tx, award, this.actor());
      changes.push(roundChange(award.round, 'award.declined', award.application.id));
      return award;
    });
  }

  /** The award of an application, if any and the viewer may see it (null otherwise, also for inhabil staff). */
  async ofApplication(applicationId: string): Promise<GrantAward | null> {
    const award = await this.ctx.em.findOne(GrantAward, { application: applicationId });
    if (!award) return null;
    if (this.isApplicant(award) || (await this.isFollowUpStaff(applicationId))) return award;
    return null;
  }
}
