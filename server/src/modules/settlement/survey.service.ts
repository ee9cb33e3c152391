import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../common/audit.js';
import { authorize } from '../../common/auth/policies.js';
import { recordChanges } from '../../common/change-feed/write.js';
import { AppError, ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { Mailer } from '../../common/mail/mailer.js';
import { osloLocalToInstant, osloReadable } from '../../common/time.js';
import { sendMail } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import type { NewChange, SettlementSurveyChange } from '../../common/change-feed/topics.js';
import { SettlementBase, countyMunicipalities, municipalityPeople, notifyAndMail, settlementTopics } from './settlement.base.js';
import { ResponseState, SettlementYear, SurveyResponse, SurveyState } from './settlement.entity.js';
import type { SurveyAnswerInput } from './settlement.inputs.js';
import { canSettlement } from './settlement.policy.js';
import { RESPONSE_TRANSITIONS, SURVEY_TRANSITIONS, may, step } from './settlement.states.js';

/** What the county staff's tracker shows for one municipality. LATE: the deadline has passed without an answer. */
export enum TrackerStatus {
  ANSWERED = 'ANSWERED',
  DRAFT = 'DRAFT',
  NOT_OPENED = 'NOT_OPENED',
  LATE = 'LATE',
}

/** What keeps an answer from being submitted, as keys the client translates. */
export type SurveyMissing = 'capacity' | 'capacityMinors' | 'deadline' | 'notOpen';

/** County staff remind one municipality by hand at most this often. */
export const MANUAL_REMINDER_INTERVAL_MS = 60 * 60_000;

const DAY = 86_400_000;

/** The deadline that applies to one answer: the year's, or a later one granted to the municipality. */
export function deadlineOf(year: Pick<SettlementYear, 'surveyDeadline'>, response: Pick<SurveyResponse, 'extendedUntil'>): Date | null {
  const own = response.extendedUntil?.getTime() ?? 0;
  const all = year.surveyDeadline?.getTime() ?? 0;
  const latest = Math.max(own, all);
  return latest ? new Date(latest) : null;
}

/** Whether answers are taken now: the survey is open and the deadline (to the second) has not passed. */
export function acceptingAnswers(year: SettlementYear, response: SurveyResponse, now = new Date()): boolean {
  const deadline = deadlineOf(year, response);
  return year.surveyState === SurveyState.OPEN && !!deadline && now.getTime() <= deadline.getTime();
}

export function trackerStatus(year: SettlementYear, response: SurveyResponse, now = new Date()): TrackerStatus {
  if (response.state === ResponseState.SUBMITTED) return TrackerStatus.ANSWERED;
  const deadline = deadlineOf(year, response);
  if (year.surveyState !== SurveyState.DRAFT && deadline && now.getTime() > deadline.getTime()) return TrackerStatus.LATE;
  return response.state === ResponseState.DRAFT ? TrackerStatus.DRAFT : TrackerStatus.NOT_OPENED;
}

type SurveyWide = Extract<SettlementSurveyChange, { payload: Record<string, never> }>['type'];
type OfResponse = Exclude<SettlementSurveyChange['type'], SurveyWide>;

/** A change of the whole survey, or (with a municipality) of one answer. */
function surveyChange(year: { id: string }, type: SurveyWide): NewChange;
function surveyChange(year: { id: string }, type: OfResponse, municipalityNumber: string): NewChange;
function surveyChange(year: { id: string }, type: SurveyWide | OfResponse, municipalityNumber?: string): NewChange {
  const topic = settlementTopics.survey(year.id);
  return municipalityNumber ? { topic, type: type as OfResponse, payload: { municipalityNumber } } : { topic, type: type as SurveyWide, payload: {} };
}

export class SurveyService extends SettlementBase {
  private link(year: SettlementYear, municipality: string) {
    return `${this.ctx.config.publicUrl}/bosetting/${year.id}/kartlegging/${municipality}`;
  }

  /** DRAFT → OPEN: every municipality of the county gets its answer form, and its people are told (inbox and e-mail). */
  async send(yearId: string): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    return this.write(async (tx, changes, mails) => {
      const year = await this.year(yearId, tx, LockMode.PESSIMISTIC_WRITE);
      if (!year.surveyDeadline) throw UserInputError.field('surveyDeadline', 'settlement/deadline_required');
      if (year.surveyDeadline.getTime() <= Date.now()) throw UserInputError.field('surveyDeadline', 'settlement/deadline_passed');
      const reopening = year.surveyState === SurveyState.CLOSED;
      year.surveyState = step(SURVEY_TRANSITIONS, year.surveyState, reopening ? 'reopen' : 'send');
      year.surveySentAt ??= new Date();
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: reopening ? 'survey_reopened' : 'survey_sent', actor: this.actor() });
      changes.push(surveyChange(year, reopening ? 'survey.reopened' : 'survey.sent'));
      if (reopening) return year;
      const municipalities = await countyMunicipalities(tx, year.countyNumber);
      for (const m of municipalities) tx.create(SurveyResponse, { year, municipality: m });
      await tx.flush();
      const people = await municipalityPeople(tx, municipalities.map((m) => m.number));
      const names = new Map(municipalities.map((m) => [m.number, m.name]));
      for (const m of municipalities) {
        const own = people.filter((p) => p.municipality_number === m.number);
        const told = await notifyAndMail(tx, own, NotificationType.SETTLEMENT_SURVEY_SENT, { settlementYearId: year.id, municipalityNumber: m.number, title: year.title, startsAt: year.surveyDeadline.toISOString() }, () => ({
          template: 'settlementSurveySent',
          args: { year: year.title, municipality: names.get(m.number)!, deadline: osloReadable(year.surveyDeadline!), link: this.link(year, m.number) },
        }));
        changes.push(...told.changes);
        mails.push(...told.mails);
      }
      return year;
    });
  }

  async close(yearId: string): Promise<SettlementYear> {
    authorize(this.viewer, canSettlement.administer(this.viewer));
    return this.write(async (tx, changes) => {
      const year = await this.year(yearId, tx, LockMode.PESSIMISTIC_WRITE);
      year.surveyState = step(SURVEY_TRANSITIONS, year.surveyState, 'close');
      audit(tx, { entityType: 'settlement_year', entityId: year.id, action: 'survey_closed', actor: this.actor() });
      changes.push(surveyChange(year, 'survey.closed'));
      return year;
    });
  }

  responses(year: SettlementYear): Promise<SurveyResponse[]> {
    return this.ctx.em.find(SurveyResponse, { year }, { orderBy: { municipality: { number: 'asc' } } });
  }

  /** One municipality's answer: the county, the agencies and the municipality itself. */
  async response(yearId: string, municipalityNumber: string, em: EntityManager = this.ctx.em): Promise<SurveyResponse> {
    const year = await this.year(yearId, em);
    const standing = await this.standing();
    if (!canSettlement.readResponse(this.viewer, standing, municipalityNumber)) throw new NotFoundError('settlement_survey_response');
    const response = /^\d{4}$/.test(municipalityNumber) ? await em.findOne(SurveyResponse, { year, municipality: municipalityNumber }) : null;
    if (!response) throw new NotFoundError('settlement_survey_response');
    return response;
  }

  /** The answers the viewer's municipalities have been asked for, newest year first. */
  async mine(): Promise<SurveyResponse[]> {
    const { municipalities } = await this.standing();
    if (!municipalities.size) return [];
    return this.ctx.em.find(SurveyResponse, { municipality: { $in: [...municipalities] }, year: { surveyState: { $ne: SurveyState.DRAFT } } }, { orderBy: { year: { year: 'desc' }, municipality: { number: 'asc' } } });
  }

  /** The answer locked for a write by a member of its municipality (FORBIDDEN for anyone else who may read it). */
  private async answerable(id: string, tx: EntityManager): Promise<{ response: SurveyResponse; year: SettlementYear }> {
    const found = isUuid(id) ? await tx.findOne(SurveyResponse, { id }) : null;
    if (!found) throw new NotFoundError('settlement_survey_response');
    const standing = await this.standing();
    const year = await this.year(found.year.id, tx, LockMode.PESSIMISTIC_READ);
    if (!canSettlement.readResponse(this.viewer, standing, found.municipality.number)) throw new NotFoundError('settlement_survey_response');
    if (!canSettlement.answerSurvey(this.viewer, standing, found.municipality.number)) throw new ForbiddenError('settlement/municipality_only');
    const response = await tx.findOneOrFail(SurveyResponse, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return { response, year };
  }

  /** The first look by a member of the municipality: NOT_OPENED → DRAFT (the tracker shows it). Again: nothing. */
  async open(id: string): Promise<SurveyResponse> {
    return this.write(async (tx, changes) => {
      const { response, year } = await this.answerable(id, tx);
      if (response.state !== ResponseState.NOT_OPENED) return response;
      if (year.surveyState !== SurveyState.OPEN) throw new ConflictError('settlement/survey_not_open');
      response.state = step(RESPONSE_TRANSITIONS, response.state, 'open');
      response.openedAt = new Date();
      changes.push(surveyChange(year, 'response.opened', response.municipality.number));
      return response;
    });
  }

  /** Autosave with a version check: a save against an old version is refused with CONFLICT, nothing lost. */
  async save(id: string, expectedVersion: number, input: SurveyAnswerInput): Promise<SurveyResponse> {
    return this.write(async (tx, changes) => {
      const { response, year } = await this.answerable(id, tx);
      if (response.state === ResponseState.SUBMITTED) throw new ConflictError('settlement/response_submitted');
      if (!acceptingAnswers(year, response)) throw new ConflictError('settlement/deadline_passed', { deadline: deadlineOf(year, response)?.toISOString() ?? null });
      if (response.version !== expectedVersion) throw new ConflictError('settlement/version_conflict', { currentVersion: response.version });
      if (response.state === ResponseState.NOT_OPENED) {
        response.state = step(RESPONSE_TRANSITIONS, response.state, 'open');
        response.openedAt = new Date();
      }
      for (const key of ['capacity', 'capacityMinors', 'extraIfNeeded'] as const) if (input[key] != null) response[key] = input[key];
      for (const key of ['housing', 'kindergarten', 'school', 'health', 'labourDemand', 'introResults', 'keepCapacity', 'comments'] as const) if (input[key] != null) response[key] = input[key].trim();
      if (response.capacity != null && response.capacityMinors != null && response.capacityMinors > response.capacity) throw UserInputError.field('capacityMinors', 'settlement/minors_exceed_total');
      response.version += 1;
      response.updatedAt = new Date();
      response.updatedBy = tx.getReference(User, this.viewer.requireId());
      changes.push(surveyChange(year, 'response.saved', response.municipality.number));
      return response;
    });
  }

  missing(year: SettlementYear, response: SurveyResponse, now = new Date()): SurveyMissing[] {
    const missing: SurveyMissing[] = [];
    if (year.surveyState !== SurveyState.OPEN) missing.push('notOpen');
    else if (!acceptingAnswers(year, response, now)) missing.push('deadline');
    if (response.capacity == null) missing.push('capacity');
    if (response.capacityMinors == null) missing.push('capacityMinors');
    return missing;
  }

  /** DRAFT → SUBMITTED: complete, and before the deadline to the second (Oslo time, checked on the server's clock). */
  async submit(id: string): Promise<SurveyResponse> {
    return this.write(async (tx, changes) => {
      const { response, year } = await this.answerable(id, tx);
      const missing = this.missing(year, response);
      if (missing.includes('deadline') || missing.includes('notOpen')) throw new ConflictError('settlement/deadline_passed', { deadline: deadlineOf(year, response)?.toISOString() ?? null });
      if (missing.length) throw new AppError('BAD_USER_INPUT', 'settlement/answer_incomplete', { missing, fields: missing.map((m) => ({ field: m, message: 'settlement/answer_required' })) });
      response.state = step(RESPONSE_TRANSITIONS, response.state, 'submit');
      response.submittedAt = new Date();
      response.updatedBy = tx.getReference(User, this.viewer.requireId());
      audit(tx, { entityType: 'settlement_survey_response', entityId: response.id, action: 'state:DRAFT→SUBMITTED', actor: this.actor() });
      changes.push(surveyChange(year, 'response.submitted', response.municipality.number));
      return response;
    });
  }

  /** County staff: SUBMITTED → DRAFT, so the municipality can correct it (before its deadline). */
  async reopen(id: string): Promise<SurveyResponse> {
    authorize(this.viewer, canSettlement.track(this.viewer));
    return this.write(async (tx, changes) => {
      const { response, year } = await this.staffResponse(id, tx);
      if (year.surveyState !== SurveyState.OPEN) throw new ConflictError('settlement/survey_not_open');
      response.state = step(RESPONSE_TRANSITIONS, response.state, 'reopen');
      response.version += 1;
      audit(tx, { entityType: 'settlement_survey_response', entityId: response.id, action: 'state:SUBMITTED→DRAFT', actor: this.actor() });
      changes.push(surveyChange(year, 'response.reopened', response.municipality.number));
      return response;
    });
  }

  /** County staff grant one municipality a later deadline (Oslo wall-clock time). */
  async extend(id: string, until: string): Promise<SurveyResponse> {
    authorize(this.viewer, canSettlement.track(this.viewer));
    const instant = osloLocalToInstant('until', until);
    if (instant.getTime() <= Date.now()) throw UserInputError.field('until', 'settlement/deadline_passed');
    return this.write(async (tx, changes) => {
      const { response, year } = await this.staffResponse(id, tx);
      if (response.state === ResponseState.SUBMITTED) throw new ConflictError('settlement/response_submitted');
      if (year.surveyState !== SurveyState.OPEN) throw new ConflictError('settlement/survey_not_open');
      response.extendedUntil = instant;
      audit(tx, { entityType: 'settlement_survey_response', entityId: response.id, action: 'extended', actor: this.actor(), details: { until: instant.toISOString() } });
      changes.push(surveyChange(year, 'response.extended', response.municipality.number));
      return response;
    });
  }

  /** County staff remind one municipality that has not answered (inbox and e-mail), at most once an hour. */
  async remind(id: string): Promise<SurveyResponse> {
    authorize(this.viewer, canSettlement.track(this.viewer));
    return this.write(async (tx, changes, mails) => {
      const { response, year } = await this.staffResponse(id, tx);
      if (response.state === ResponseState.SUBMITTED) throw new ConflictError('settlement/response_submitted');
      if (year.surveyState !== SurveyState.OPEN) throw new ConflictError('settlement/survey_not_open');
      const since = response.remindedAt ? Date.now() - response.remindedAt.getTime() : Infinity;
      if (since < MANUAL_REMINDER_INTERVAL_MS) throw new ConflictError('settlement/reminded_recently', { retryAfterSeconds: Math.ceil((MANUAL_REMINDER_INTERVAL_MS - since) / 1000) });
      response.remindedAt = new Date();
      const municipality = await tx.findOneOrFail(Municipality, { number: response.municipality.number });
      const deadline = deadlineOf(year, response)!;
      const people = await municipalityPeople(tx, [municipality.number]);
      if (!people.length) throw new ConflictError('settlement/nobody_to_remind');
      const told = await notifyAndMail(tx, people, NotificationType.SETTLEMENT_SURVEY_DEADLINE, { settlementYearId: year.id, municipalityNumber: municipality.number, title: year.title, startsAt: deadline.toISOString() }, () => ({
        template: 'settlementSurveyReminder',
        args: { year: year.title, municipality: municipality.name, deadline: osloReadable(deadline), link: this.link(year, municipality.number) },
      }));
      changes.push(...told.changes, surveyChange(year, 'response.reminded', municipality.number));
      mails.push(...told.mails);
      audit(tx, { entityType: 'settlement_survey_response', entityId: response.id, action: 'reminded', actor: this.actor(), details: { people: people.length } });
      return response;
    });
  }

  private async staffResponse(id: string, tx: EntityManager): Promise<{ response: SurveyResponse; year: SettlementYear }> {
    const response = isUuid(id) ? await tx.findOne(SurveyResponse, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!response) throw new NotFoundError('settlement_survey_response');
    const year = await this.year(response.year.id, tx, LockMode.PESSIMISTIC_READ);
    return { response, year };
  }

  /** The permissions the answer form shows (the same rules the mutations enforce). */
  async permissions(response: SurveyResponse) {
    const standing = await this.standing();
    const year = await this.ctx.em.findOneOrFail(SettlementYear, { id: response.year.id });
    const answering = canSettlement.answerSurvey(this.viewer, standing, response.municipality.number);
    const open = acceptingAnswers(year, response);
    const staff = canSettlement.track(this.viewer);
    const surveyOpen = year.surveyState === SurveyState.OPEN;
    return {
      edit: answering && open && response.state !== ResponseState.SUBMITTED,
      submit: answering && open && may(RESPONSE_TRANSITIONS, response.state, 'submit'),
      reopen: staff && surveyOpen && may(RESPONSE_TRANSITIONS, response.state, 'reopen'),
      extend: staff && surveyOpen && response.state !== ResponseState.SUBMITTED,
      remind: staff && surveyOpen && response.state !== ResponseState.SUBMITTED && (!response.remindedAt || Date.now() - response.remindedAt.getTime() >= MANUAL_REMINDER_INTERVAL_MS),
    };
  }
}

