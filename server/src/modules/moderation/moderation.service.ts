import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { audit, AuditEntry } from '../../common/audit.js';
import { authorize } from '../../common/auth/policies.js';
import { frontPageChange, groupTopic, MODERATION_TOPIC, type NewChange } from '../../common/change-feed/topics.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { AppError, ConflictError, UserInputError } from '../../common/errors.js';
import { consumeOrThrow, perDatabase, pgLimiter } from '../../common/rate-limiter.js';
import { isUuid } from '../../common/sql.js';
import { applyMove, statesAllowing } from '../../common/transitions.js';
import type { Context } from '../../context.js';
import { Session } from '../accounts/session.entity.js';
import { PlatformRole, User } from '../accounts/user.entity.js';
import { ActivityService } from '../activities/activity.service.js';
import { EventService } from '../events/event.service.js';
import { mayReadGroupNow } from '../groups/group-access.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify, requoteMessage } from '../notifications/notification.service.js';
import { messageExcerpt } from '../groups/message-statement.js';
import { ResourceService } from '../resources/resource.service.js';
import { CONTENT_TABLES, contentFacts, type ContentFacts } from './content.js';
import { mayModerate } from './hidden.js';
import { canModeration, MODERATION_LIMITS } from './moderation.policy.js';
import { ContentType, Report, ReportState } from './report.entity.js';
import { REPORT_TRANSITIONS } from './report.states.js';

const reportLimiter = perDatabase((store) => pgLimiter(store, 'moderation_report', MODERATION_LIMITS.reportsPerHour, 3600));

/** The entity types whose audit entries make the admin audit log (the grant and settlement logs have their own readers). */
export const ADMIN_AUDIT_TYPES = ['user', 'organisation', 'group', 'message', 'resource', 'activity', 'event', 'moderation_report'] as const;

const AUDIT_TYPE: Record<ContentType, (typeof ADMIN_AUDIT_TYPES)[number]> = {
  [ContentType.MESSAGE]: 'message',
  [ContentType.RESOURCE]: 'resource',
  [ContentType.ACTIVITY]: 'activity',
  [ContentType.EVENT]: 'event',
};

export interface AuditFilter {
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

function reasonOf(reason: string, max: number): string {
  const r = reason.trim();
  if (r.length < 3) throw UserInputError.field('reason', 'moderation/reason_required');
  if (r.length > max) throw UserInputError.field('reason', 'moderation/reason_length');
  return r;
}

/** Reports, the moderation queue, hiding content, and warning and suspending accounts. */
export class ModerationService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  private actor() {
    const u = this.viewer.user as User | null;
    return u ? { id: u.id, name: u.name } : null;
  }

  /** The content, if it exists and the viewer may see it (the module's own rule); else NOT_FOUND. */
  async readable(type: ContentType, id: string): Promise<ContentFacts> {
    const facts = (await contentFacts(this.ctx.em, type, [id])).get(id);
    if (!facts || facts.deleted) throw new AppError('NOT_FOUND', 'moderation/content_not_found');
    if (type === ContentType.MESSAGE) {
      if (!(await mayReadGroupNow(this.ctx.em, this.viewer, facts.groupId!))) throw new AppError('NOT_FOUND', 'moderation/content_not_found');
    } else if (type === ContentType.RESOURCE) await new ResourceService(this.ctx).get(id);
    else if (type === ContentType.ACTIVITY) await new ActivityService(this.ctx).get(id);
    else await new EventService(this.ctx).get(id);
    return facts;
  }

  async report(type: ContentType, contentId: string, reason: string): Promise<Report> {
    const user = this.viewer.requireUser();
    const text = reasonOf(reason, MODERATION_LIMITS.reasonMaxChars);
    const content = await this.readable(type, contentId);
    authorize(this.viewer, canModeration.report(this.viewer, content), 'moderation/own_content');
    if (content.hiddenAt) throw new ConflictError('moderation/already_hidden');
    await consumeOrThrow(reportLimiter(this.ctx.em), user.id, 'moderation/report_too_often');
    try {
      return await writeAndRecord(this.ctx, async (tx, changes) => {
        if (await tx.count(Report, { reporter: user.id, contentId, state: ReportState.OPEN })) throw new ConflictError('moderation/already_reported');
        const report = tx.create(Report, { contentType: type, contentId, groupId: content.groupId, reporter: tx.getReference(User, user.id), reason: text });
        changes.push({ topic: MODERATION_TOPIC, type: 'moderation.report_opened', payload: { reportId: report.id, contentId, groupId: content.groupId } });
        return report;
      });
    } catch (e) {
      // Two reports at once: the partial unique index keeps one.
      if (e instanceof UniqueConstraintViolationException) throw new ConflictError('moderation/already_reported');
      throw e;
    }
  }

