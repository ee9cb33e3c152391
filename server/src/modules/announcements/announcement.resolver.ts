import { Arg, Args, Authorized, Ctx, ObjectType, Field, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AfterArgs, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import { ANNOUNCEMENTS_TOPIC, type ChangeRecord } from '../../common/change-feed/topics.js';
import type { Context } from '../../context.js';
import { Announcement } from './announcement.entity.js';
import { AnnouncementInput } from './announcement.inputs.js';
import { AnnouncementService, inAudience } from './announcement.service.js';

@ObjectType({ description: 'A newly posted announcement, delivered live.' })
export class AnnouncementEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing.' }) cursor!: string;
  @Field(() => Announcement, { description: 'The announcement.' }) announcement!: Announcement;
}

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Query(() => [Announcement], { description: 'Current announcements for the viewer, newest first.' })
  announcements(@Ctx() ctx: Context): Promise<Announcement[]> {
    return new AnnouncementService(ctx).active();
  }

  @Authorized('COUNTY_STAFF')
  @Mutation(() => Announcement, { description: 'Posts an announcement to the network, or to some organisation kinds or municipalities (county staff).' })
  announcementPost(@Ctx() ctx: Context, @Arg('input', () => AnnouncementInput, { description: 'The announcement and its audience.' }) input: AnnouncementInput): Promise<Announcement> {
    return new AnnouncementService(ctx).post(input);
  }

  @Authorized()
  @Subscription(() => AnnouncementEvent, {
    description: 'New announcements for the viewer, live; with `after`, those since that cursor first.',
    subscribe: subscribeWith(AfterArgs, ({ after }, ctx) => {
      const userId = ctx.viewer.requireId();
      return replayThenLive(ctx, {
        topic: ANNOUNCEMENTS_TOPIC,
        after,
        allowed: async () => true,
        wanted: async (e) => {
          const em = ctx.em.fork();
          const a = await em.findOne(Announcement, { id: e.payload.announcementId });
          return !!a && (ctx.viewer.isStaff || (await inAudience(em, userId, a)));
        },
      });
    }),
  })
  async announcementPosted(@Root() event: ChangeRecord<typeof ANNOUNCEMENTS_TOPIC>, @Ctx() ctx: Context, @Args(() => AfterArgs) _args: AfterArgs): Promise<AnnouncementEvent> {
    const announcement = await ctx.em.fork().findOneOrFail(Announcement, { id: event.payload.announcementId });
    return { cursor: event.id, announcement };
  }
}
