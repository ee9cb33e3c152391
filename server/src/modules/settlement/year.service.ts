import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../common/audit.js';
import { authorize } from '../../common/auth/policies.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { renderMarkdown } from '../../common/markdown.js';
import { recordChanges } from '../../common/change-feed/write.js';
import type { Logger } from '../../common/logger.js';
import type { Mailer } from '../../common/mail/mailer.js';
import { osloLocalToInstant } from '../../common/time.js';
import { sendMail } from '../../context.js';
import { Language, User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { Event } from '../events/event.entity.js';
import { isUuid } from '../../common/sql.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Resource } from '../resources/resource.entity.js';
import { SettlementBase, notifyAndMail, parseDate, settlementTopics } from './settlement.base.js';
import { MilestoneStatus, SettlementCriteria, SettlementMilestone, SettlementYear, SurveyState } from './settlement.entity.js';
import type { SettlementMilestoneInput, SettlementYearInput } from './settlement.inputs.js';
import { canSettlement } from './settlement.policy.js';
import { MILESTONE_TRANSITIONS, stepTo } from './settlement.states.js';

/**
 * The KS annual wheel of the request process, as every new year starts (all in the calendar year before the
 * settlement year); county staff edit, add and remove milestones per year.
 */
export const KS_WHEEL: { month: number; day?: number; title: string; responsible: string; participants: string[] }[] = [
  { month: 3, title: 'Forslag til bosettingskriterier', responsible: 'Nasjonalt utvalg (NU)', participants: ['Nasjonalt utvalg (NU)'] },
  { month: 5, title: 'Bosettingskriteriene fastsettes', responsible: 'Departementet', participants: ['Departementet'] },
  { month: 7, day: 1, title: 'Foreløpig bosettingsbehov fordeles til fylkene', responsible: 'Nasjonalt utvalg (NU)', participants: ['Nasjonalt utvalg (NU)', 'IMDi', 'KS'] },
  { month: 8, title: 'Forslag til fylkesvis fordeling', responsible: 'IMDi', participants: ['IMDi'] },
  { month: 8, title: 'Kartlegging av kommunenes kapasitet', responsible: 'Fylkeskommunen', participants: ['Fylkeskommunen', 'Kommunene'] },
  { month: 9, title: 'Samarbeidsmøter om fordeling', responsible: 'IMDi, KS', participants: ['IMDi', 'KS', 'Fylkeskommunen', 'Bufetat'] },
  { month: 9, title: 'Fylkeskommunens anbefaling til IMDi', responsible: 'Fylkeskommunen', participants: ['Fylkeskommunen', 'IMDi'] },
  { month: 10, title: 'Anmodningsbrev til kommunene', responsible: 'IMDi', participants: ['IMDi', 'KS'] },
  { month: 12, title: 'Svarfrist for kommunene', responsible: 'Kommunene', participants: ['Kommunene'] },
];

export class SettlementYearService extends SettlementBase {
  /** The years the viewer may see, latest first: all for those taking part, published ones for everyone else. */
  async years(countyNumber?: string | null): Promise<SettlementYear[]> {
    const all = await this.ctx.em.find(SettlementYear, countyNumber ? { countyNumber } : {}, { orderBy: { year: 'desc', countyNumber: 'asc' } });
    const standing = await this.standing();
    return all.filter((y) => canSettlement.readYear(this.viewer, standing, y));
  }

  async create(input: SettlementYearInput): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    if (input.year == null) throw UserInputError.field('year', 'settlement/year_invalid');
    const county = input.countyNumber ? await this.ctx.em.findOne(Municipality, { countyNumber: input.countyNumber }) : null;
    if (!county) throw UserInputError.field('countyNumber', 'settlement/county_unknown');
    if (await this.ctx.em.count(SettlementYear, { countyNumber: county.countyNumber, year: input.year })) throw new ConflictError('settlement/year_exists');
    return this.write(async (tx) => {
      const year = tx.create(SettlementYear, { countyNumber: county.countyNumber, year: input.year!, title: input.title?.trim() || `Bosetting ${input.year}`, createdBy: tx.getReference(User, this.viewer.requireId()) });
      await this.apply(tx, year, input);
      for (const m of KS_WHEEL) {
        tx.create(SettlementMilestone, { year, month: m.month, date: m.day ? `${input.year! - 1}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}` : null, title: m.title, responsible: m.responsible, participants: m.participants });
      }
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'created', actor: this.actor() });
      return year;
    });
  }

  async update(id: string, input: SettlementYearInput): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    if (input.countyNumber != null || input.year != null) throw UserInputError.field(input.year != null ? 'year' : 'countyNumber', 'settlement/create_only');
    return this.write(async (tx, changes) => {
      const year = await this.year(id, tx, LockMode.PESSIMISTIC_WRITE);
      const deadlineBefore = year.surveyDeadline?.getTime();
      if (input.title != null) year.title = input.title.trim();
      await this.apply(tx, year, input);
      if (year.surveyState === SurveyState.OPEN && !year.surveyDeadline) throw UserInputError.field('surveyDeadline', 'settlement/deadline_required');
      if (year.surveyDeadline?.getTime() !== deadlineBefore) {
        // A new deadline deserves its own reminders.
        year.surveyReminded7At = year.surveyReminded1At = null;
        changes.push({ topic: settlementTopics.survey(year.id), type: 'survey.deadline_changed', payload: {} });
      }
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'updated', actor: this.actor(), details: { fields: Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] != null) } });
      return year;
    });
  }

  /** Publishes (or withdraws) the year's requests, decisions and settled numbers to the public. */
  async publish(id: string, published: boolean): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    return this.write(async (tx, changes) => {
      const year = await this.year(id, tx, LockMode.PESSIMISTIC_WRITE);
      year.numbersPublished = published;
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: published ? 'published' : 'unpublished', actor: this.actor() });
      // An access change on the topic: live subscribers of the numbers are asked again whether they may still read them.
      changes.push({ topic: settlementTopics.numbers(year.id), type: 'settlement.access_changed', payload: { published } });
      return year;
    });
  }

  /** Sets the deadline and, when the text changed, a new version of the criteria. */
  private async apply(tx: EntityManager, year: SettlementYear, input: SettlementYearInput) {
    if (input.surveyDeadline) year.surveyDeadline = osloLocalToInstant('surveyDeadline', input.surveyDeadline);
    if (input.criteria != null && input.criteria !== (await this.criteria(year, tx))?.body) {
      year.criteriaVersion += 1;
      tx.create(SettlementCriteria, { year, version: year.criteriaVersion, body: input.criteria, bodyHtml: renderMarkdown(input.criteria), authorName: this.viewer.user?.name ?? null });
    }
  }

  async criteria(year: SettlementYear, em: EntityManager = this.ctx.em): Promise<SettlementCriteria | null> {
    return year.criteriaVersion ? em.findOne(SettlementCriteria, { year, version: year.criteriaVersion }) : null;
  }

  criteriaVersions(year: SettlementYear): Promise<SettlementCriteria[]> {
    return this.ctx.em.find(SettlementCriteria, { year }, { orderBy: { version: 'desc' } });
  }

  // ── Milestones ─────────────────────────────────────────────────────────────────────────────────────

  milestones(year: SettlementYear): Promise<SettlementMilestone[]> {
    return this.ctx.em.find(SettlementMilestone, { year }, { orderBy: { month: 'asc', date: 'asc', createdAt: 'asc' } });
  }

  async saveMilestone(yearId: string | null, id: string | null, input: SettlementMilestoneInput): Promise<SettlementMilestone> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    return this.write(async (tx, changes) => {
      let milestone: SettlementMilestone;
      if (id) {
        const found = isUuid(id) ? await tx.findOne(SettlementMilestone, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
        if (!found) throw new NotFoundError('settlement_milestone');
        milestone = found;
      } else {
        const year = await this.year(yearId ?? '', tx);
        if (!input.title?.trim()) throw UserInputError.field('title', 'settlement/milestone_title_length');
        if (input.month == null && !input.date) throw UserInputError.field('month', 'settlement/month_invalid');
        milestone = tx.create(SettlementMilestone, { year, title: input.title.trim(), month: input.month ?? 1 });
      }
      const year = await tx.findOneOrFail(SettlementYear, { id: milestone.year.id });
      if (input.title != null) milestone.title = input.title.trim();
      if (input.description != null) milestone.description = input.description.trim();
      const startedBefore = `${milestone.date ?? ''}/${milestone.month}`;
      if (input.month != null) milestone.month = input.month;
      if (input.date != null) {
        milestone.date = input.date === '' ? null : parseDate('date', input.date);
        if (milestone.date) milestone.month = Number(milestone.date.slice(5, 7));
      }
      // A new day (or month) deserves its own reminders; the same one sent again (the form sends every field) does not.
      if (id && `${milestone.date ?? ''}/${milestone.month}` !== startedBefore) milestone.reminded7At = milestone.reminded1At = null;
      if (input.responsible != null) milestone.responsible = input.responsible.trim();
      if (input.participants != null) milestone.participants = [...new Set(input.participants.map((p) => p.trim()).filter(Boolean))];
      if (input.participantOrganisationIds != null) milestone.participantOrganisationIds = await existing(tx, Organisation, input.participantOrganisationIds, 'participantOrganisationIds', 'organisation/not_found');
      if (input.eventIds != null) milestone.eventIds = await existing(tx, Event, input.eventIds, 'eventIds', 'event/not_found');
      if (input.resourceIds != null) milestone.resourceIds = await existing(tx, Resource, input.resourceIds, 'resourceIds', 'resource/not_found');
      if (input.status != null && input.status !== milestone.status) milestone.status = stepTo(MILESTONE_TRANSITIONS, milestone.status, input.status);
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: id ? 'milestone_updated' : 'milestone_added', actor: this.actor(), details: { milestone: milestone.title } });
      changes.push({ topic: settlementTopics.numbers(year.id), type: 'milestone.changed', payload: { milestoneId: milestone.id } });
      return milestone;
    });
  }

  async deleteMilestone(id: string): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    return this.write(async (tx, changes) => {
      const milestone = isUuid(id) ? await tx.findOne(SettlementMilestone, { id }) : null;
      if (!milestone) throw new NotFoundError('settlement_milestone');
      const year = await tx.findOneOrFail(SettlementYear, { id: milestone.year.id });
      tx.remove(milestone);
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'milestone_removed', actor: this.actor(), details: { milestone: milestone.title } });
      changes.push({ topic: settlementTopics.numbers(year.id), type: 'milestone.changed', payload: { milestoneId: milestone.id } });
      return year;
    });
  }
}

