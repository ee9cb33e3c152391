import { stringify } from 'csv-stringify/sync';
import { authorize, can } from '../../../common/auth/policies.js';
import { NotFoundError } from '../../../common/errors.js';
import { pgArray } from '../../../common/read-model/rows.js';
import { toOsloLocal } from '../../../common/time.js';
import { Language } from '../../accounts/user.entity.js';
import { TargetGroup } from '../../activities/activity.entity.js';
import { isUuid } from '../../../common/sql.js';
import { GrantAccess } from '../grant.access.js';
import { GrantRound, RoundState } from '../grant.entity.js';
import { RETURNED_STATES } from './award.states.js';
import { AppealState, AwardState, ChangeRequestState, GrantAppeal, GrantAward, GrantChangeRequest, GrantPayment, GrantReport, PaymentState, ReportKind, ReportState } from './follow-up.entity.js';
import { reportOverdue } from './report.states.js';

export interface PublishedAward {
  organisationId: string;
  organisationName: string;
  title: string;
  summary: string;
  amount: number;
  accepted: boolean;
  participants: number | null;
  grantUsed: number | null;
}

export interface RoundResultsData {
  round: GrantRound;
  awards: PublishedAward[];
  totalAwarded: number;
  reportsApproved: number;
  participants: number;
  byMunicipality: { municipalityNumber: string; name: string; participants: number; spent: number; byTargetGroup: Map<TargetGroup, number> }[];
  byTargetGroup: { targetGroup: TargetGroup; participants: number }[];
}

/** A round's results are public once its decisions are published (the round is DECIDED). */
export const resultsPublished = (round: Pick<GrantRound, 'state'>): boolean => round.state === RoundState.DECIDED;

/**
 * The public side of a decided round: who received how much for what, and what the approved reports say was
 * reached. An award declined or lapsed is left out (its money went back). Results count each award's latest
 * approved report once (the final report when approved, else the mid-term), so nothing is counted twice; the
 * grant money used is spread over a report's municipalities by their share of its participants.
 */
export class GrantResultsService extends GrantAccess {
  async results(roundId: string): Promise<RoundResultsData> {
    const round = isUuid(roundId) ? await this.ctx.em.findOne(GrantRound, { id: roundId }) : null;
    if (!round || !resultsPublished(round)) throw new NotFoundError('grant_round');
    const awards = await this.ctx.em.find(GrantAward, { round, state: { $nin: [...RETURNED_STATES] } }, { populate: ['application', 'organisation'], orderBy: { organisation: { name: 'asc' } } });
    const reports = await this.ctx.em.find(GrantReport, { award: { $in: awards.map((a) => a.id) }, state: ReportState.APPROVED });
    const latest = new Map<string, GrantReport>();
    for (const r of reports) {
      const seen = latest.get(r.award.id);
      if (!seen || (seen.kind !== ReportKind.FINAL && (r.kind === ReportKind.FINAL || r.dueAt > seen.dueAt))) latest.set(r.award.id, r);
    }
    const municipalities = new Map<string, { participants: number; spent: number; byTargetGroup: Map<TargetGroup, number> }>();
    const groups = new Map<TargetGroup, number>();
    for (const r of latest.values()) {
      const total = r.results.reduce((s, x) => s + x.participants, 0);
      for (const x of r.results) {
        const m = municipalities.get(x.municipalityNumber) ?? { participants: 0, spent: 0, byTargetGroup: new Map<TargetGroup, number>() };
        m.participants += x.participants;
        m.byTargetGroup.set(x.targetGroup, (m.byTargetGroup.get(x.targetGroup) ?? 0) + x.participants);
        m.spent += total ? ((r.grantUsed ?? 0) * x.participants) / total : 0;
        municipalities.set(x.municipalityNumber, m);
        groups.set(x.targetGroup, (groups.get(x.targetGroup) ?? 0) + x.participants);
      }
    }
    const names = municipalities.size ? await this.ctx.em.getConnection().execute<{ number: string; name: string }[]>('select number, name from municipality where number = any(?::text[])', [pgArray([...municipalities.keys()])]) : [];
    const nameOf = new Map(names.map((n) => [n.number, n.name]));
    return {
      round,
      awards: awards.map((a) => {
        const r = latest.get(a.id);
        return { organisationId: a.organisation.id, organisationName: a.organisation.name, title: a.application.title, summary: a.application.summary, amount: a.amount, accepted: a.state === AwardState.ACCEPTED, participants: r ? r.results.reduce((s, x) => s + x.participants, 0) : null, grantUsed: r?.grantUsed ?? null };
      }),
      totalAwarded: awards.reduce((s, a) => s + a.amount, 0),
      reportsApproved: latest.size,
      participants: [...latest.values()].reduce((s, r) => s + r.results.reduce((t, x) => t + x.participants, 0), 0),
      byMunicipality: [...municipalities.entries()].map(([number, m]) => ({ municipalityNumber: number, name: nameOf.get(number) ?? number, participants: m.participants, spent: Math.round(m.spent), byTargetGroup: m.byTargetGroup })).sort((a, b) => b.participants - a.participants || a.name.localeCompare(b.name, 'nb')),
      byTargetGroup: [...groups.entries()].map(([targetGroup, participants]) => ({ targetGroup, participants })).sort((a, b) => b.participants - a.participants),
    };
  }

