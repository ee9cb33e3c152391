import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { authorize } from '../../common/auth/policies.js';
import { canGroup } from './group.policy.js';
import { AccessGuard } from '../../common/change-feed/access.js';
import { subscribeWith } from '../../common/change-feed/live.js';
import { presenceTopic, type PresenceSnapshot } from '../../common/change-feed/pubsub.js';
import { groupTopic } from '../../common/change-feed/topics.js';
import type { Context } from '../../context.js';
import { mayReadGroupNow } from './group-access.js';
import { GroupService } from './group.service.js';
import { ThreadService } from './thread.service.js';
import { GroupPresence } from './group.types.js';

@ArgsType()
class GroupPresenceArgs {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;
}

@Resolver()
export class PresenceResolver {
  @Authorized()
  @Mutation(() => Boolean, { description: 'Tells the group the viewer is typing (shown for a few seconds).' })
  async groupTyping(@Ctx() ctx: Context, @Arg('threadId', () => ID, { description: 'The thread the viewer is typing in.' }) threadId: string): Promise<boolean> {
    const thread = await new ThreadService(ctx).thread(threadId);
    const { group, access } = await new GroupService(ctx).readable(thread.group.id);
    authorize(ctx.viewer, canGroup.post(ctx.viewer, group, access), 'group/members_only');
    const user = ctx.viewer.requireUser();
    await ctx.presence.signal({ groupId: group.id, userId: user.id, name: user.name, kind: 'typing', threadId: thread.id });
    return true;
  }

  @Authorized()
  @Subscription(() => GroupPresence, {
    description: 'Who is in the group now and who is typing; the subscriber counts as present while subscribed. Ends when the viewer loses access.',
    subscribe: subscribeWith(GroupPresenceArgs, async function* ({ groupId }, ctx) {
      const { group } = await new GroupService(ctx).readable(groupId);
      const user = ctx.viewer.requireUser();
      // Checked again, as group events are, whenever the viewer's access or the group's may have changed.
      const guard = new AccessGuard(ctx, [groupTopic(group.id)], (viewer) => mayReadGroupNow(ctx.em, viewer, group.id));
      const live = ctx.pubSub.subscribe(presenceTopic(group.id))[Symbol.asyncIterator]();
      let next = live.next();
      let leave: (() => void) | null = null;
      try {
        if (!(await guard.check())) return;
        leave = ctx.presence.attend(group.id, { id: user.id, name: user.name });
        yield ctx.presence.snapshot(group.id);
        for (;;) {
          const step = await guard.until(next);
          if (step?.done) return;
          if (step) next = live.next();
          if (!(await guard.check())) return;
          if (step) yield step.value;
        }
      } finally {
        leave?.();
        guard.close();
        await live.return?.();
      }
    }),
  })
  groupPresence(@Root() snapshot: PresenceSnapshot, @Args(() => GroupPresenceArgs) _args: GroupPresenceArgs): GroupPresence {
    return snapshot;
  }
}

