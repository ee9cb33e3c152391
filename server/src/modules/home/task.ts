import { Field, ID, ObjectType } from 'type-graphql';
import type { Context } from '../../context.js';

/**
 * One thing the signed-in user (or their organisation) should do, for the front page's task list. Any module adds
 * its own kinds by writing a `TaskSource` and listing it in task-sources.ts; the client names a kind by
 * `home.tasks.kinds.<kind>` and links to `path`.
 */
@ObjectType({ description: 'Something the viewer or one of their organisations should do (finish a draft, answer a request, confirm a listing …), with where to do it.' })
export class Task {
  @Field(() => ID, { description: 'Stable id: the kind and the item’s id.' }) id!: string;
  @Field(() => String, { description: 'What sort of task, as `module.what` (event.draft, activity.draft, activity.stale, grant.application_draft, grant.more_info, grant.award_answer, grant.report_due, grant.report_changes, settlement.survey, organisation.verify; modules add more).' }) kind!: string;
  @Field(() => String, { description: 'The item’s own title (the event, activity or application).' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The organisation it belongs to; null when it is the viewer’s own.' }) organisationName!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it must be done by (UTC), if there is a deadline.' }) dueAt!: Date | null;
  @Field(() => String, { description: 'Where in the client to do it (a path such as /arrangementer/<id>).' }) path!: string;
}

/** A module's tasks for the viewer: at most `TASKS_PER_SOURCE`, read in one or two statements. */
export type TaskSource = (ctx: Context, organisationIds: string[]) => Promise<Task[]>;

export const TASKS_PER_SOURCE = 20;
