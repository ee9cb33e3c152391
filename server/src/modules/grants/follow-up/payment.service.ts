import { LockMode } from '@mikro-orm/core';
import { audit } from '../../../common/audit.js';
import { ConflictError, NotFoundError, UserInputError } from '../../../common/errors.js';
import { isUuid } from '../../../common/sql.js';
import { roundChange } from '../grant.changes.js';
import { AwardState, GrantAward, GrantPayment, GrantRepaymentClaim, PaymentState, RepaymentReason, RepaymentState } from './follow-up.entity.js';
import { FollowUpAccess } from './follow-up.access.js';
import { cancelPayments } from './payments.js';
import { movePayment } from './payment.states.js';
import { moveRepayment, type RepaymentMove } from './repayment.states.js';

/** What county staff record about money: payments made, and claims for repayment and how they end. */
export class GrantPaymentService extends FollowUpAccess {
  private async payment(id: string) {
    const payment = isUuid(id) ? await this.ctx.em.findOne(GrantPayment, { id }) : null;
    if (!payment) throw new NotFoundError('grant_payment');
    return payment;
  }

  /** REQUESTED → PAID, with the finance system's reference. */
  async markPaid(id: string, reference: string): Promise<GrantPayment> {
    const ref = reference.trim();
    if (!ref || ref.length > 100) throw UserInputError.field('reference', 'grant/payment_reference_invalid');
    return this.write(async (tx, changes) => {
      const payment = await this.payment(id);
      const award = await this.award(payment.award.id, tx);
      await this.requireFollowUpStaff(award.application.id, tx);
      const locked = await tx.findOneOrFail(GrantPayment, { id: payment.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      movePayment(tx, locked, 'markPaid', this.actor(), { details: { awardId: award.id, amount: locked.amount, reference: ref } });
      locked.paidAt = new Date();
      locked.paidReference = ref;
      changes.push(roundChange(award.round, 'payment.paid', award.application.id));
      return locked;
    });
  }

  /**
   * Claims (part of) an accepted award back: at most what has been paid and not already claimed. What has not yet
   * been paid is cancelled, so no more money goes out while the claim stands.
   */
  async claim(awardId: string, amount: number, reason: RepaymentReason, note: string): Promise<GrantRepaymentClaim> {
    if (!note.trim() || note.length > 5000) throw UserInputError.field('note', 'grant/reason_required');
    if (!Number.isInteger(amount) || amount <= 0) throw UserInputError.field('amount', 'grant/amount_invalid');
    return this.write(async (tx, changes) => {
      const award = await this.award(awardId, tx);
      await this.requireFollowUpStaff(award.application.id, tx);
      await tx.lock(award, LockMode.PESSIMISTIC_WRITE);
      if (award.state !== AwardState.ACCEPTED) throw new ConflictError('grant/award_not_accepted');
      const paid = (await tx.find(GrantPayment, { award, state: PaymentState.PAID })).reduce((s, p) => s + p.amount, 0);
      const claimed = (await tx.find(GrantRepaymentClaim, { award, state: { $ne: RepaymentState.WAIVED } })).reduce((s, c) => s + c.amount, 0);
      if (amount > paid - claimed) throw UserInputError.field('amount', 'grant/repayment_over_paid');
      const claim = tx.create(GrantRepaymentClaim, { award, amount, reason, note: note.trim(), state: RepaymentState.CLAIMED });
      audit(tx, { entityType: 'grant_repayment_claim', entityId: claim.id, action: 'repayment_claimed', actor: this.actor(), details: { awardId: award.id, amount, reason } });
      await cancelPayments(tx, award, this.actor());
      changes.push(roundChange(award.round, 'repayment.claimed', award.application.id));
      return claim;
    });
  }

  /** CLAIMED → REPAID or WAIVED, with a note (required to waive). */
  async settle(id: string, move: RepaymentMove, note: string | null): Promise<GrantRepaymentClaim> {
    const text = note?.trim() ?? '';
    if (move === 'waive' && !text) throw UserInputError.field('note', 'grant/reason_required');
    if (text.length > 5000) throw UserInputError.field('note', 'grant/reason_required');
    return this.write(async (tx, changes) => {
      const claim = isUuid(id) ? await tx.findOne(GrantRepaymentClaim, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!claim) throw new NotFoundError('grant_repayment_claim');
      const award = await this.award(claim.award.id, tx);
      await this.requireFollowUpStaff(award.application.id, tx);
      moveRepayment(tx, claim, move, this.actor(), { details: { awardId: award.id, amount: claim.amount, ...(text ? { note: text } : {}) } });
      claim.settlementNote = text || null;
      claim.settledAt = new Date();
      changes.push(roundChange(award.round, 'repayment.settled', award.application.id));
      return claim;
    });
  }

  payments(award: GrantAward): Promise<GrantPayment[]> {
    return this.ctx.em.find(GrantPayment, { award }, { orderBy: { position: 'asc' } });
  }

  claims(award: GrantAward): Promise<GrantRepaymentClaim[]> {
    return this.ctx.em.find(GrantRepaymentClaim, { award }, { orderBy: { createdAt: 'asc' } });
  }
}
