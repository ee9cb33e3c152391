import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';

export enum NotificationType {
  MENTION = 'MENTION',
  REPLY = 'REPLY',
  GROUP_INVITATION = 'GROUP_INVITATION',
  JOIN_REQUEST = 'JOIN_REQUEST',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  NEW_EVENT = 'NEW_EVENT',
  EVENT_PROMOTED = 'EVENT_PROMOTED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  EVENT_MESSAGE = 'EVENT_MESSAGE',
  VOLUNTEER_INTEREST = 'VOLUNTEER_INTEREST',
  VOLUNTEER_ANSWERED = 'VOLUNTEER_ANSWERED',
  ACTIVITY_STALE = 'ACTIVITY_STALE',
  GRANT_DECISION = 'GRANT_DECISION',
  GRANT_MORE_INFO = 'GRANT_MORE_INFO',
  GRANT_DEADLINE = 'GRANT_DEADLINE',
  /** An organisation the user is an admin of is asked to co-host an event. */
  EVENT_CO_HOST_INVITED = 'EVENT_CO_HOST_INVITED',
  /** The recording or materials of an event the user was registered for are out. */
  EVENT_MATERIALS = 'EVENT_MATERIALS',
  /** The organisers of an event the user took part in ask for an evaluation. */
  EVENT_EVALUATION = 'EVENT_EVALUATION',
  GRANT_ACCEPTANCE_DUE = 'GRANT_ACCEPTANCE_DUE',
  GRANT_REPORT_DUE = 'GRANT_REPORT_DUE',
  GRANT_REPORT_OVERDUE = 'GRANT_REPORT_OVERDUE',
  GRANT_REPORT_CHANGES = 'GRANT_REPORT_CHANGES',
  SETTLEMENT_SURVEY_SENT = 'SETTLEMENT_SURVEY_SENT',
  SETTLEMENT_SURVEY_DEADLINE = 'SETTLEMENT_SURVEY_DEADLINE',
  SETTLEMENT_MILESTONE = 'SETTLEMENT_MILESTONE',
  /** County staff warned the user (moderation); the reason is the excerpt. */
  MODERATION_WARNING = 'MODERATION_WARNING',
  /** The meeting link of an event the user has a seat at (and gets the link for) was added or changed. */
  EVENT_MEETING_LINK = 'EVENT_MEETING_LINK',
}
registerEnumType(NotificationType, {
  name: 'NotificationType',
  description: 'What a notification is about; each type has its own delivery preference.',
  valuesConfig: {
    MENTION: { description: 'Someone mentioned the user in a group message.' },
    REPLY: { description: 'New messages in a thread the user has written in (one unread line per thread).' },
    GROUP_INVITATION: { description: 'The user was invited to a network group.' },
    JOIN_REQUEST: { description: 'Someone asked to join a group the user moderates.' },
    ANNOUNCEMENT: { description: 'County staff posted an announcement (also when a grant round opens).' },
    NEW_EVENT: { description: 'An event was published on a topic or municipality the user follows.' },
    EVENT_PROMOTED: { description: 'The user moved from the waitlist to a confirmed place.' },
    EVENT_CANCELLED: { description: 'An event the user registered for was cancelled.' },
    EVENT_MESSAGE: { description: 'The organiser wrote to everyone registered for an event.' },
    VOLUNTEER_INTEREST: { description: 'Someone offered to volunteer for an activity of an organisation the user administers.' },
    VOLUNTEER_ANSWERED: { description: 'The organisation answered the user’s offer to volunteer.' },
    ACTIVITY_STALE: { description: 'An activity of an organisation the user administers has not been confirmed as still running for 180 days.' },
    GRANT_DECISION: { description: 'A decision on the organisation’s grant application was published.' },
    GRANT_MORE_INFO: { description: 'Assessors asked for more information on the organisation’s grant application.' },
    GRANT_DEADLINE: { description: 'A grant round closes within 7 days (or 1 day) and the organisation’s application is still a draft.' },
    EVENT_CO_HOST_INVITED: { description: 'An organisation the user is an admin of is asked to co-host an event.' },
    EVENT_MATERIALS: { description: 'The recording or materials of an event the user had a seat at are out.' },
    EVENT_EVALUATION: { description: 'The organisers of an event the user took part in ask for an evaluation.' },
    GRANT_ACCEPTANCE_DUE: { description: 'The organisation’s award must be accepted or declined within 7 days (or 1 day); `startsAt` is the deadline.' },
    GRANT_REPORT_DUE: { description: 'A report on the organisation’s award is due in 60, 14 or 1 days; `startsAt` is the due date.' },
    GRANT_REPORT_OVERDUE: { description: 'A report on the organisation’s award is past its due date and not sent in.' },
    GRANT_REPORT_CHANGES: { description: 'County staff asked for changes to a report on the organisation’s award; `excerpt` is the start of their message.' },
    MODERATION_WARNING: { description: 'County staff warned the user about what they wrote; `excerpt` holds the reason.' },
    EVENT_MEETING_LINK: { description: 'The organisers added or changed the meeting link of an event the user has a seat at (online, for a HYBRID event).' },
  },
});