/** The ids, de-duplicated, if every one exists; else BAD_USER_INPUT `message` on `field`. */
async function existing(tx: EntityManager, entity: typeof Organisation | typeof Event | typeof Resource, ids: string[], field: string, message: string): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.every(isUuid)) throw UserInputError.field(field, message);
  const found = unique.length ? await tx.count(entity as typeof Organisation, { id: { $in: unique } }) : 0;
  if (found !== unique.length) throw UserInputError.field(field, message);
  return unique;
}


const DAY = 86_400_000;

/** The Oslo day a milestone starts: its date, or else the first day of its month (in the year before the settlement year). */
export function milestoneStartDay(milestone: Pick<SettlementMilestone, 'date' | 'month'>, settlementYear: number): string {
  return milestone.date ?? `${settlementYear - 1}-${String(milestone.month).padStart(2, '0')}-01`;
}

/** How the reminder names when: the date, or the month of a milestone that has none ("september 2026"). */
function whenText(milestone: Pick<SettlementMilestone, 'date'>, day: string, language: Language): string {
  if (milestone.date) return milestone.date.split('-').reverse().join('.');
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/**
 * Reminds the members of a milestone's participating organisations 7 days and 1 day before it starts (each once per
 * start day), in the inbox and by e-mail: before its date, or before the first day of its month when it has only a
 * month (most of the KS wheel). Run hourly by every process; the milestone's row lock keeps two processes from
 * reminding twice.
 */
export async function settlementMilestoneReminders(opts: { em: EntityManager; mailer: Mailer; logger: Logger; publicUrl: string; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  // Dates are days in Oslo; a window of 9 days of dates is wide enough for "7 days before" wherever the hour falls.
  const from = new Date(now.getTime() - DAY).toISOString().slice(0, 10);
  const to = new Date(now.getTime() + 9 * DAY).toISOString().slice(0, 10);
  const open = { status: { $ne: MilestoneStatus.DONE } };
  const dated = await opts.em.find(SettlementMilestone, { ...open, date: { $ne: null, $gte: from, $lte: to } });
  // Month-only milestones start on the first day of their month: the (at most two) months that begin in the window.
  const firsts = Array.from({ length: 11 }, (_, i) => new Date(now.getTime() + (i - 1) * DAY).toISOString().slice(0, 10)).filter((d) => d.endsWith('-01'));
  const monthly = firsts.length
    ? await opts.em.find(SettlementMilestone, { ...open, date: null, $or: firsts.map((d) => ({ month: Number(d.slice(5, 7)), year: { year: Number(d.slice(0, 4)) + 1 } })) })
    : [];
  let reminded = 0;
  for (const c of [...dated, ...monthly].filter((m) => m.participantOrganisationIds.length)) {
    const mails = await opts.em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const milestone = await tx.findOneOrFail(SettlementMilestone, { id: c.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (milestone.status === MilestoneStatus.DONE || !milestone.participantOrganisationIds.length) return [];
      const year = await tx.findOneOrFail(SettlementYear, { id: milestone.year.id });
      const day = milestoneStartDay(milestone, year.year);
      const starts = osloLocalToInstant('date', `${day}T00:00`);
      const left = starts.getTime() - now.getTime();
      if (left <= 0 || left > 7 * DAY) return [];
      const which = left <= DAY ? (milestone.reminded1At ? null : 'reminded1At') : milestone.reminded7At ? null : 'reminded7At';
      if (!which) return [];
      milestone[which] = now;
      const people = await tx.getConnection().execute<{ id: string; email: string; preferred_language: Language | null }[]>(
        `select distinct u.id, u.email, u.preferred_language from membership m join app_user u on u.id = m.user_id where m.organisation_id = any(?::uuid[])`,
        [`{${milestone.participantOrganisationIds.join(',')}}`],
        'all',
        tx.getTransactionContext(),
      );
      const told = await notifyAndMail(tx, people, NotificationType.SETTLEMENT_MILESTONE, { settlementYearId: year.id, milestoneId: milestone.id, title: `${year.title}: ${milestone.title}`, startsAt: starts.toISOString() }, (language) => ({
        template: 'settlementMilestoneReminder',
        args: { year: year.title, milestone: milestone.title, date: whenText(milestone, day, language), link: `${opts.publicUrl}/bosetting/${year.id}` },
      }));
      await tx.flush();
      await recordChanges(tx, told.changes);
      return told.mails;
    });
    for (const m of mails) await sendMail({ mailer: opts.mailer, logger: opts.logger }, m);
    reminded += mails.length;
  }
  return reminded;
}
