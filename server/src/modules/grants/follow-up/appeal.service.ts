import { LockMode } from '@mikro-orm/core';
import { audit } from '../../../common/audit.js';
import { ConflictError, NotFoundError, UserInputError } from '../../../common/errors.js';
import { User } from '../../accounts/user.entity.js';
import { isUuid } from '../../../common/sql.js';
import { roundChange } from '../grant.changes.js';
import { ApplicationState, GrantApplication, GrantRound } from '../grant.entity.js';
import { appealDeadline, beforeDeadline } from './deadlines.js';
import { FollowUpAccess } from './follow-up.access.js';
import { AppealState, GrantAppeal } from './follow-up.entity.js';
import { moveAppeal, type AppealMove } from './appeal.states.js';

/** The appeal deadline of an application: null until its decision is published. */
export function appealDeadlineOf(app: Pick<GrantApplication, 'state'>, round: Pick<GrantRound, 'decisionsPublishedAt'>): Date | null {
  return app.state === ApplicationState.DECIDED && round.decisionsPublishedAt ? appealDeadline(round.decisionsPublishedAt) : null;
}

/** Appeals (klage): the organisation files one before the deadline (forvaltningsloven § 29); county staff record the outcome. */
export class GrantAppealService extends FollowUpAccess {
  async file(applicationId: string, grounds: string): Promise<GrantAppeal> {
    if (!grounds.trim() || grounds.length > 20_000) throw UserInputError.field('grounds', 'grant/grounds_required');
    return this.write(async (tx, changes) => {
      const app = isUuid(applicationId) ? await tx.findOne(GrantApplication, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!app || !this.isApplicant(app)) throw new NotFoundError('grant_application');
      const round = await tx.findOneOrFail(GrantRound, { id: app.round.id });
      const deadline = appealDeadlineOf(app, round);
      if (!deadline) throw new ConflictError('grant/not_decided');
      if (!beforeDeadline(deadline)) throw new ConflictError('grant/appeal_deadline_passed', { deadline: deadline.toISOString() });
      if (await tx.count(GrantAppeal, { application: app })) throw new ConflictError('grant/appeal_exists');
      const appeal = tx.create(GrantAppeal, { application: app, grounds: grounds.trim(), state: AppealState.FILED, filedBy: tx.getReference(User, this.viewer.requireId()) });
      audit(tx, { entityType: 'grant_appeal', entityId: appeal.id, action: 'appeal_filed', actor: this.actor(), details: { applicationId: app.id, deadline: deadline.toISOString() } });
      changes.push(roundChange(round, 'appeal.filed', app.id));
      return appeal;
    });
  }

  /** FILED → UPHELD or FORWARDED (not upheld, sent on to the appeal body), with a note. */
  async decide(id: string, move: AppealMove, note: string): Promise<GrantAppeal> {
    if (!note.trim() || note.length > 20_000) throw UserInputError.field('note', 'grant/reason_required');
    return this.write(async (tx, changes) => {
      const appeal = isUuid(id) ? await tx.findOne(GrantAppeal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!appeal) throw new NotFoundError('grant_appeal');
      await this.requireFollowUpStaff(appeal.application.id, tx);
      const app = await tx.findOneOrFail(GrantApplication, { id: appeal.application.id });
      moveAppeal(tx, appeal, move, this.actor(), { details: { applicationId: app.id, note: note.trim() } });
      appeal.outcomeNote = note.trim();
      appeal.decidedAt = new Date();
      changes.push(roundChange(app.round, 'appeal.decided', app.id));
      return appeal;
    });
  }

  /** The application's appeal, for its organisation and follow-up staff. */
  async ofApplication(app: GrantApplication): Promise<GrantAppeal | null> {
    if (!this.isApplicant(app) && !(await this.isFollowUpStaff(app.id))) return null;
    return this.ctx.em.findOne(GrantAppeal, { application: app });
  }
}
