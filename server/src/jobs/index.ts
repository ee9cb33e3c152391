import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../common/logger.js';
import type { Mailer } from '../common/mail/mailer.js';
import { activityUpkeep } from '../modules/activities/activity.service.js';
import { deleteExpiredAnswers } from '../modules/events/questions.service.js';
import { expireUnconfirmedGuests } from '../modules/events/registration.service.js';
import { runEventJobs } from '../modules/events/reminders.js';
import { followUpUpkeep } from '../modules/grants/follow-up/reminders.js';
import { grantDeadlineReminders } from '../modules/grants/reminders.js';
import { sendDigests } from '../modules/notifications/notification.service.js';
import { settlementSurveyReminders } from '../modules/settlement/survey.service.js';
import { settlementMilestoneReminders } from '../modules/settlement/year.service.js';
import type { Orm } from '../orm.js';

/** What a job is given: the server's long-lived parts. Each run gets its own EntityManager fork. */
export interface JobServices {
  orm: Orm;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  /** SESSION_SECRET: keys the links a job mails (a guest's manage link in a reminder). */
  sessionSecret: string;
}

export interface Job {
  /** For the log: "<name> failed". */
  name: string;
  everyMs: number;
  run(services: JobServices, em: EntityManager): Promise<unknown>;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Every job the server runs on a timer, in every server process (WEB_CONCURRENCY): each job locks or updates
 * the rows it works on, so two processes never do the same work twice. A failed run is logged and the next
 * one tries again.
 */
export const JOBS = [
  /** The hourly e-mail digest of unread notifications, for those who chose it; checked often so it goes out on time. */
  { name: 'notification digest', everyMs: 5 * MINUTE, run: (s, em) => sendDigests({ em, mailer: s.mailer, logger: s.logger, publicUrl: s.publicUrl }) },
  /** Activities: next dates refreshed, freshness reminders, unanswered volunteer offers. */
  { name: 'activity upkeep', everyMs: HOUR, run: (s, em) => activityUpkeep({ em, mailer: s.mailer, logger: s.logger, publicUrl: s.publicUrl }) },
  /** A notice to applicants a week and a day before a grant round closes. */
  { name: 'grant reminders', everyMs: HOUR, run: (_s, em) => grantDeadlineReminders(em) },
  /** Grant follow-up: awards to answer (7 and 1 days before; lapsed after), reports due in 60, 14 and 1 days and overdue. */
  { name: 'grant follow-up', everyMs: HOUR, run: (s, em) => followUpUpkeep({ em, mailer: s.mailer, logger: s.logger, publicUrl: s.publicUrl }) },
  /** Guest registrations never confirmed by e-mail give their place back. */
  { name: 'expiring guest registrations', everyMs: HOUR, run: (_s, em) => expireUnconfirmedGuests(em) },
  /** Answers to events' registration questions, 90 days after the event. */
  { name: 'deleting old registration answers', everyMs: HOUR, run: (_s, em) => deleteExpiredAnswers(em) },
  /** Event reminders (a day, and for online participants an hour, before) and reserved seats to release: EVENT_JOBS_SECONDS. */
  { name: 'event reminders and seat release', everyMs: 5 * MINUTE, run: (s, em) => runEventJobs(em, s) },
  /** Municipalities that have not answered the settlement survey, a week and a day before its deadline (inbox and e-mail). */
  { name: 'settlement survey reminders', everyMs: HOUR, run: (s, em) => settlementSurveyReminders({ em, mailer: s.mailer, logger: s.logger, publicUrl: s.publicUrl }) },
  /** The participating organisations of a dated milestone of the annual wheel, a week and a day before it (inbox and e-mail). */
  { name: 'settlement milestone reminders', everyMs: HOUR, run: (s, em) => settlementMilestoneReminders({ em, mailer: s.mailer, logger: s.logger, publicUrl: s.publicUrl }) },
] as const satisfies readonly Job[];

export type JobName = (typeof JOBS)[number]['name'];

/** Starts every job's timer (`everyMs`, or the interval given for it); `stop` clears them. Timers keep no process alive. */
export function startJobs(services: JobServices, intervals: Partial<Record<JobName, number>> = {}, jobs: readonly Job[] = JOBS): { stop(): void } {
  const timers = jobs.map((job) => {
    const timer = setInterval(() => {
      job.run(services, services.orm.em.fork() as EntityManager).catch((err) => services.logger.error({ err }, `${job.name} failed`));
    }, intervals[job.name as JobName] ?? job.everyMs);
    timer.unref();
    return timer;
  });
  return { stop: () => timers.forEach(clearInterval) };
}
