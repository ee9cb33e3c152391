import { AuditEntry } from '../../common/audit.js';
import { authorize, can } from '../../common/auth/policies.js';
import { isUuid } from '../../common/sql.js';
import { SENT_IN_STATES } from './application.states.js';
import { GrantAccess } from './grant.access.js';
import { RETURNED_STATES } from './follow-up/award.states.js';
import { ConflictDeclaration, GrantApplication, GrantAssessment } from './grant.entity.js';

/** Audit actions on an application whose details are reviewer data (scores) or its content (file names). */
const GATED_AUDIT_DETAILS = new Set(['assessed', 'attachment_added', 'attachment_removed']);

/** A round at a glance for county staff: the ranking, the dashboard's figures, the audit log. */
export class GrantDashboardService extends GrantAccess {
  /** Weighted score 0–5 per application (mean over reviewers), best first. */
  async ranking(roundId: string): Promise<{ application: GrantApplication; score: number | null; reviews: number }[]> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const round = await this.round(roundId);
    const apps = await this.ctx.em.find(GrantApplication, { round, state: { $in: [...SENT_IN_STATES] } });
    const assessments = await this.ctx.em.find(GrantAssessment, { application: { $in: apps.map((a) => a.id) }, declaration: ConflictDeclaration.NO_CONFLICT });
    const totalWeight = round.criteria.reduce((s, c) => s + c.weight, 0) || 1;
    const rows = apps.map((application) => {
      const mine = assessments.filter((a) => a.application.id === application.id && Object.keys(a.scores).length);
      const scores = mine.map((a) => round.criteria.reduce((s, c) => s + (a.scores[c.key] ?? 0) * c.weight, 0) / totalWeight);
      return { application, score: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null, reviews: mine.length };
    });
    return rows.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.application.title.localeCompare(b.application.title, 'nb'));
  }

  async dashboard(roundId: string) {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    const round = await this.round(roundId);
    const conn = this.ctx.em.getConnection();
    const byState = await conn.execute<{ state: string; count: string; requested: string }[]>('select state, count(*) as count, coalesce(sum(requested_total), 0) as requested from grant_application where round_id = ? group by state order by state', [round.id]);
    const sentIn = SENT_IN_STATES.map(() => '?').join(', ');
    const active = `a.round_id = ? and a.state in (${sentIn})`;
    const params = [round.id, ...SENT_IN_STATES];
    const byMunicipality = await conn.execute<{ value: string; count: string; requested: string }[]>(
      `select coalesce(m.name, '–') as value, count(distinct a.id) as count, coalesce(sum(a.requested_total), 0) as requested
         from grant_application a left join organisation_municipality om on om.organisation_id = a.organisation_id left join municipality m on m.number = om.municipality_number
        where ${active} group by 1 order by 2 desc`,
      params,
    );
    const byKind = await conn.execute<{ value: string; count: string; requested: string }[]>(
      `select o.kind as value, count(*) as count, coalesce(sum(a.requested_total), 0) as requested from grant_application a join organisation o on o.id = a.organisation_id where ${active} group by 1 order by 2 desc`,
      params,
    );
    // An award declined or lapsed gives its amount back to the round's budget (follow-up/award.states.ts).
    const returned = RETURNED_STATES.map(() => '?').join(', ');
    const [totals] = await conn.execute<{ requested: string; granted: string }[]>(
      `select coalesce(sum(requested_total), 0) as requested, coalesce(sum(granted_amount) filter (where not exists (select 1 from grant_award aw where aw.application_id = a.id and aw.state in (${returned}))), 0) as granted from grant_application a where ${active}`,
      [...RETURNED_STATES, ...params],
    );
    const n = (rows: { value?: string; state?: string; count: string; requested: string }[]) => rows.map((r) => ({ value: r.value ?? r.state!, count: Number(r.count), requested: Number(r.requested) }));
    const conflicts = await this.ctx.em.find(GrantAssessment, { application: { round }, declaration: ConflictDeclaration.CONFLICT }, { populate: ['application', 'reviewer'], orderBy: { conflictDeclaredAt: 'asc' } });
    return {
      budget: round.budget,
      requested: Number(totals?.requested ?? 0),
      granted: Number(totals?.granted ?? 0),
      byState: n(byState),
      byMunicipality: n(byMunicipality),
      byOrganisationKind: n(byKind),
      conflicts: conflicts.map((c) => ({ application: c.application, reviewerName: c.reviewer.name, declaredAt: c.conflictDeclaredAt ?? c.updatedAt })),
    };
  }

  /**
   * The audit log of a round or an application. Who did what and when is for all county staff; the details
   * of an application's entries that carry reviewer data or content only for reviewers it has cleared.
   */
  async auditLog(entityId: string): Promise<AuditEntry[]> {
    authorize(this.viewer, can.grantAdminister(this.viewer));
    if (!isUuid(entityId)) return [];
    // Not managed: the hidden details are never flushed back.
    const entries = await this.ctx.em.find(AuditEntry, { entityId }, { orderBy: { at: 'asc' }, disableIdentityMap: true });
    for (const e of entries) {
      if (e.entityType === 'grant_application' && GATED_AUDIT_DETAILS.has(e.action) && !(await this.reviewerCleared({ id: e.entityId }))) e.details = {};
    }
    return entries;
  }
}
