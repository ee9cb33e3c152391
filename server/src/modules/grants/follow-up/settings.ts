import { UserInputError } from '../../../common/errors.js';
import { osloLocalToInstant } from '../../../common/time.js';
import type { GrantRound } from '../grant.entity.js';
import type { PaymentPlanLineInput, ReportRequirementInput } from './follow-up.inputs.js';

/**
 * A round's follow-up settings, from its input: the reports every award owes (at most one mid-term and one final,
 * due after the application deadline) and the payment plan (each trigger once, adding up to 100 %).
 */
export function applyFollowUpSettings(round: GrantRound, input: { acceptanceDays?: number | null; reportRequirements?: ReportRequirementInput[] | null; paymentPlan?: PaymentPlanLineInput[] | null }): void {
  if (input.acceptanceDays != null) round.acceptanceDays = input.acceptanceDays;
  if (input.reportRequirements != null) {
    const kinds = input.reportRequirements.map((r) => r.kind);
    if (new Set(kinds).size !== kinds.length) throw UserInputError.field('reportRequirements', 'grant/report_requirement_duplicate');
    round.reportRequirements = input.reportRequirements.map((r, i) => {
      const dueAt = osloLocalToInstant(`reportRequirements.${i}.dueAt`, r.dueAt);
      if (dueAt <= round.closesAt) throw UserInputError.field(`reportRequirements.${i}.dueAt`, 'grant/report_due_before_deadline');
      return { key: r.kind.toLowerCase(), kind: r.kind, dueAt: dueAt.toISOString() };
    });
  }
  if (input.paymentPlan != null) {
    const triggers = input.paymentPlan.map((l) => l.trigger);
    if (!triggers.length || input.paymentPlan.some((l) => !Number.isInteger(l.percent) || l.percent < 1 || l.percent > 100) || new Set(triggers).size !== triggers.length || input.paymentPlan.reduce((s, l) => s + l.percent, 0) !== 100) throw UserInputError.field('paymentPlan', 'grant/payment_plan_invalid');
    round.paymentPlan = input.paymentPlan.map((l) => ({ percent: l.percent, trigger: l.trigger }));
  }
}