/**
 * Reminds the municipalities that have not submitted 7 days and 1 day before the survey deadline (each once per
 * year and deadline), in the inbox and by e-mail. Run hourly by every process; the year's row lock keeps two
 * processes from reminding twice.
 */
export async function settlementSurveyReminders(opts: { em: EntityManager; mailer: Mailer; logger: Logger; publicUrl: string; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  let reminded = 0;
  const years = await opts.em.find(SettlementYear, { surveyState: SurveyState.OPEN, surveyDeadline: { $gt: now, $lte: new Date(now.getTime() + 7 * DAY) } });
  for (const y of years) {
    const mails = await opts.em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const year = await tx.findOneOrFail(SettlementYear, { id: y.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (year.surveyState !== SurveyState.OPEN || !year.surveyDeadline) return [];
      const left = year.surveyDeadline.getTime() - now.getTime();
      const which = left <= DAY ? (year.surveyReminded1At ? null : 'surveyReminded1At') : year.surveyReminded7At ? null : 'surveyReminded7At';
      if (!which) return [];
      year[which] = now;
      // A later deadline granted to one municipality is that municipality's own affair: still reminded here, by the year's.
      const open = await tx.find(SurveyResponse, { year, state: { $ne: ResponseState.SUBMITTED } }, { populate: ['municipality'] });
      const people = await municipalityPeople(tx, open.map((r) => r.municipality.number));
      const all = { changes: [] as Awaited<ReturnType<typeof notifyAndMail>>['changes'], mails: [] as Awaited<ReturnType<typeof notifyAndMail>>['mails'] };
      for (const r of open) {
        const told = await notifyAndMail(tx, people.filter((p) => p.municipality_number === r.municipality.number), NotificationType.SETTLEMENT_SURVEY_DEADLINE, { settlementYearId: year.id, municipalityNumber: r.municipality.number, title: year.title, startsAt: year.surveyDeadline.toISOString() }, () => ({
          template: 'settlementSurveyReminder',
          args: { year: year.title, municipality: r.municipality.name, deadline: osloReadable(year.surveyDeadline!), link: `${opts.publicUrl}/bosetting/${year.id}/kartlegging/${r.municipality.number}` },
        }));
        all.changes.push(...told.changes);
        all.mails.push(...told.mails);
      }
      await tx.flush();
      await recordChanges(tx, [...all.changes, surveyChange(year, 'survey.reminded')]);
      return all.mails;
    });
    for (const m of mails) await sendMail({ mailer: opts.mailer, logger: opts.logger }, m);
    reminded += mails.length;
  }
  return reminded;
}
