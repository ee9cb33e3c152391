import type { EntityManager } from '@mikro-orm/postgresql';
import type { GrantRound } from '../grant.entity.js';
import { GrantAward, GrantPayment, PaymentState, PaymentTrigger, ReportKind, type PaymentPlanLine } from './follow-up.entity.js';
import type { Actor } from './moves.js';
import { CANCELLABLE_PAYMENT_STATES, movePayment, paymentMay } from './payment.states.js';

const REPORT_OF: Partial<Record<PaymentTrigger, ReportKind>> = { [PaymentTrigger.MIDTERM_REPORT]: ReportKind.MIDTERM, [PaymentTrigger.FINAL_REPORT]: ReportKind.FINAL };

/** The trigger that an approved report of this kind fires. */
export const triggerOfReport = (kind: ReportKind): PaymentTrigger => (kind === ReportKind.FINAL ? PaymentTrigger.FINAL_REPORT : PaymentTrigger.MIDTERM_REPORT);

/**
 * The round's plan as this award's payments: a line waiting for a report the round does not ask for is paid at
 * acceptance instead (merged into the acceptance line), and the last payment takes the rounding so the plan adds
 * up to the award exactly.
 */
export function planFor(round: Pick<GrantRound, 'paymentPlan' | 'reportRequirements'>, amount: number): { percent: number; amount: number; trigger: PaymentTrigger }[] {
  const kinds = new Set(round.reportRequirements.map((r) => r.kind));
  const lines: PaymentPlanLine[] = [];
  for (const line of round.paymentPlan as PaymentPlanLine[]) {
    const report = REPORT_OF[line.trigger];
    const trigger = report && !kinds.has(report) ? PaymentTrigger.ACCEPTANCE : line.trigger;
    const same = lines.find((l) => l.trigger === trigger);
    if (same) same.percent += line.percent;
    else lines.push({ percent: line.percent, trigger });
  }
  lines.sort((a, b) => order(a.trigger) - order(b.trigger));
  let left = amount;
  return lines.map((l, i) => {
    const share = i === lines.length - 1 ? left : Math.floor((amount * l.percent) / 100);
    left -= share;
    return { percent: l.percent, amount: share, trigger: l.trigger };
  });
}

const order = (t: PaymentTrigger) => [PaymentTrigger.ACCEPTANCE, PaymentTrigger.MIDTERM_REPORT, PaymentTrigger.FINAL_REPORT].indexOf(t);

export function createPayments(tx: EntityManager, award: GrantAward, round: GrantRound): GrantPayment[] {
  return planFor(round, award.amount).map((p, i) => tx.create(GrantPayment, { award, position: i + 1, percent: p.percent, amount: p.amount, trigger: p.trigger, state: PaymentState.PLANNED }));
}

/** Makes the award's planned payments with this trigger due (requested from finance). */
export async function requestPayments(tx: EntityManager, award: GrantAward, trigger: PaymentTrigger, actor: Actor, now = new Date()): Promise<GrantPayment[]> {
  const due = await tx.find(GrantPayment, { award, trigger, state: PaymentState.PLANNED });
  for (const p of due.filter((x) => paymentMay(x, 'request'))) {
    movePayment(tx, p, 'request', actor, { details: { awardId: award.id, amount: p.amount } });
    p.requestedAt = now;
  }
  return due;
}

/** Cancels what has not been paid (all of it, or only the payments with `trigger`). */
export async function cancelPayments(tx: EntityManager, award: GrantAward, actor: Actor, trigger?: PaymentTrigger): Promise<GrantPayment[]> {
  const open = await tx.find(GrantPayment, { award, state: { $in: [...CANCELLABLE_PAYMENT_STATES] }, ...(trigger ? { trigger } : {}) });
  for (const p of open) movePayment(tx, p, 'cancel', actor, { details: { awardId: award.id, amount: p.amount } });
  return open;
}
