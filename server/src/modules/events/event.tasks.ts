import { TASKS_PER_SOURCE, type TaskSource } from '../home/task.js';
import { Event, EventStatus } from './event.entity.js';

/** Drafts of the viewer's organisations' events that have not started: publish or delete them. */
export const eventTasks: TaskSource = async (ctx, organisationIds) => {
  if (!organisationIds.length) return [];
  const drafts = await ctx.em.find(
    Event,
    { organisation: { $in: organisationIds }, status: EventStatus.DRAFT, startsAt: { $gt: new Date() } },
    { populate: ['organisation'], orderBy: { startsAt: 'asc' }, limit: TASKS_PER_SOURCE },
  );
  return drafts.map((e) => ({ id: `event.draft:${e.id}`, kind: 'event.draft', title: e.title, organisationName: e.organisation.name, dueAt: e.startsAt, path: `/arrangementer/${e.id}` }));
};
