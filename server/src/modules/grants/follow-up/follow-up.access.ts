import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '../../../common/auth/policies.js';
import { ForbiddenError, NotFoundError } from '../../../common/errors.js';
import { isUuid } from '../../../common/sql.js';
import { GrantAccess } from '../grant.access.js';
import { ConflictDeclaration } from '../grant.entity.js';
import { GrantAward, GrantReport } from './follow-up.entity.js';

/**
 * Who may see and act on what follows an award: the applicant organisation's members, and county staff who have
 * not declared a conflict of interest (inhabil) for the application. Staff need no declaration to follow up (the
 * reports are not the application's content), but one who is inhabil stays out of its follow-up too.
 */
export class FollowUpAccess extends GrantAccess {
  /** The viewer is a member of the organisation. */
  isApplicant(thing: { organisation: { id: string } }): boolean {
    return can.grantApply(this.viewer, thing.organisation.id);
  }

  /** County staff who have not declared a conflict for the application. */
  async isFollowUpStaff(applicationId: string, em: EntityManager = this.ctx.em): Promise<boolean> {
    if (!can.grantAdminister(this.viewer)) return false;
    return (await this.declarationOf({ id: applicationId }, em)) !== ConflictDeclaration.CONFLICT;
  }

  /** The viewer may see the award: its organisation, or follow-up staff. Others: NOT_FOUND (FORBIDDEN for inhabil staff). */
  async award(id: string, em: EntityManager = this.ctx.em): Promise<GrantAward> {
    const award = isUuid(id) ? await em.findOne(GrantAward, { id }) : null;
    if (!award) throw new NotFoundError('grant_award');
    await this.requireFollowUpReader(award, em);
    return award;
  }

  async report(id: string, em: EntityManager = this.ctx.em): Promise<GrantReport> {
    const report = isUuid(id) ? await em.findOne(GrantReport, { id }, { populate: ['award'] }) : null;
    if (!report) throw new NotFoundError('grant_report');
    await this.requireFollowUpReader(report.award, em);
    return report;
  }

  async requireFollowUpReader(award: GrantAward, em: EntityManager = this.ctx.em): Promise<void> {
    if (this.isApplicant(award)) return;
    if (can.grantAdminister(this.viewer)) {
      if (await this.isFollowUpStaff(award.application.id, em)) return;
      throw new ForbiddenError('grant/conflict_declared');
    }
    throw new NotFoundError('grant_award');
  }

  /** Only the organisation (FORBIDDEN for staff who may read, NOT_FOUND was already said to others). */
  requireApplicant(thing: { organisation: { id: string } }): void {
    if (!this.isApplicant(thing)) throw new ForbiddenError();
  }

  /** Only follow-up staff. */
  async requireFollowUpStaff(applicationId: string, em: EntityManager = this.ctx.em): Promise<void> {
    if (!can.grantAdminister(this.viewer)) throw new ForbiddenError();
    if (!(await this.isFollowUpStaff(applicationId, em))) throw new ForbiddenError('grant/conflict_declared');
  }
}
