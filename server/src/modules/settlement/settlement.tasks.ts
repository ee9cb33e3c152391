import { TASKS_PER_SOURCE, type TaskSource } from '../home/task.js';
import { settlementStanding } from './settlement.policy.js';
import { ResponseState, SurveyResponse, SurveyState } from './settlement.entity.js';
import { deadlineOf } from './survey.service.js';

/** Capacity surveys the viewer's municipality has not sent in yet, while the survey is open (due at its deadline). */
export const settlementTasks: TaskSource = async (ctx) => {
  const standing = await settlementStanding(ctx);
  if (!standing.municipalities.size) return [];
  const responses = await ctx.em.find(
    SurveyResponse,
    { municipality: { $in: [...standing.municipalities] }, state: { $ne: ResponseState.SUBMITTED }, year: { surveyState: SurveyState.OPEN } },
    { populate: ['year', 'municipality'], orderBy: { year: { surveyDeadline: 'asc' } }, limit: TASKS_PER_SOURCE },
  );
  return responses.map((r) => ({ id: `settlement.survey:${r.id}`, kind: 'settlement.survey', title: r.year.title, organisationName: r.municipality.name, dueAt: deadlineOf(r.year, r), path: `/bosetting/${r.year.id}/kartlegging/${r.municipality.number}` }));
};
