import { Arg, Authorized, Ctx, ObjectType, Field, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ChangeRecord } from '../../common/change-feed/change-feed.js';
import { replayThenLive } from '../../common/change-feed/live.js';
import type { Context } from '../../context.js';
import { Announcement } from './announcement.entity.js';
import { AnnouncementInput } from './announcement.inputs.js';
import { ANNOUNCEMENTS_TOPIC, AnnouncementService, inAudience } from './announcement.service.js';

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
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const userId = ctx.viewer.requireUser().id;
      return replayThenLive(ctx, {
        topic: ANNOUNCEMENTS_TOPIC,
        after: args.after as string | null,
        allowed: async () => true,
        wanted: async (e) => {
          const em = ctx.em.fork();
          const a = await em.findOne(Announcement, { id: (e.payload as { announcementId: string }).announcementId });
          return !!a && (ctx.viewer.isStaff || (await inAudience(em, userId, a)));
        },
      });
    },
  })
  async announcementPosted(
    @Root() event: ChangeRecord,
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true, description: 'The cursor of the last announcement event received: those since are replayed first. Live only when omitted.' }) _after?: string | null,
  ): Promise<AnnouncementEvent> {
    const announcement = await ctx.em.fork().findOneOrFail(Announcement, { id: (event.payload as { announcementId: string }).announcementId });
    return { cursor: event.id, announcement };
  }
}
