import { TASKS_PER_SOURCE, type TaskSource } from '../../home/task.js';
import { AwardState, GrantAward, GrantReport, ReportState } from './follow-up.entity.js';

/** Awards to accept or decline before their deadline, and reports to write or correct (due at their due date). */
export const followUpTasks: TaskSource = async (ctx, organisationIds) => {
  if (!organisationIds.length) return [];
  const [awards, reports] = await Promise.all([
    ctx.em.find(GrantAward, { organisation: { $in: organisationIds }, state: AwardState.OFFERED, acceptDeadline: { $gt: new Date() } }, { populate: ['organisation', 'application'], orderBy: { acceptDeadline: 'asc' }, limit: TASKS_PER_SOURCE }),
    ctx.em.find(GrantReport, { award: { organisation: { $in: organisationIds } }, state: { $in: [ReportState.DRAFT, ReportState.CHANGES_REQUESTED] } }, { populate: ['award.organisation', 'award.application'], orderBy: { dueAt: 'asc' }, limit: TASKS_PER_SOURCE }),
  ]);
  return [
    ...awards.map((a) => ({ id: `grant.award_answer:${a.id}`, kind: 'grant.award_answer', title: a.application.title, organisationName: a.organisation.name, dueAt: a.acceptDeadline, path: `/tilskudd/soknader/${a.application.id}/oppfolging` })),
    ...reports.map((r) => {
      const kind = r.state === ReportState.DRAFT ? 'grant.report_due' : 'grant.report_changes';
      return { id: `${kind}:${r.id}`, kind, title: r.award.application.title, organisationName: r.award.organisation.name, dueAt: r.dueAt, path: `/tilskudd/rapporter/${r.id}` };
    }),
  ];
};