  /** The groups whose queue the viewer sees in person (owner or moderator). */
  async moderatedGroupIds(em: EntityManager = this.ctx.em, userId = this.viewer.id): Promise<string[]> {
    if (!userId) return [];
    const rows = await em.execute<{ group_id: string }[]>(`select group_id from group_member where user_id = ? and status = 'ACTIVE' and role in ('OWNER', 'MODERATOR')`, [userId]);
    return rows.map((r) => r.group_id);
  }

  /** The reports the viewer moderates (county staff: all): the open ones oldest first, or the closed ones latest first. */
  async queue(first: number, closed = false): Promise<Report[]> {
    const groups = await this.moderatedGroupIds();
    authorize(this.viewer, canModeration.queue(this.viewer, groups.length > 0));
    const state = closed ? { $ne: ReportState.OPEN } : ReportState.OPEN;
    const where = this.viewer.isStaff ? { state } : { state, groupId: { $in: groups } };
    return this.ctx.em.find(Report, where, { orderBy: closed ? { closedAt: 'desc', id: 'asc' } : { createdAt: 'asc', id: 'asc' }, limit: first });
  }

  /** A moderator finds nothing wrong: the report leaves the queue. */
  async dismiss(reportId: string): Promise<Report> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const report = isUuid(reportId) ? await tx.findOne(Report, { id: reportId }) : null;
      if (!report) throw new AppError('NOT_FOUND', 'moderation/report_not_found');
      const content = (await contentFacts(tx, report.contentType, [report.contentId])).get(report.contentId);
      authorize(this.viewer, await mayModerate(this.ctx, { groupId: report.groupId ?? null, authorId: content?.authorId ?? null }));
      const step = applyMove(REPORT_TRANSITIONS, report, 'dismiss', () => new ConflictError('moderation/report_closed'));
      report.closedAt = new Date();
      report.closedBy = tx.getReference(User, this.viewer.id!);
      tx.persist(audit(tx, { entityType: 'moderation_report', entityId: report.id, action: `state:${step.from}→${step.to}`, actor: this.actor(), details: { contentType: report.contentType, contentId: report.contentId } }));
      changes.push({ topic: MODERATION_TOPIC, type: 'moderation.report_closed', payload: { reportId: report.id, contentId: report.contentId, groupId: report.groupId ?? null } });
      return report;
    });
  }

  /** Hides the content with a reason shown in its place, and resolves its open reports. */
  async hide(type: ContentType, contentId: string, reason: string): Promise<ContentFacts> {
    const text = reasonOf(reason, MODERATION_LIMITS.hideReasonMaxChars);
    return this.setHidden(type, contentId, text);
  }

  async unhide(type: ContentType, contentId: string): Promise<ContentFacts> {
    return this.setHidden(type, contentId, null);
  }

  private async setHidden(type: ContentType, contentId: string, reason: string | null): Promise<ContentFacts> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const content = (await contentFacts(tx, type, [contentId])).get(contentId);
      if (!content || content.deleted) throw new AppError('NOT_FOUND', 'moderation/content_not_found');
      authorize(this.viewer, await mayModerate(this.ctx, content));
      if (!!content.hiddenAt === !!reason) throw new ConflictError(reason ? 'moderation/already_hidden' : 'moderation/not_hidden');
      const now = new Date();
      await tx.execute(`update ${CONTENT_TABLES[type].table} set hidden_at = ?, hidden_reason = ? where id = ?`, [reason ? now : null, reason, contentId]);
      if (type === ContentType.MESSAGE) {
        const [message] = reason ? [] : await tx.execute<{ body: string }[]>('select body from message where id = ?', [contentId]);
        await requoteMessage(tx, contentId, message ? messageExcerpt(message.body) : null);
      }
      tx.persist(audit(tx, { entityType: AUDIT_TYPE[type], entityId: contentId, action: reason ? 'content_hidden' : 'content_unhidden', actor: this.actor(), details: reason ? { reason } : {} }));
      if (reason) {
        const open = await tx.find(Report, { contentId, state: { $in: statesAllowing(REPORT_TRANSITIONS, 'resolve') } });
        for (const r of open) {
          applyMove(REPORT_TRANSITIONS, r, 'resolve', () => new ConflictError('moderation/report_closed'));
          r.closedAt = now;
          r.closedBy = tx.getReference(User, this.viewer.id!);
          changes.push({ topic: MODERATION_TOPIC, type: 'moderation.report_closed', payload: { reportId: r.id, contentId, groupId: r.groupId ?? null } });
        }
      }
      changes.push({ topic: MODERATION_TOPIC, type: reason ? 'moderation.content_hidden' : 'moderation.content_unhidden', payload: { contentId, groupId: content.groupId } });
      changes.push(...contentChanges(content));
      return { ...content, hiddenAt: reason ? now : null, hiddenReason: reason };
    });
  }

  /** Warns an account (county staff): the user is told the reason in their inbox, and the admin audit log records it. */
  async warn(userId: string, reason: string): Promise<User> {
    authorize(this.viewer, canModeration.accounts(this.viewer));
    const text = reasonOf(reason, MODERATION_LIMITS.hideReasonMaxChars);
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const user = await this.account(tx, userId);
      tx.persist(audit(tx, { entityType: 'user', entityId: user.id, action: 'user_warned', actor: this.actor(), details: { reason: text } }));
      changes.push(...(await notify(tx, [user.id], NotificationType.MODERATION_WARNING, { excerpt: text })));
      return user;
    });
  }

  /**
   * Suspends an account (county staff; an admin's only by an admin; not one's own): it cannot sign in, and its
   * sessions are deleted, which ends its open sockets and subscriptions (the `session_ended` trigger, SessionSockets).
   */
  async suspend(userId: string, reason: string): Promise<User> {
    authorize(this.viewer, canModeration.accounts(this.viewer));
    const text = reasonOf(reason, MODERATION_LIMITS.hideReasonMaxChars);
    return writeAndRecord(this.ctx, async (tx) => {
      const user = await this.account(tx, userId);
      if (user.id === this.viewer.id) throw new ConflictError('moderation/suspend_self');
      authorize(this.viewer, user.platformRole !== PlatformRole.ADMIN || this.viewer.isAdmin);
      if (user.suspendedAt) throw new ConflictError('moderation/already_suspended');
      user.suspendedAt = new Date();
      user.suspensionReason = text;
      await tx.flush();
      await tx.nativeDelete(Session, { user: user.id });
      tx.persist(audit(tx, { entityType: 'user', entityId: user.id, action: 'user_suspended', actor: this.actor(), details: { reason: text } }));
      return user;
    });
  }

  async unsuspend(userId: string): Promise<User> {
    authorize(this.viewer, canModeration.accounts(this.viewer));
    return writeAndRecord(this.ctx, async (tx) => {
      const user = await this.account(tx, userId);
      if (!user.suspendedAt) throw new ConflictError('moderation/not_suspended');
      user.suspendedAt = null;
      user.suspensionReason = null;
      tx.persist(audit(tx, { entityType: 'user', entityId: user.id, action: 'user_unsuspended', actor: this.actor() }));
      return user;
    });
  }

  private async account(tx: EntityManager, userId: string): Promise<User> {
    const user = isUuid(userId) ? await tx.findOne(User, { id: userId }) : null;
    if (!user) throw UserInputError.field('userId', 'user/not_found');
    return user;
  }

  /** The admin audit log, newest first, filtered by actor, action (a prefix: `user_` finds warnings and suspensions) and time (county staff). */
  async auditLog(filter: AuditFilter, first: number): Promise<AuditEntry[]> {
    authorize(this.viewer, canModeration.auditLog(this.viewer));
    if (filter.actorId && !isUuid(filter.actorId)) throw UserInputError.field('actorId', 'user/not_found');
    const at: Record<string, Date> = {};
    if (filter.from) at.$gte = filter.from;
    if (filter.to) at.$lt = filter.to;
    return this.ctx.em.find(
      AuditEntry,
      {
        entityType: { $in: [...ADMIN_AUDIT_TYPES] },
        ...(filter.actorId ? { actorId: filter.actorId } : {}),
        ...(filter.action?.trim() ? { action: { $like: `${filter.action.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%` } } : {}),
        ...(Object.keys(at).length ? { at } : {}),
      },
      { orderBy: { at: 'desc', id: 'asc' }, limit: first },
    );
  }
}

/** What pages showing the content learn: a thread shows the reason instead of the message; the front page drops it. */
function contentChanges(c: ContentFacts): NewChange[] {
  if (c.type === ContentType.MESSAGE) return [{ topic: groupTopic(c.groupId!), type: 'message.updated', payload: { messageId: c.id, threadId: c.threadId! } }];
  if (c.type === ContentType.EVENT) return [frontPageChange('event', c.id)];
  if (c.type === ContentType.ACTIVITY) return [frontPageChange('activity', c.id)];
  return [];
}
