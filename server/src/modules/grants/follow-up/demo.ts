import type { EntityManager } from '@mikro-orm/postgresql';
import { osloLocalToInstant } from '../../../common/time.js';
import { TargetGroup } from '../../activities/activity.entity.js';
import type { Organisation } from '../../organisations/organisation.entity.js';
import type { User } from '../../accounts/user.entity.js';
import { ApplicationState, Decision, GrantApplication, RoundState, GrantRound, type GrantScheme } from '../grant.entity.js';
import { addDays, acceptanceDeadline, osloDate } from './deadlines.js';
import { AwardState, GrantAward, GrantPayment, GrantReport, PaymentState, ReportKind, ReportState, type ReportResult } from './follow-up.entity.js';
import { planFor } from './payments.js';

const DAY = 86_400_000;

/**
 * Last year's TIIA round, decided and in follow-up: three accepted awards whose final reports were due two weeks
 * ago: one approved and paid in full, one sent back for changes (75 % paid), one overdue (75 % paid).
 */
export function seedFollowUpDemo(em: EntityManager, scheme: GrantScheme, org: (key: string) => Organisation, user: (email: string) => User): GrantRound {
  const now = Date.now();
  const year = new Date().getFullYear();
  const published = new Date(now - 300 * DAY);
  const finalDue = osloLocalToInstant('seed', `${addDays(osloDate(new Date(now)), -14)}T12:00`);
  const round = em.create(GrantRound, {
    scheme, title: `TIIA ${year}`, year, budget: 900_000, guidelinesVersion: 0, eligibleKinds: [], minPartners: 0,
    criteria: [{ key: 'relevance', title: 'Relevans for målgruppen', weight: 3 }, { key: 'feasibility', title: 'Gjennomførbarhet og budsjett', weight: 2 }],
    opensAt: new Date(now - 400 * DAY), closesAt: new Date(now - 340 * DAY), state: RoundState.DECIDED, decisionsPublishedAt: published,
    contacts: 'tiia@telemarkfylke.example', reportRequirements: [{ key: 'final', kind: 'FINAL', dueAt: finalDue.toISOString() }],
  });
  const award = (key: string, title: string, amount: number, by: string, report: { state: ReportState; results: ReportResult[]; actuals: number[]; grantUsed: number; message?: string }, paidAll: boolean) => {
    const budgetLines = [{ description: 'Prosjektkoordinator', ownFunding: 20_000, requested: Math.round(amount * 0.7) }, { description: 'Samlinger og materiell', ownFunding: 10_000, requested: amount - Math.round(amount * 0.7) }];
    const application = em.create(GrantApplication, {
      round, organisation: org(key), title, state: ApplicationState.DECIDED, guidelinesVersion: 0, createdBy: user(by),
      summary: `${title}: et prosjekt for å få flere nyankomne i arbeid.`, projectPlan: 'Samlinger annenhver uke, mentorer fra lokalt arbeidsliv.', budgetLines, requestedTotal: amount,
      submittedAt: new Date(now - 350 * DAY), decision: Decision.APPROVED, grantedAmount: amount, decisionReason: 'Prosjektet treffer målgruppen godt og har et realistisk budsjett.', decidedAt: new Date(now - 305 * DAY),
    });
    const a = em.create(GrantAward, { application, round, organisation: org(key), amount, state: AwardState.ACCEPTED, acceptDeadline: acceptanceDeadline(published, round.acceptanceDays), answeredAt: new Date(now - 290 * DAY), answeredBy: user(by), createdAt: published });
    planFor(round, amount).forEach((p, i) => {
      const paid = i === 0 || paidAll;
      em.create(GrantPayment, { award: a, position: i + 1, percent: p.percent, amount: p.amount, trigger: p.trigger, state: paid ? PaymentState.PAID : PaymentState.PLANNED, requestedAt: paid ? new Date(now - (i ? 10 : 290) * DAY) : null, paidAt: paid ? new Date(now - (i ? 7 : 280) * DAY) : null, paidReference: paid ? `TIIA-${year}-${key}-${i + 1}` : null });
    });
    const sent = report.state !== ReportState.DRAFT;
    const total = report.actuals.reduce((s, x) => s + x, 0);
    em.create(GrantReport, {
      award: a, requirementKey: 'final', kind: ReportKind.FINAL, dueAt: finalDue, state: report.state, version: sent ? 4 : 2,
      goals: sent ? 'Vi gjennomførte samlingene som planlagt. Flere deltakere fikk praksisplass, og fem fikk jobb.' : 'Utkast: samlingene er gjennomført, rapporten skrives.', activitiesHeld: sent ? 22 : 0,
      results: report.results, actuals: report.actuals, totalSpent: sent ? total : null, grantUsed: sent ? report.grantUsed : null,
      submittedAt: sent ? new Date(finalDue.getTime() - 3 * DAY) : null, reviewMessage: report.message ?? null, reviewedAt: sent ? new Date(now - 10 * DAY) : null,
      reminded60At: new Date(finalDue.getTime() - 60 * DAY), reminded14At: new Date(finalDue.getTime() - 14 * DAY), reminded1At: new Date(finalDue.getTime() - DAY), remindedOverdueAt: sent ? null : new Date(finalDue.getTime() + 3_600_000),
    });
    return a;
  };
  award('frivilligsentral', 'Norsk på arbeidsplassen', 200_000, 'kari.fylke@demo.samhandling.no', {
    state: ReportState.APPROVED, actuals: [158_000, 62_000], grantUsed: 200_000, message: 'Takk for en grundig rapport.',
    results: [{ municipalityNumber: '4005', targetGroup: TargetGroup.ADULTS, participants: 34 }, { municipalityNumber: '4005', targetGroup: TargetGroup.WOMEN, participants: 12 }, { municipalityNumber: '4003', targetGroup: TargetGroup.ADULTS, participants: 6 }],
  }, true);
  award('ukraine', 'Jobbmentor for ukrainske kvinner', 250_000, 'olena.forening@demo.samhandling.no', {
    state: ReportState.CHANGES_REQUESTED, actuals: [190_000, 70_000], grantUsed: 240_000, message: 'Regnskapet mangler bilag for samlingene. Legg ved bilagene og fordel deltakerne på kommuner.',
    results: [{ municipalityNumber: '4003', targetGroup: TargetGroup.UKRAINIANS, participants: 28 }],
  }, false);
  award('homework', 'Leksehjelp og yrkesveiledning', 150_000, 'kari.fylke@demo.samhandling.no', { state: ReportState.DRAFT, actuals: [], grantUsed: 0, results: [] }, false);
  return round;
}