  /** The round's follow-up at a glance, for county staff: who has not answered, what is overdue or waiting. */
  async followUp(roundId: string) {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const round = await this.round(roundId);
    const em = this.ctx.em;
    const awards = await em.find(GrantAward, { round }, { populate: ['organisation', 'application'], orderBy: { organisation: { name: 'asc' } } });
    const ids = awards.map((a) => a.id);
    const reports = await em.find(GrantReport, { award: { $in: ids } }, { orderBy: { dueAt: 'asc' } });
    const payments = await em.find(GrantPayment, { award: { $in: ids } });
    const sum = (state: PaymentState) => payments.filter((p) => p.state === state).reduce((s, p) => s + p.amount, 0);
    const now = new Date();
    return {
      awards,
      notAnswered: awards.filter((a) => a.state === AwardState.OFFERED),
      awarded: awards.filter((a) => !RETURNED_STATES.includes(a.state)).reduce((s, a) => s + a.amount, 0),
      returned: awards.filter((a) => RETURNED_STATES.includes(a.state)).reduce((s, a) => s + a.amount, 0),
      requested: sum(PaymentState.REQUESTED),
      paid: sum(PaymentState.PAID),
      overdueReports: reports.filter((r) => reportOverdue(r, now)),
      reportsToReview: reports.filter((r) => r.state === ReportState.SUBMITTED),
      pendingChanges: await em.find(GrantChangeRequest, { award: { $in: ids }, state: ChangeRequestState.PENDING }, { orderBy: { createdAt: 'asc' } }),
      openAppeals: await em.find(GrantAppeal, { application: { round }, state: AppealState.FILED }, { orderBy: { filedAt: 'asc' } }),
    };
  }