export enum NotificationChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  OFF = 'OFF',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel', description: 'IN_APP: the inbox only. EMAIL: the inbox and an hourly e-mail digest. OFF: nothing.' });

/** What a notification is about; the client builds its text and link from these. */
export interface NotificationData {
  actorName?: string | null;
  groupId?: string;
  groupName?: string;
  threadId?: string;
  threadTitle?: string;
  messageId?: string;
  excerpt?: string;
  announcementId?: string;
  title?: string;
  eventId?: string;
  startsAt?: string;
  activityId?: string;
  accepted?: boolean;
  applicationId?: string;
  roundId?: string;
  organisationId?: string;
  organisationName?: string;
  settlementYearId?: string;
  municipalityNumber?: string;
  milestoneId?: string;
}

@ObjectType({ description: "An item in a user's notification inbox." })
@Entity({ tableName: 'notification' })
@Index({ properties: ['user', 'createdAt'] })
// One unread REPLY per person and thread: later replies join it (notify() inserts with ON CONFLICT DO NOTHING)
// until it is read, or the thread is, so a busy thread is one inbox line, not one per message.
@Unique({
  name: 'notification_unread_reply',
  expression: `create unique index "notification_unread_reply" on "notification" ("user_id", ("data"->>'threadId')) where "read_at" is null and "type" = 'REPLY'`,
})
export class Notification {
  [OptionalProps]?: 'id' | 'createdAt' | 'emailWanted';

  @Field(() => ID, { description: 'Unique id of the notification.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Field(() => NotificationType, { description: 'What happened; tells which details fields are set.' })
  @Enum({ items: () => NotificationType, type: 'string' })
  type!: NotificationType;

  @Property({ type: 'json' })
  data!: NotificationData;

  @Field(() => Date, { nullable: true, description: 'When the user read it (UTC); null while unread.' })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  /** Set when the type's channel was EMAIL: the digest sends it, then stamps emailedAt. */
  @Property({ type: 'boolean', default: false })
  emailWanted: boolean = false;

  @Property({ type: 'datetime', nullable: true })
  emailedAt?: Date | null;

  @Field(() => Date, { description: 'When it arrived (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'How a user wants to hear about one type of notification.' })
@Entity({ tableName: 'notification_preference' })
export class NotificationPreference {
  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user!: User;

  @Field(() => NotificationType)
  @Enum({ items: () => NotificationType, type: 'string', primary: true })
  type!: NotificationType;

  @Field(() => NotificationChannel)
  @Enum({ items: () => NotificationChannel, type: 'string' })
  channel!: NotificationChannel;
}

/** When each user last got a digest: at most one an hour. */
@Entity({ tableName: 'notification_digest' })
export class NotificationDigest {
  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'datetime' })
  lastSentAt!: Date;
}
