import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { authorize } from '../../common/auth/policies.js';
import { canGroup } from './group.policy.js';
import { AccessGuard } from '../../common/change-feed/access.js';
import { attendWhileAllowed, subscribeWith } from '../../common/change-feed/live.js';
import type { PresenceSnapshot } from '../../common/change-feed/pubsub.js';
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
      // Checked again, as group events are, whenever the viewer's access or the group's may have changed.
      yield* attendWhileAllowed(ctx, group.id, new AccessGuard(ctx, [groupTopic(group.id)], (viewer) => mayReadGroupNow(ctx.em, viewer, group.id)));
    }),
  })
  groupPresence(@Root() snapshot: PresenceSnapshot, @Args(() => GroupPresenceArgs) _args: GroupPresenceArgs): GroupPresence {
    return snapshot;
  }
}