  /** The finance export: every payment that is due or paid, for county staff. */
  async paymentsCsv(roundId: string, language: Language = Language.nb): Promise<{ round: GrantRound; csv: string }> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const round = await this.round(roundId);
    const payments = await this.ctx.em.find(GrantPayment, { award: { round }, state: { $in: [PaymentState.REQUESTED, PaymentState.PAID] } }, { populate: ['award.organisation', 'award.application'], orderBy: { requestedAt: 'asc', position: 'asc' } });
    const w = CSV_WORDS[language] ?? CSV_WORDS.nb;
    const rows = payments.map((p) => [p.award.organisation.name, p.award.organisation.orgNumber ?? '', p.award.application.title, p.position, p.percent, p.amount, w.state[p.state], stamp(p.requestedAt), stamp(p.paidAt), p.paidReference ?? '']);
    return { round, csv: `\ufeff${stringify([w.payments, ...rows], { delimiter: ';' })}` };
  }

  /** The published results as CSV: one row per award. */
  async resultsCsv(roundId: string, language: Language = Language.nb): Promise<{ round: GrantRound; csv: string }> {
    const results = await this.results(roundId);
    const w = CSV_WORDS[language] ?? CSV_WORDS.nb;
    const rows = results.awards.map((a) => [a.organisationName, a.title, a.amount, a.grantUsed ?? '', a.participants ?? '']);
    return { round: results.round, csv: `\ufeff${stringify([w.results, ...rows], { delimiter: ';' })}` };
  }

  /**
   * The summary of the reported results as CSV, one table a spreadsheet can sum and filter: a row per municipality
   * (by number) with its participants, the grant money used there, and its participants per target group (a column
   * for every target group, so rounds line up). No totals row: it would be counted again in a sum.
   */
  async resultsSummaryCsv(roundId: string, language: Language = Language.nb): Promise<{ round: GrantRound; csv: string }> {
    const results = await this.results(roundId);
    const w = CSV_WORDS[language] ?? CSV_WORDS.nb;
    const groups = Object.values(TargetGroup);
    const rows = [...results.byMunicipality].sort((a, b) => a.municipalityNumber.localeCompare(b.municipalityNumber)).map((m) => [m.municipalityNumber, m.name, m.participants, m.spent, ...groups.map((g) => m.byTargetGroup.get(g) ?? 0)]);
    return { round: results.round, csv: `\ufeff${stringify([[...w.summary, ...groups.map((g) => w.targetGroup[g])], ...rows], { delimiter: ';' })}` };
  }
}

const stamp = (d?: Date | null) => (d ? toOsloLocal(d).replace('T', ' ') : '');

/** The exports' words, in the reader's language. */
export const CSV_WORDS: Record<Language, { payments: string[]; results: string[]; summary: string[]; targetGroup: Record<TargetGroup, string>; state: Record<PaymentState, string> }> = {
  nb: {
    payments: ['organisasjon', 'organisasjonsnummer', 'prosjekt', 'utbetaling', 'prosent', 'beløp', 'status', 'anmodet', 'utbetalt', 'referanse'],
    results: ['organisasjon', 'prosjekt', 'tildelt', 'brukt', 'deltakere'],
    summary: ['kommunenummer', 'kommune', 'deltakere', 'brukt'],
    targetGroup: { ADULTS: 'voksne', YOUTH: 'ungdom', CHILDREN: 'barn', WOMEN: 'kvinner', FAMILIES: 'familier', SENIORS: 'eldre', UKRAINIANS: 'ukrainere', ALL_NEWCOMERS: 'alle nyankomne' },
    state: { PLANNED: 'planlagt', REQUESTED: 'til utbetaling', PAID: 'utbetalt', CANCELLED: 'kansellert' },
  },
  nn: {
    payments: ['organisasjon', 'organisasjonsnummer', 'prosjekt', 'utbetaling', 'prosent', 'beløp', 'status', 'bede om', 'utbetalt', 'referanse'],
    results: ['organisasjon', 'prosjekt', 'tildelt', 'brukt', 'deltakarar'],
    summary: ['kommunenummer', 'kommune', 'deltakarar', 'brukt'],
    targetGroup: { ADULTS: 'vaksne', YOUTH: 'ungdom', CHILDREN: 'barn', WOMEN: 'kvinner', FAMILIES: 'familiar', SENIORS: 'eldre', UKRAINIANS: 'ukrainarar', ALL_NEWCOMERS: 'alle nykomne' },
    state: { PLANNED: 'planlagd', REQUESTED: 'til utbetaling', PAID: 'utbetalt', CANCELLED: 'kansellert' },
  },
  en: {
    payments: ['organisation', 'organisation number', 'project', 'payment', 'percent', 'amount', 'status', 'requested', 'paid', 'reference'],
    results: ['organisation', 'project', 'awarded', 'used', 'participants'],
    summary: ['municipality number', 'municipality', 'participants', 'used'],
    targetGroup: { ADULTS: 'adults', YOUTH: 'young people', CHILDREN: 'children', WOMEN: 'women', FAMILIES: 'families', SENIORS: 'seniors', UKRAINIANS: 'Ukrainians', ALL_NEWCOMERS: 'all newcomers' },
    state: { PLANNED: 'planned', REQUESTED: 'requested', PAID: 'paid', CANCELLED: 'cancelled' },
  },
};

