import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { Notification, NotificationChannel, NotificationType } from './notification.entity.js';

@ObjectType({ description: 'What a notification is about.' })
export class NotificationDetails {
  @Field(() => String, { nullable: true, description: 'Who caused it (the writer, inviter, volunteer or answering organisation), as named at the time; null when unknown.' }) actorName?: string | null;
  @Field(() => ID, { nullable: true, description: 'The network group, for MENTION, REPLY, GROUP_INVITATION and JOIN_REQUEST.' }) groupId?: string;
  @Field(() => String, { nullable: true, description: 'The group’s name at the time.' }) groupName?: string;
  @Field(() => ID, { nullable: true, description: 'The thread, for MENTION and REPLY.' }) threadId?: string;
  @Field(() => String, { nullable: true, description: 'The thread’s title at the time.' }) threadTitle?: string;
  @Field(() => ID, { nullable: true, description: 'The message, for MENTION and REPLY.' }) messageId?: string;
  @Field(() => String, { nullable: true, description: 'The start of the message or announcement, as plain text; for MODERATION_WARNING, the reason given.' }) excerpt?: string;
  @Field(() => ID, { nullable: true, description: 'The announcement, for ANNOUNCEMENT.' }) announcementId?: string;
  @Field(() => String, { nullable: true, description: 'The title of what it is about (announcement, event, activity, application or round, or the subject of an event message) at the time.' }) title?: string;
  @Field(() => ID, { nullable: true, description: 'The event, for NEW_EVENT, EVENT_PROMOTED, EVENT_CANCELLED, EVENT_MESSAGE, EVENT_CO_HOST_INVITED, EVENT_MATERIALS, EVENT_EVALUATION and EVENT_MEETING_LINK.' }) eventId?: string;
  @Field(() => String, { nullable: true, description: 'ISO instant.' }) startsAt?: string;
  @Field(() => ID, { nullable: true, description: 'The activity, for VOLUNTEER_INTEREST, VOLUNTEER_ANSWERED and ACTIVITY_STALE.' }) activityId?: string;
  @Field(() => ID, { nullable: true, description: 'The grant application, for GRANT_DECISION and GRANT_MORE_INFO.' }) applicationId?: string;
  @Field(() => ID, { nullable: true, description: 'The grant round, for GRANT_DEADLINE.' }) roundId?: string;
  @Field(() => ID, { nullable: true, description: 'The organisation it concerns (EVENT_CO_HOST_INVITED: the one asked to co-host).' }) organisationId?: string;
  @Field(() => String, { nullable: true, description: 'That organisation’s name.' }) organisationName?: string;
  @Field(() => ID, { nullable: true, description: 'For SETTLEMENT_*: the settlement year.' }) settlementYearId?: string;
  @Field(() => String, { nullable: true, description: 'For SETTLEMENT_SURVEY_*: the municipality number the survey answer is for.' }) municipalityNumber?: string;
  @Field(() => ID, { nullable: true, description: 'For SETTLEMENT_MILESTONE: the milestone.' }) milestoneId?: string;
  @Field(() => Boolean, { nullable: true, description: 'For VOLUNTEER_ANSWERED: whether the offer was accepted.' }) accepted?: boolean;
}

@ObjectType({ description: 'A page of the viewer’s notifications.' })
export class NotificationConnection {
  @Field(() => [Notification], { description: 'The notifications on this page, newest first.' }) nodes!: Notification[];
  @Field(() => Int, { description: 'How many notifications match (all, or the unread ones with unreadOnly).' }) totalCount!: number;
  @Field(() => Int, { description: 'How many of the viewer’s notifications are unread in all.' }) unreadCount!: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo!: PageInfo;
}

@ObjectType({ description: 'A live change to the inbox.' })
export class NotificationEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to get what came since.' }) cursor!: string;
  @Field(() => Notification, { nullable: true, description: 'The new notification, when one arrived.' }) notification?: Notification | null;
  @Field(() => ID, { nullable: true, description: 'The thread the viewer marked read (here or on another device), when that is what happened: its replies and mentions are read, and the unread message counts of its group moved.' }) threadId?: string | null;
  @Field(() => Int, { description: 'How many of the viewer’s notifications are unread now.' }) unreadCount!: number;
}

@ObjectType({ description: 'How the viewer hears about one type of notification.' })
export class NotificationPreferenceSetting {
  @Field(() => NotificationType, { description: 'The type of notification.' }) type!: NotificationType;
  @Field(() => NotificationChannel, { description: 'How it is delivered; IN_APP unless the viewer chose otherwise.' }) channel!: NotificationChannel;
}
