import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { audit } from '../../../common/audit.js';
import { AppError, ConflictError, NotFoundError, UserInputError } from '../../../common/errors.js';
import { renderMail } from '../../../common/mail/templates.js';
import { User } from '../../accounts/user.entity.js';
import { NotificationType } from '../../notifications/notification.entity.js';
import { notify } from '../../notifications/notification.service.js';
import { Membership } from '../../organisations/membership.entity.js';
import { isUuid } from '../../../common/sql.js';
import { municipalitiesByNumber } from '../../reference/reference.service.js';
import { roundChange } from '../grant.changes.js';
import { GrantApplication } from '../grant.entity.js';
import { FollowUpAccess } from './follow-up.access.js';
import { GrantAward, GrantReport, GrantReportAttachment } from './follow-up.entity.js';
import type { GrantReportInput } from './follow-up.inputs.js';
import { cancelPayments, requestPayments, triggerOfReport } from './payments.js';
import { moveReport, reportEditable, reportSendInMove, type ReportMove } from './report.states.js';

/** Receipts, accounts and a few photos; not a file store. */
export const MAX_REPORT_ATTACHMENTS = 20;

const REVIEWED = { approve: 'report.approved', requestChanges: 'report.changes_requested', reject: 'report.rejected' } as const;

/** What keeps a report from being sent in, as keys the client translates. */
export type ReportMissing = 'goals' | 'results' | 'accounts' | 'totalSpent' | 'totalMismatch' | 'grantUsed';

/** Reports on awards: the organisation writes (autosave with a version check) and sends in; county staff review. */
export class GrantReportService extends FollowUpAccess {
  /** The report, locked and read again, if the viewer's organisation may change it now. */
  private async editable(id: string, tx: EntityManager): Promise<{ report: GrantReport; award: GrantAward }> {
    const report = await this.report(id, tx);
    await tx.lock(report, LockMode.PESSIMISTIC_WRITE);
    await tx.refresh(report);
    const award = await tx.findOneOrFail(GrantAward, { id: report.award.id });
    this.requireApplicant(award);
    if (!reportEditable(report)) throw new ConflictError('grant/report_not_editable');
    return { report, award };
  }

  /** Autosave: a save against an old version is refused with CONFLICT and the current version, nothing lost. */
  async save(id: string, expectedVersion: number, input: GrantReportInput): Promise<GrantReport> {
    return this.write(async (tx) => {
      const { report, award } = await this.editable(id, tx);
      if (report.version !== expectedVersion) throw new ConflictError('grant/version_conflict', { currentVersion: report.version });
      const app = await tx.findOneOrFail(GrantApplication, { id: award.application.id });
      if (input.goals != null) report.goals = input.goals;
      if (input.activitiesHeld != null) report.activitiesHeld = input.activitiesHeld;
      if (input.results != null) {
        await municipalitiesByNumber(tx, input.results.map((r) => r.municipalityNumber), 'results');
        // Checked here as well as on the input type: nested inputs are not validated by the schema.
        if (input.results.some((r) => !Number.isInteger(r.participants) || r.participants < 0 || r.participants > 1_000_000)) throw UserInputError.field('results', 'grant/participants_invalid');
        const pairs = new Set(input.results.map((r) => `${r.municipalityNumber}/${r.targetGroup}`));
        if (pairs.size !== input.results.length) throw UserInputError.field('results', 'grant/result_duplicate');
        report.results = input.results.map((r) => ({ municipalityNumber: r.municipalityNumber, targetGroup: r.targetGroup, participants: r.participants }));
      }
      if (input.accounts != null) {
        const actuals = app.budgetLines.map((_, i) => report.actuals[i] ?? null);
        for (const a of input.accounts) {
          if (!Number.isInteger(a.line) || a.line < 0 || a.line >= app.budgetLines.length) throw UserInputError.field('accounts', 'grant/account_line_unknown');
          if (a.actual != null && (a.actual < 0 || a.actual > 100_000_000)) throw UserInputError.field('accounts', 'grant/amount_invalid');
          actuals[a.line] = a.actual ?? null;
        }
        report.actuals = actuals;
      }
      if (input.totalSpent !== undefined) report.totalSpent = input.totalSpent;
      if (input.grantUsed !== undefined) {
        if (input.grantUsed != null && input.grantUsed > award.amount) throw UserInputError.field('grantUsed', 'grant/grant_used_over_award');
        report.grantUsed = input.grantUsed;
      }
      report.version += 1;
      report.updatedAt = new Date();
      return report;
    });
  }

  /** What keeps the report from being sent in (empty: it can be). The totals are checked here. */
  async missing(report: GrantReport, em: EntityManager = this.ctx.em): Promise<ReportMissing[]> {
    const award = await em.findOneOrFail(GrantAward, { id: report.award.id });
    const app = await em.findOneOrFail(GrantApplication, { id: award.application.id });
    const missing: ReportMissing[] = [];
    if (!report.goals.trim()) missing.push('goals');
    if (!report.results.length) missing.push('results');
    const actuals = app.budgetLines.map((_, i) => report.actuals[i]);
    if (actuals.some((a) => a == null)) missing.push('accounts');
    if (report.totalSpent == null) missing.push('totalSpent');
    else if (!missing.includes('accounts') && actuals.reduce<number>((s, a) => s + (a ?? 0), 0) !== report.totalSpent) missing.push('totalMismatch');
    if (report.grantUsed == null) missing.push('grantUsed');
    return missing;
  }

