import { Args, Authorized, Ctx, Field, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AfterArgs, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import { FRONT_PAGE_TOPIC, type ChangeRecord } from '../../common/change-feed/topics.js';
import type { Context } from '../../context.js';
import { Task } from './task.js';
import { TASK_SOURCES } from './task-sources.js';

@ObjectType({ description: 'Something on the front page changed: ask for its lists again.' })
export class FrontPageUpdate {
  @Field(() => String, { description: 'Pass as `after` when resubscribing.' }) cursor!: string;
  @Field(() => String, { description: 'Which list: event, activity, round or announcement.' }) what!: string;
}

@Resolver()
export class HomeResolver {
  @Authorized()
  @Query(() => [Task], { description: 'What the viewer and their organisations should do now, from every module (drafts to finish, requests to answer, listings to confirm …); deadlines first.' })
  async myTasks(@Ctx() ctx: Context): Promise<Task[]> {
    const organisationIds = [...ctx.viewer.organisationIds()];
    const lists = await Promise.all(TASK_SOURCES.map((source) => source(ctx, organisationIds)));
    const far = Number.MAX_SAFE_INTEGER;
    return lists.flat().sort((a, b) => (a.dueAt?.getTime() ?? far) - (b.dueAt?.getTime() ?? far) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title));
  }

  @Subscription(() => FrontPageUpdate, {
    description: 'Tells the front page, live, when its lists change (an event or activity published or withdrawn, a grant round opened, an announcement); with `after`, what came since first. Open to everyone: it carries no content.',
    subscribe: subscribeWith(AfterArgs, ({ after }, ctx) => replayThenLive(ctx, { topic: FRONT_PAGE_TOPIC, after, allowed: async () => true })),
  })
  frontPageUpdates(@Root() event: ChangeRecord<typeof FRONT_PAGE_TOPIC>, @Args(() => AfterArgs) _args: AfterArgs): FrontPageUpdate {
    return { cursor: event.id, what: event.payload.what };
  }
}
