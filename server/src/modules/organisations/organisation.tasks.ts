import { TASKS_PER_SOURCE, type TaskSource } from '../home/task.js';
import { Organisation, VerificationStatus } from './organisation.entity.js';

/** For county staff: organisations waiting to be verified. */
export const organisationTasks: TaskSource = async (ctx) => {
  if (!ctx.viewer.isStaff) return [];
  const pending = await ctx.em.find(Organisation, { verificationStatus: VerificationStatus.PENDING }, { orderBy: { createdAt: 'asc' }, limit: TASKS_PER_SOURCE });
  return pending.map((o) => ({ id: `organisation.verify:${o.id}`, kind: 'organisation.verify', title: o.name, organisationName: null, dueAt: null, path: '/admin' }));
};
