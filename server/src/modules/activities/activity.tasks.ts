import { TASKS_PER_SOURCE, type TaskSource } from '../home/task.js';
import { Activity, ActivityStatus, STALE_AFTER_DAYS } from './activity.entity.js';

/** The viewer's organisations' activity drafts, and listings due for a "still running" confirmation. */
export const activityTasks: TaskSource = async (ctx, organisationIds) => {
  if (!organisationIds.length) return [];
  const staleBefore = new Date(Date.now() - STALE_AFTER_DAYS * 86_400_000);
  const rows = await ctx.em.find(
    Activity,
    { organisation: { $in: organisationIds }, $or: [{ status: ActivityStatus.DRAFT }, { status: ActivityStatus.PUBLISHED, lastConfirmedAt: { $lt: staleBefore } }] },
    { populate: ['organisation'], orderBy: { createdAt: 'desc' }, limit: TASKS_PER_SOURCE },
  );
  return rows.map((a) => {
    const kind = a.status === ActivityStatus.DRAFT ? 'activity.draft' : 'activity.stale';
    return { id: `${kind}:${a.id}`, kind, title: a.title, organisationName: a.organisation.name, dueAt: null, path: `/aktiviteter/${a.id}` };
  });
};
