import { activityTasks } from '../activities/activity.tasks.js';
import { eventTasks } from '../events/event.tasks.js';
import { followUpTasks } from '../grants/follow-up/follow-up.tasks.js';
import { grantTasks } from '../grants/grant.tasks.js';
import { organisationTasks } from '../organisations/organisation.tasks.js';
import { settlementTasks } from '../settlement/settlement.tasks.js';
import type { TaskSource } from './task.js';

/** Every module's tasks for `myTasks`: a new module appends its source here (e.g. reports due, surveys to answer). */
export const TASK_SOURCES: readonly TaskSource[] = [eventTasks, activityTasks, grantTasks, followUpTasks, settlementTasks, organisationTasks];
