import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { ConflictError, ForbiddenError, UserInputError } from '../../common/errors.js';
import { renderMail } from '../../common/mail/templates.js';
import { Language } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { eventTopic, userTopic } from '../../common/change-feed/topics.js';
import { isUuid } from '../../common/sql.js';
import { CheckIn, Event, Registration, RegistrationStatus } from './event.entity.js';
import { EvaluationResponse } from './evaluation.entity.js';
import { assertEvaluationMove } from './evaluation.states.js';
import { takesEvaluation } from './event.states.js';
import {
  EVALUATION_LIMITS,
  EvaluationQuestionKind,
  EvaluationStatus,
  type EvaluationAnswerData,
  type EvaluationAnswerInput,
  type EvaluationQuestionData,
  type EvaluationQuestionInput,
  type EvaluationResults,
} from './evaluation.types.js';
import { EventAccess } from './event.access.js';
import { eventUpdated } from './event.changes.js';
import { guestManageToken, RegistrationService } from './registration.service.js';

/** Who is asked to evaluate: those who had a seat, unless marked as not come. */
export function mayEvaluate(r: Pick<Registration, 'status' | 'checkIn'> | null | undefined): boolean {
  return !!r && r.status === RegistrationStatus.CONFIRMED && r.checkIn !== CheckIn.NO_SHOW;
}

/**
 * The evaluation after an event: two or three questions (a rating from 1 to 5, or a short text) that the organisers
 * write and, once the event has started, send to the participants (inbox and e-mail; guests by their manage link).
 * Each participant answers once; the organisers see the results without names. Moves follow evaluation.states.ts.
 */
export class EvaluationService extends EventAccess {
  /** Writes the questions (2–3), or removes the evaluation with none; only before participants are asked. */
  setQuestions(eventId: string, questions: EvaluationQuestionInput[]): Promise<Event> {
    return this.organise(eventId, async (event) => {
      const to = questions.length ? EvaluationStatus.READY : EvaluationStatus.NONE;
      assertEvaluationMove(event.evaluationStatus, to);
      if (questions.length && (questions.length < EVALUATION_LIMITS.minQuestions || questions.length > EVALUATION_LIMITS.maxQuestions)) throw UserInputError.field('questions', 'evaluation/question_count');
      event.evaluationQuestions = questions.map((q, i): EvaluationQuestionData => {
        const label = q.label.trim();
        if (!label) throw UserInputError.field(`questions.${i}.label`, 'evaluation/label_length');
        return { id: randomUUID(), kind: q.kind, label };
      });
      event.evaluationStatus = to;
    });
  }

