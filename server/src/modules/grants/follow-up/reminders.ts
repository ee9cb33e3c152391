import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { NewChange } from '../../../common/change-feed/topics.js';
import { recordChanges } from '../../../common/change-feed/write.js';
import type { Logger } from '../../../common/logger.js';
import type { Mailer, MailMessage } from '../../../common/mail/mailer.js';
import { renderMail } from '../../../common/mail/templates.js';
import { osloReadable } from '../../../common/time.js';
import { NotificationType } from '../../notifications/notification.entity.js';
import { notify } from '../../notifications/notification.service.js';
import { Membership } from '../../organisations/membership.entity.js';
import { roundChange } from '../grant.changes.js';
import { GrantApplication } from '../grant.entity.js';
import { awardMay, moveAward } from './award.states.js';
import { AwardState, GrantAward, GrantReport, ReportKind, ReportState } from './follow-up.entity.js';
import { cancelPayments } from './payments.js';
import { reportOverdue } from './report.states.js';

const DAY = 86_400_000;

/** Before a report's due date: 60, 14 and 1 days (each once), then once when it is overdue. */
export const REPORT_REMINDER_DAYS = [60, 14, 1] as const;
/** Before the acceptance deadline: 7 and 1 days. */
export const ACCEPTANCE_REMINDER_DAYS = [7, 1] as const;

type Stamp = 'reminded60At' | 'reminded14At' | 'reminded1At';

/** Which reminder a report is due for now: the nearest threshold it has passed and not been reminded of; null for none. */
export function reportReminderDue(report: Pick<GrantReport, 'state' | 'dueAt' | 'reminded60At' | 'reminded14At' | 'reminded1At' | 'remindedOverdueAt'>, now: Date): { days: number; stamp: Stamp } | 'overdue' | null {
  if (report.state !== ReportState.DRAFT) return null;
  if (reportOverdue(report, now)) return report.remindedOverdueAt ? null : 'overdue';
  const left = report.dueAt.getTime() - now.getTime();
  const days = [...REPORT_REMINDER_DAYS].reverse().find((d) => left <= d * DAY);
  if (!days) return null;
  const stamp = `reminded${days}At` as Stamp;
  return report[stamp] ? null : { days, stamp };
}

interface Upkeep {
  em: EntityManager;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  now?: Date;
}

/**
 * The hourly follow-up job, run by every process (row locks keep two from doing the same thing): reminds
 * organisations of awards to answer and reports due, lapses awards past their deadline, and marks reports that
 * have become overdue on their round's live dashboard. Reminders go to every member of the organisation, in the
 * inbox and by e-mail (through the outbox), each in their own language.
 */
export async function followUpUpkeep(opts: Upkeep): Promise<{ acceptanceReminded: number; lapsed: number; reportReminded: number; overdue: number }> {
  const now = opts.now ?? new Date();
  const counts = { acceptanceReminded: 0, lapsed: 0, reportReminded: 0, overdue: 0 };
  const soon = new Date(now.getTime() + ACCEPTANCE_REMINDER_DAYS[0] * DAY);
  const offered = await opts.em.find(GrantAward, { state: AwardState.OFFERED, acceptDeadline: { $lte: soon } }, { fields: ['id'] });
  for (const { id } of offered) {
    await inTransaction(opts, async (tx, changes, mails) => {
      const award = await tx.findOne(GrantAward, { id, state: AwardState.OFFERED }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!award) return;
      const app = await tx.findOneOrFail(GrantApplication, { id: award.application.id });
      if (awardMay(award, 'lapse', now)) {
        moveAward(tx, award, 'lapse', null, { allowed: true, details: { amount: award.amount } });
        award.answeredAt = now;
        await cancelPayments(tx, award, null);
        changes.push(roundChange(award.round, 'award.lapsed', app.id));
        counts.lapsed++;
        return;
      }
      const left = award.acceptDeadline.getTime() - now.getTime();
      const stamp = left <= DAY ? (award.reminded1At ? null : 'reminded1At') : award.reminded7At ? null : 'reminded7At';
      if (!stamp) return;
      award[stamp] = now;
      const members = await tx.find(Membership, { organisation: award.organisation.id }, { populate: ['user'] });
      changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_ACCEPTANCE_DUE, { title: app.title, applicationId: app.id, startsAt: award.acceptDeadline.toISOString() })));
      const link = `${opts.publicUrl}/tilskudd/soknader/${app.id}/oppfolging`;
      for (const m of members) mails.push(renderMail('grantAcceptanceDue', m.user.preferredLanguage, m.user.email, { application: app.title, deadline: osloReadable(award.acceptDeadline), link }));
      counts.acceptanceReminded++;
    });
  }

  const horizon = new Date(now.getTime() + REPORT_REMINDER_DAYS[0] * DAY);
  const due = await opts.em.find(GrantReport, { state: ReportState.DRAFT, dueAt: { $lte: horizon } }, { fields: ['id'] });
  for (const { id } of due) {
    await inTransaction(opts, async (tx, changes, mails) => {
      const report = await tx.findOne(GrantReport, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const which = report && reportReminderDue(report, now);
      if (!report || !which) return;
      const award = await tx.findOneOrFail(GrantAward, { id: report.award.id });
      const app = await tx.findOneOrFail(GrantApplication, { id: award.application.id });
      const members = await tx.find(Membership, { organisation: award.organisation.id }, { populate: ['user'] });
      const link = `${opts.publicUrl}/tilskudd/rapporter/${report.id}`;
      const final = report.kind === ReportKind.FINAL;
      const data = { title: app.title, applicationId: app.id, startsAt: report.dueAt.toISOString() };
      if (which === 'overdue') {
        report.remindedOverdueAt = now;
        changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_REPORT_OVERDUE, data)));
        for (const m of members) mails.push(renderMail('grantReportOverdue', m.user.preferredLanguage, m.user.email, { application: app.title, final, due: osloReadable(report.dueAt), link }));
        // The round's dashboard lists overdue reports: it hears of this one now.
        changes.push(roundChange(award.round, 'report.overdue', app.id));
        counts.overdue++;
      } else {
        report[which.stamp] = now;
        changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_REPORT_DUE, data)));
        for (const m of members) mails.push(renderMail('grantReportDue', m.user.preferredLanguage, m.user.email, { application: app.title, final, due: osloReadable(report.dueAt), days: which.days, link }));
        counts.reportReminded++;
      }
    });
  }
  return counts;
}

/** One award or report: its stamp, inbox items, mails (queued in the outbox in the same transaction, so a reminder is
 * stamped if and only if its mails are queued) and change events commit together. */
async function inTransaction(opts: Upkeep, work: (tx: EntityManager, changes: NewChange[], mails: MailMessage[]) => Promise<void>): Promise<void> {
  await opts.em.transactional(async (txEm) => {
    const tx = txEm as EntityManager;
    const changes: NewChange[] = [];
    const mails: MailMessage[] = [];
    await work(tx, changes, mails);
    await tx.flush();
    for (const m of mails) await opts.mailer.send(m, tx);
    await recordChanges(tx, changes);
  });
}
