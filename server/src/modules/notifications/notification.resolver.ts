import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AfterArgs, replayThenLive, subscribeWith } from '../../common/change-feed/live.js';
import { userTopic, type ChangeRecord } from '../../common/change-feed/topics.js';
import { clampFirst } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { Notification, NotificationChannel, NotificationType } from './notification.entity.js';
import { NotificationService } from './notification.service.js';
import { NotificationConnection, NotificationDetails, NotificationEvent, NotificationPreferenceSetting } from './notification.types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The viewer's inbox, newest first." })
  notifications(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many notifications, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s pageInfo.endCursor; from the start when omitted.' }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false, description: 'Only unread notifications.' }) unreadOnly = false,
  ): Promise<NotificationConnection> {
    return new NotificationService(ctx).list(clampFirst(first), after, unreadOnly);
  }

  @Authorized()
  @Query(() => [NotificationPreferenceSetting], { description: 'How the viewer hears about each type of notification.' })
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreferenceSetting[]> {
    return new NotificationService(ctx).preferences();
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Marks one of the viewer’s notifications read (already read ones stay as they are).' })
  notificationMarkRead(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The notification to mark read.' }) id: string): Promise<Notification> {
    return new NotificationService(ctx).markRead(id);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks every notification read; returns how many changed.' })
  notificationMarkAllRead(@Ctx() ctx: Context): Promise<number> {
    return new NotificationService(ctx).markAllRead();
  }

  @Authorized()
  @Mutation(() => [NotificationPreferenceSetting], { description: 'IN_APP, EMAIL (inbox + hourly digest) or OFF for one type.' })
  notificationPreferenceSet(
    @Ctx() ctx: Context,
    @Arg('type', () => NotificationType, { description: 'The type of notification to set.' }) type: NotificationType,
    @Arg('channel', () => NotificationChannel, { description: 'How to deliver this type from now on.' }) channel: NotificationChannel,
  ): Promise<NotificationPreferenceSetting[]> {
    return new NotificationService(ctx).setPreference(type, channel);
  }

  @Authorized()
  @Subscription(() => NotificationEvent, {
    description: "Live changes to the viewer's inbox, and the threads they read (which move unread message counts); with `after`, what came since that cursor first.",
    subscribe: subscribeWith(AfterArgs, ({ after }, ctx) => {
      const userId = ctx.viewer.requireId();
      // Ends when the account is gone (its session with it: the socket closes too).
      return replayThenLive(ctx, { topic: userTopic(userId), after, allowed: async (viewer) => viewer.id === userId });
    }),
  })
  async notificationEvents(@Root() event: ChangeRecord<`user/${string}`>, @Ctx() ctx: Context, @Args(() => AfterArgs) _args: AfterArgs): Promise<NotificationEvent> {
    const em = ctx.em.fork();
    const id = event.type === 'notification.created' ? event.payload.notificationId : null;
    const notification = id ? await em.findOne(Notification, { id }) : null;
    const unreadCount = await em.count(Notification, { user: ctx.viewer.id, readAt: null });
    const threadId = event.type === 'thread.read' ? event.payload.threadId : null;
    return { cursor: event.id, notification, unreadCount, threadId };
  }

  @FieldResolver(() => NotificationDetails, { description: 'What the notification is about: the ids and names to build its text and link from.' })
  details(@Root() n: Notification): NotificationDetails {
    return n.data;
  }
}