  /** Asks the participants (the first time: they are told) or opens it again after closing. */
  open(eventId: string): Promise<Event> {
    return this.organise(eventId, async (event, tx, changes, mails) => {
      assertEvaluationMove(event.evaluationStatus, EvaluationStatus.OPEN);
      if (!takesEvaluation(event) || event.startsAt > new Date()) throw new ConflictError('evaluation/not_started');
      const first = event.evaluationStatus === EvaluationStatus.READY;
      event.evaluationStatus = EvaluationStatus.OPEN;
      if (!first) return;
      const regs = (await tx.find(Registration, { event, status: RegistrationStatus.CONFIRMED }, { populate: ['user'] })).filter(mayEvaluate);
      const told = await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_EVALUATION, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() });
      changes.push(...told);
      const inbox = new Set(told.map((c) => c.topic));
      const base = this.ctx.config.publicUrl;
      for (const r of regs) {
        if (r.user && !inbox.has(userTopic(r.user.id))) continue;
        const link = r.user ? `${base}/arrangementer/${event.id}` : `${base}/pamelding?token=${encodeURIComponent(guestManageToken(this.ctx.config.sessionSecret, r.id))}`;
        mails.push(renderMail('eventEvaluation', r.user?.preferredLanguage ?? r.guestLanguage ?? Language.nb, r.user?.email ?? r.guestEmail!, { event: event.title, link }));
      }
    });
  }

  close(eventId: string): Promise<Event> {
    return this.organise(eventId, async (event) => {
      assertEvaluationMove(event.evaluationStatus, EvaluationStatus.CLOSED);
      event.evaluationStatus = EvaluationStatus.CLOSED;
    });
  }

  /** A participant's answers: a signed-in registrant, or a guest by the token of their link. Ratings are required. */
  async respond(eventId: string, given: EvaluationAnswerInput[], token?: string | null): Promise<boolean> {
    const registration = token ? await new RegistrationService(this.ctx).guestRegistration(token) : await this.viewerRegistration(eventId);
    if (registration.event.id !== eventId) throw UserInputError.field('token', 'registration/token_invalid');
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const event = await tx.findOneOrFail(Event, { id: eventId });
      const r = await tx.findOneOrFail(Registration, { id: registration.id }, { refresh: true });
      if (event.evaluationStatus !== EvaluationStatus.OPEN) throw new ConflictError('evaluation/not_open');
      if (!mayEvaluate(r)) throw new ForbiddenError('evaluation/not_participant');
      const answers = checkedEvaluationAnswers(event.evaluationQuestions, given);
      tx.create(EvaluationResponse, { event, registration: r, answers });
      try {
        await tx.flush();
      } catch (e) {
        if (e instanceof UniqueConstraintViolationException) throw new ConflictError('evaluation/already_answered');
        throw e;
      }
      // The organisers' results page follows; the payload says nothing about who answered.
      changes.push({ topic: eventTopic(event.id), type: 'evaluation.answered', payload: {} });
      return true;
    });
  }

  /** Whether the viewer (signed in) may answer now: OPEN, had a seat and came, not answered yet. */
  async viewerMayRespond(event: Pick<Event, 'id' | 'evaluationStatus'>): Promise<boolean> {
    if (event.evaluationStatus !== EvaluationStatus.OPEN || !this.viewer.signedIn) return false;
    const r = await new RegistrationService(this.ctx).viewerRegistration(event);
    return mayEvaluate(r) && !(await answered(this.ctx.em, r!.id));
  }

  /** Whether a guest (by their registration) may answer now. */
  async guestMayRespond(event: Pick<Event, 'evaluationStatus'>, r: Registration): Promise<boolean> {
    return event.evaluationStatus === EvaluationStatus.OPEN && mayEvaluate(r) && !(await answered(this.ctx.em, r.id));
  }

  /** The results without names (organisers; the caller checks). */
  async results(event: Pick<Event, 'id' | 'evaluationQuestions'>): Promise<EvaluationResults> {
    const rows = await this.ctx.em.find(EvaluationResponse, { event: event.id }, { orderBy: { createdAt: 'desc' } });
    const [{ asked }] = await this.ctx.em.execute<{ asked: number }[]>(`select count(*)::int as asked from registration where event_id = ? and status = ? and check_in <> ?`, [event.id, RegistrationStatus.CONFIRMED, CheckIn.NO_SHOW]);
    return {
      responses: rows.length,
      asked,
      questions: event.evaluationQuestions.map((question) => {
        const answers = rows.flatMap((r) => r.answers.filter((a) => a.questionId === question.id));
        const ratings = answers.flatMap((a) => (a.rating ? [a.rating] : []));
        const rating = question.kind === EvaluationQuestionKind.RATING;
        return {
          question,
          answered: answers.length,
          average: rating && ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null,
          distribution: rating ? [1, 2, 3, 4, 5].map((n) => ratings.filter((x) => x === n).length) : [],
          texts: rating ? [] : answers.flatMap((a) => (a.text ? [a.text] : [])),
        };
      }),
    };
  }

  private async viewerRegistration(eventId: string): Promise<Registration> {
    const userId = this.viewer.requireId();
    const r = isUuid(eventId) ? await this.ctx.em.findOne(Registration, { event: eventId, user: userId, status: { $ne: RegistrationStatus.CANCELLED } }) : null;
    if (!r) throw new ForbiddenError('evaluation/not_participant');
    return r;
  }

  /** Runs `work` on the locked event as one of its organisers, and tells the event's followers it changed. */
  private organise(eventId: string, work: (event: Event, tx: EntityManager, changes: Parameters<Parameters<typeof writeAndRecord>[1]>[1], mails: Parameters<Parameters<typeof writeAndRecord>[1]>[2]) => Promise<void>): Promise<Event> {
    this.viewer.requireId();
    return this.write(async (tx, changes, mails) => {
      const event = await this.managed(tx, eventId);
      await work(event, tx, changes, mails);
      changes.push(eventUpdated(event));
      return event;
    });
  }
}

async function answered(em: EntityManager, registrationId: string): Promise<boolean> {
  return (await em.count(EvaluationResponse, { registration: registrationId })) > 0;
}

function checkedEvaluationAnswers(questions: readonly EvaluationQuestionData[], given: readonly EvaluationAnswerInput[]): EvaluationAnswerData[] {
  for (const a of given) if (!questions.some((q) => q.id === a.questionId)) throw UserInputError.field(`answers.${a.questionId}`, 'evaluation/answer_invalid');
  return questions.flatMap((q): EvaluationAnswerData[] => {
    const a = given.find((x) => x.questionId === q.id);
    if (q.kind === EvaluationQuestionKind.RATING) {
      if (a?.rating == null) throw UserInputError.field(`answers.${q.id}`, 'evaluation/rating_required');
      if (!Number.isInteger(a.rating) || a.rating < 1 || a.rating > 5) throw UserInputError.field(`answers.${q.id}`, 'evaluation/answer_invalid');
      return [{ questionId: q.id, rating: a.rating }];
    }
    return a?.text?.trim() ? [{ questionId: q.id, text: a.text.trim() }] : [];
  });
}