  /** Sends it in (again): complete, with accounts that add up. Late is allowed; the dashboard shows it was. */
  async submit(id: string): Promise<GrantReport> {
    return this.write(async (tx, changes) => {
      const { report, award } = await this.editable(id, tx);
      const missing = await this.missing(report, tx);
      if (missing.length) throw new AppError('BAD_USER_INPUT', 'grant/report_incomplete', { missing, fields: missing.map((m) => ({ field: m, message: `grant/report_missing_${m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}` })) });
      const now = new Date();
      const move = reportSendInMove(report);
      moveReport(tx, report, move, this.actor(), { details: { awardId: award.id, late: now > report.dueAt } });
      report.submittedAt = now;
      changes.push(roundChange(award.round, 'report.submitted', award.application.id));
      return report;
    });
  }

  /** County staff's review: approve (its payments become due), ask for changes (with a message), or reject. */
  async review(id: string, move: Extract<ReportMove, 'approve' | 'requestChanges' | 'reject'>, message: string | null): Promise<GrantReport> {
    const text = message?.trim() ?? '';
    if (move !== 'approve' && !text) throw UserInputError.field('message', 'grant/message_length');
    if (text.length > 5000) throw UserInputError.field('message', 'grant/message_length');
    return this.write(async (tx, changes, mails) => {
      const report = await this.report(id, tx);
      await tx.lock(report, LockMode.PESSIMISTIC_WRITE);
      await tx.refresh(report);
      const award = await tx.findOneOrFail(GrantAward, { id: report.award.id });
      await this.requireFollowUpStaff(award.application.id, tx);
      const app = await tx.findOneOrFail(GrantApplication, { id: award.application.id });
      moveReport(tx, report, move, this.actor(), { details: { awardId: award.id, ...(text ? { message: text } : {}) } });
      report.reviewMessage = text || null;
      report.reviewedAt = new Date();
      if (move === 'approve') await requestPayments(tx, award, triggerOfReport(report.kind), this.actor());
      if (move === 'reject') await cancelPayments(tx, award, this.actor(), triggerOfReport(report.kind));
      if (move === 'requestChanges') {
        const members = await tx.find(Membership, { organisation: award.organisation.id }, { populate: ['user'] });
        changes.push(...(await notify(tx, members.map((m) => m.user.id), NotificationType.GRANT_REPORT_CHANGES, { title: app.title, applicationId: app.id, excerpt: text.slice(0, 140) })));
        // By e-mail too, whatever the inbox preference: the organisation has to act.
        const link = `${this.ctx.config.publicUrl}/tilskudd/rapporter/${report.id}`;
        for (const m of members) mails.push(renderMail('grantReportChanges', m.user.preferredLanguage, m.user.email, { application: app.title, body: text, link }));
      }
      changes.push(roundChange(award.round, REVIEWED[move], app.id));
      return report;
    });
  }

  reportsOf(award: GrantAward): Promise<GrantReport[]> {
    return this.ctx.em.find(GrantReport, { award }, { orderBy: { dueAt: 'asc' } });
  }

  // ── Attachments (the organisation, while the report can be edited) ─────────────────────────────────

  /** The report, if the viewer's organisation may add or remove its attachments now. */
  async attachable(id: string, em: EntityManager = this.ctx.em): Promise<GrantReport> {
    const report = await this.report(id, em);
    this.requireApplicant(await em.findOneOrFail(GrantAward, { id: report.award.id }));
    if (!reportEditable(report)) throw new ConflictError('grant/report_not_editable');
    return report;
  }

  /** Records an uploaded attachment; `store` writes the file inside the transaction, so a failed write leaves no row. */
  async attach(id: string, file: Omit<GrantReportAttachment, 'id' | 'report' | 'createdAt' | 'uploadedBy'>, store: (attachmentId: string) => Promise<void>): Promise<GrantReportAttachment> {
    return this.write(async (tx) => {
      const report = await this.attachable(id, tx);
      await tx.lock(report, LockMode.PESSIMISTIC_WRITE);
      if ((await tx.count(GrantReportAttachment, { report })) >= MAX_REPORT_ATTACHMENTS) throw new ConflictError('grant/too_many_attachments', { max: MAX_REPORT_ATTACHMENTS });
      const attachment = tx.create(GrantReportAttachment, { ...file, report, uploadedBy: tx.getReference(User, this.viewer.requireId()) });
      await store(attachment.id);
      audit(tx, { entityType: 'grant_report', entityId: report.id, action: 'attachment_added', actor: this.actor(), details: { awardId: report.award.id, filename: file.filename } });
      return attachment;
    });
  }

  /** Removes an attachment; returns its report. The caller removes the file after the commit. */
  async detach(attachmentId: string): Promise<GrantReport> {
    return this.write(async (tx) => {
      const attachment = isUuid(attachmentId) ? await tx.findOne(GrantReportAttachment, { id: attachmentId }) : null;
      if (!attachment) throw new NotFoundError('grant_attachment');
      const report = await this.attachable(attachment.report.id, tx);
      tx.remove(attachment);
      audit(tx, { entityType: 'grant_report', entityId: report.id, action: 'attachment_removed', actor: this.actor(), details: { awardId: report.award.id, filename: attachment.filename } });
      return report;
    });
  }

  attachments(report: GrantReport): Promise<GrantReportAttachment[]> {
    return this.ctx.em.find(GrantReportAttachment, { report }, { orderBy: { createdAt: 'asc' } });
  }
}
