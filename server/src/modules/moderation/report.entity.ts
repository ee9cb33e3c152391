import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';

/** What can be reported and hidden: network content others wrote. */
export enum ContentType {
  MESSAGE = 'MESSAGE',
  RESOURCE = 'RESOURCE',
  ACTIVITY = 'ACTIVITY',
  EVENT = 'EVENT',
}
registerEnumType(ContentType, { name: 'ContentType', description: 'A kind of network content that can be reported and hidden: a group message, a resource, an activity or an event.' });

export enum ReportState {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ReportState, { name: 'ContentReportState', description: 'OPEN (in the moderation queue), RESOLVED (the content was hidden) or DISMISSED (a moderator found nothing wrong).' });

@ObjectType('ContentReport', { description: 'Someone’s report of a piece of content, for its moderators (group owners and moderators for a group’s messages and resources; county staff for everything).' })
@Entity({ tableName: 'moderation_report' })
@Index({ properties: ['state', 'createdAt'] })
@Index({ properties: ['groupId', 'state'] })
// One open report per person and piece of content (migration: partial unique index `moderation_report_open_once`).
@Index({ name: 'moderation_report_open_once', expression: `create unique index "moderation_report_open_once" on "moderation_report" ("reporter_id", "content_id") where "state" = 'OPEN'` })
export class Report {
  [OptionalProps]?: 'id' | 'createdAt' | 'state' | 'groupId' | 'closedAt' | 'closedBy';

  @Field(() => ID, { description: 'Unique id of the report.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ContentType, { description: 'What kind of content is reported.' })
  @Enum({ items: () => ContentType, type: 'string' })
  contentType!: ContentType;

  @Field(() => ID, { description: 'The reported message, resource, activity or event.' })
  @Property({ type: 'uuid' })
  @Index()
  contentId!: string;

  /** The group whose owners and moderators see the report (a message's group, a GROUP resource's); null: county staff only. */
  @Property({ type: 'uuid', nullable: true })
  groupId?: string | null;

  /** Null after the reporter deleted their account: the report stays, anonymously. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  reporter?: User | null;

  @Field(() => String, { description: 'Why the reporter thinks it breaks the rules.' })
  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Field(() => ReportState, { description: 'Where the report stands.' })
  @Enum({ items: () => ReportState, type: 'string', default: ReportState.OPEN })
  state: ReportState = ReportState.OPEN;

  @Field(() => Date, { description: 'When it was reported (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When a moderator resolved or dismissed it (UTC); null while open.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** The moderator who closed it; null while open, or after their account was deleted. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  closedBy?: User | null;
}
