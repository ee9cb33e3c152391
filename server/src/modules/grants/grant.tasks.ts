import { TASKS_PER_SOURCE, type TaskSource } from '../home/task.js';
import { ApplicationState, GrantApplication, RoundState } from './grant.entity.js';

/** Application drafts in rounds still open (due at the deadline), and applications sent back for more information. */
export const grantTasks: TaskSource = async (ctx, organisationIds) => {
  if (!organisationIds.length) return [];
  const rows = await ctx.em.find(
    GrantApplication,
    {
      organisation: { $in: organisationIds },
      $or: [{ state: ApplicationState.DRAFT, round: { state: RoundState.OPEN, closesAt: { $gt: new Date() } } }, { state: ApplicationState.MORE_INFO_REQUESTED }],
    },
    { populate: ['organisation', 'round'], orderBy: { updatedAt: 'desc' }, limit: TASKS_PER_SOURCE },
  );
  return rows.map((a) => {
    const kind = a.state === ApplicationState.DRAFT ? 'grant.application_draft' : 'grant.more_info';
    return { id: `${kind}:${a.id}`, kind, title: a.title || a.round.title, organisationName: a.organisation.name, dueAt: a.state === ApplicationState.DRAFT ? a.round.closesAt : null, path: `/tilskudd/soknader/${a.id}` };
  });
};
