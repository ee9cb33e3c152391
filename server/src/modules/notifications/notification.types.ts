import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { Notification, NotificationChannel, NotificationType } from './notification.entity.js';

@ObjectType({ description: 'What a notification is about.' })
export class NotificationDetails {
  @Field(() => String, { nullable: true }) actorName?: string | null;
  @Field(() => ID, { nullable: true }) groupId?: string;
  @Field(() => String, { nullable: true }) groupName?: string;
  @Field(() => ID, { nullable: true }) threadId?: string;
  @Field(() => String, { nullable: true }) threadTitle?: string;
  @Field(() => ID, { nullable: true }) messageId?: string;
  @Field(() => String, { nullable: true, description: 'The start of the message or announcement, as plain text.' }) excerpt?: string;
  @Field(() => ID, { nullable: true }) announcementId?: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => ID, { nullable: true }) eventId?: string;
  @Field(() => String, { nullable: true, description: 'ISO instant.' }) startsAt?: string;
  @Field(() => ID, { nullable: true }) activityId?: string;
  @Field(() => ID, { nullable: true }) applicationId?: string;
  @Field(() => ID, { nullable: true }) roundId?: string;
  @Field(() => ID, { nullable: true, description: 'For SETTLEMENT_*: the settlement year.' }) settlementYearId?: string;
  @Field(() => String, { nullable: true, description: 'For SETTLEMENT_SURVEY_*: the municipality number the survey answer is for.' }) municipalityNumber?: string;
  @Field(() => ID, { nullable: true, description: 'For SETTLEMENT_MILESTONE: the milestone.' }) milestoneId?: string;
  @Field(() => Boolean, { nullable: true, description: 'For VOLUNTEER_ANSWERED: whether the offer was accepted.' }) accepted?: boolean;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [Notification]) nodes!: Notification[];
  @Field(() => Int) totalCount!: number;
  @Field(() => Int) unreadCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'A live change to the inbox.' })
export class NotificationEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to get what came since.' }) cursor!: string;
  @Field(() => Notification, { nullable: true, description: 'The new notification, when one arrived.' }) notification?: Notification | null;
  @Field(() => Int) unreadCount!: number;
}

@ObjectType()
export class NotificationPreferenceSetting {
  @Field(() => NotificationType) type!: NotificationType;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
}
