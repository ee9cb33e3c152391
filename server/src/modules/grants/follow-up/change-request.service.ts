import { LockMode } from '@mikro-orm/core';
import { audit } from '../../../common/audit.js';
import { ConflictError, NotFoundError, UserInputError } from '../../../common/errors.js';
import { osloLocalToInstant } from '../../../common/time.js';
import { User } from '../../accounts/user.entity.js';
import { isUuid } from '../../../common/sql.js';
import { roundChange } from '../grant.changes.js';
import { FollowUpAccess } from './follow-up.access.js';
import { AwardState, ChangeRequestKind, ChangeRequestState, GrantAward, GrantChangeRequest, GrantReport } from './follow-up.entity.js';
import { moveChangeRequest, type ChangeRequestMove } from './change-request.states.js';
import { reportExtendable } from './report.states.js';

/** How far out an extension may reach: two years past the current due date. */
const MAX_EXTENSION_MS = 2 * 366 * 86_400_000;

/** Changes to an accepted award: the organisation asks (a later due date for a report, or another use), county staff decide. */
export class GrantChangeRequestService extends FollowUpAccess {
  async create(awardId: string, kind: ChangeRequestKind, message: string, reportId?: string | null, requestedDueAt?: string | null): Promise<GrantChangeRequest> {
    if (!message.trim() || message.length > 5000) throw UserInputError.field('message', 'grant/message_length');
    return this.write(async (tx, changes) => {
      const award = await this.award(awardId, tx);
      this.requireApplicant(award);
      await tx.lock(award, LockMode.PESSIMISTIC_WRITE);
      if (award.state !== AwardState.ACCEPTED) throw new ConflictError('grant/award_not_accepted');
      // One at a time: staff answer it before the next.
      if (await tx.count(GrantChangeRequest, { award, state: ChangeRequestState.PENDING })) throw new ConflictError('grant/change_request_pending');
      let report: GrantReport | null = null;
      let dueAt: Date | null = null;
      if (kind === ChangeRequestKind.DEADLINE_EXTENSION) {
        report = reportId && isUuid(reportId) ? await tx.findOne(GrantReport, { id: reportId, award }) : null;
        if (!report) throw UserInputError.field('reportId', 'grant/report_required');
        if (!reportExtendable(report)) throw new ConflictError('grant/report_not_extendable');
        if (!requestedDueAt) throw UserInputError.field('requestedDueAt', 'grant/due_date_required');
        dueAt = osloLocalToInstant('requestedDueAt', requestedDueAt);
        if (dueAt <= report.dueAt || dueAt.getTime() - report.dueAt.getTime() > MAX_EXTENSION_MS) throw UserInputError.field('requestedDueAt', 'grant/extension_invalid');
      }
      const request = tx.create(GrantChangeRequest, { award, kind, report, requestedDueAt: dueAt, message: message.trim(), state: ChangeRequestState.PENDING, createdBy: tx.getReference(User, this.viewer.requireId()) });
      audit(tx, { entityType: 'grant_change_request', entityId: request.id, action: 'change_requested', actor: this.actor(), details: { awardId: award.id, kind, ...(report ? { reportId: report.id, requestedDueAt: dueAt!.toISOString() } : {}) } });
      changes.push(roundChange(award.round, 'change.requested', award.application.id));
      return request;
    });
  }

  /** PENDING → APPROVED or DENIED with a reason; an approved extension moves the report's due date (and its reminders start over). */
  async decide(id: string, move: ChangeRequestMove, reason: string): Promise<GrantChangeRequest> {
    if (!reason.trim() || reason.length > 5000) throw UserInputError.field('reason', 'grant/reason_required');
    return this.write(async (tx, changes) => {
      const request = isUuid(id) ? await tx.findOne(GrantChangeRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!request) throw new NotFoundError('grant_change_request');
      const award = await this.award(request.award.id, tx);
      await this.requireFollowUpStaff(award.application.id, tx);
      const extension = move === 'approve' && request.kind === ChangeRequestKind.DEADLINE_EXTENSION ? await tx.findOneOrFail(GrantReport, { id: request.report!.id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (extension && !reportExtendable(extension)) throw new ConflictError('grant/report_not_extendable');
      moveChangeRequest(tx, request, move, this.actor(), { details: { awardId: award.id, reason: reason.trim(), ...(extension ? { reportId: extension.id, from: extension.dueAt.toISOString(), to: request.requestedDueAt!.toISOString() } : {}) } });
      request.decisionReason = reason.trim();
      request.decidedAt = new Date();
      if (extension) {
        extension.dueAt = request.requestedDueAt!;
        extension.reminded60At = extension.reminded14At = extension.reminded1At = extension.remindedOverdueAt = null;
      }
      changes.push(roundChange(award.round, 'change.decided', award.application.id));
      return request;
    });
  }

  requestsOf(award: GrantAward): Promise<GrantChangeRequest[]> {
    return this.ctx.em.find(GrantChangeRequest, { award }, { orderBy: { createdAt: 'asc' } });
  }
}
