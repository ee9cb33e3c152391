import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { ModeratedContent } from '../moderation/moderated-content.js';

export enum ActivityCategory {
  LANGUAGE_CAFE = 'LANGUAGE_CAFE',
  HOMEWORK_HELP = 'HOMEWORK_HELP',
  MENTORING = 'MENTORING',
  SPORTS_OUTDOOR = 'SPORTS_OUTDOOR',
  WOMENS_GROUP = 'WOMENS_GROUP',
  JOB_SEEKING = 'JOB_SEEKING',
  CULTURE = 'CULTURE',
  CHILDREN_FAMILY = 'CHILDREN_FAMILY',
  COUNSELLING = 'COUNSELLING',
  OTHER = 'OTHER',
}
registerEnumType(ActivityCategory, { name: 'ActivityCategory', description: 'What sort of activity it is.' });

export enum TargetGroup {
  ADULTS = 'ADULTS',
  YOUTH = 'YOUTH',
  CHILDREN = 'CHILDREN',
  WOMEN = 'WOMEN',
  FAMILIES = 'FAMILIES',
  SENIORS = 'SENIORS',
  UKRAINIANS = 'UKRAINIANS',
  ALL_NEWCOMERS = 'ALL_NEWCOMERS',
}
registerEnumType(TargetGroup, { name: 'TargetGroup', description: 'Who an activity is for.' });

export enum ActivityStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ActivityStatus, { name: 'ActivityStatus', description: 'DRAFT (being written), PUBLISHED (in the catalogue), PAUSED (on a break) or ARCHIVED (ended). Only PUBLISHED ones are public; the organisation sees all.' });

/** How long a listing counts as current without its organisation confirming it still runs. */
export const STALE_AFTER_DAYS = 180;

@ObjectType({ description: 'Something a voluntary organisation offers newcomers: a language café, homework help …' })
@Entity({ tableName: 'activity' })
@Index({ name: 'activity_search', expression: `create index "activity_search" on "activity" using gin ("search_vector") with (fastupdate = off)` })
@Index({ properties: ['status', 'nextOccurrenceAt'] })
export class Activity extends ModeratedContent {
  [OptionalProps]?: 'id' | 'createdAt' | 'description' | 'descriptionHtml' | 'languages' | 'targetGroups' | 'weekdays' | 'lastConfirmedAt' | 'free' | 'dropIn';

  @Field(() => ID, { description: 'Unique id of the activity.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  @Index()
  organisation!: Organisation;

  @Field(() => String, { description: 'The activity’s title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'Markdown source.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => String, { description: 'The description as sanitised HTML.' })
  @Property({ type: 'text', default: '' })
  descriptionHtml: string = '';

  @Field(() => ActivityCategory, { description: 'What sort of activity it is.' })
  @Enum({ items: () => ActivityCategory, type: 'string' })
  @Index()
  category!: ActivityCategory;

  @ManyToOne({ entity: () => Municipality })
  @Index()
  municipality!: Municipality;

  @Field(() => String, { nullable: true, description: 'Where it takes place; null when not given.' })
  @Property({ type: 'string', length: 300, nullable: true })
  address?: string | null;

  @Field(() => String, { description: 'RFC 5545 recurrence rule (times in Europe/Oslo).' })
  @Property({ type: 'string', length: 200 })
  rrule!: string;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'string', length: 5 })
  startTime!: string;

  @Property({ type: 'string', length: 5 })
  endTime!: string;

  /** Days of the week it runs (from the rule), for the weekday facet. */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  weekdays: string[] = [];

  /** Kept current on save and by the hourly job; the catalogue sorts by it. */
  @Field(() => Date, { nullable: true, description: 'When it next takes place (UTC); null when the schedule has ended.' })
  @Property({ type: 'datetime', nullable: true })
  nextOccurrenceAt?: Date | null;

  @Field(() => Boolean, { description: 'Drop in (true) or sign up first (false).' })
  @Property({ type: 'boolean', default: true })
  dropIn: boolean = true;

  @Field(() => [String], { description: 'Languages spoken, as ISO 639-1 codes (no, en, ar, uk, so, ti …).' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  languages: string[] = [];

  @Field(() => [TargetGroup], { description: 'Who it is for.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  targetGroups: TargetGroup[] = [];

  @Field(() => Int, { nullable: true, description: 'The youngest age it is meant for; null when there is no lower limit.' })
  @Property({ type: 'smallint', nullable: true })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'The oldest age it is meant for; null when there is no upper limit.' })
  @Property({ type: 'smallint', nullable: true })
  ageMax?: number | null;

  @Field(() => Boolean, { description: 'Whether taking part is free of charge (see cost otherwise).' })
  @Property({ type: 'boolean', default: true })
  free: boolean = true;

  @Field(() => String, { nullable: true, description: 'What it costs, when not free.' })
  @Property({ type: 'string', length: 200, nullable: true })
  cost?: string | null;

  @Field(() => String, { nullable: true, description: 'Universal design and access: step-free entrance, hearing loop … (plain text); null when not given.' })
  @Property({ type: 'text', nullable: true })
  accessibility?: string | null;

  @Field(() => String, { nullable: true, description: 'Who to ask about it; null when not given.' })
  @Property({ type: 'string', length: 120, nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address to ask about it; null when not given.' })
  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number to ask about it; null when not given.' })
  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone?: string | null;

  @Field(() => ActivityStatus, { description: 'Only PUBLISHED activities are in the public catalogue.' })
  @Enum({ items: () => ActivityStatus, type: 'string' })
  status!: ActivityStatus;

  @Field(() => Date, { description: 'When the organisation last said it still runs.' })
  @Property({ type: 'datetime' })
  lastConfirmedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  staleReminderSentAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When the activity was registered (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

export enum VolunteerStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(VolunteerStatus, { name: 'VolunteerStatus', description: 'An offer to help: PENDING until the organisation ACCEPTED or DECLINED it.' });

@ObjectType({ description: '"Jeg vil bidra": a person offering to help with an activity.' })
@Entity({ tableName: 'volunteer_interest' })
export class VolunteerInterest {
  [OptionalProps]?: 'id' | 'createdAt' | 'status';

  @Field(() => ID, { description: 'Unique id of the offer.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Activity, deleteRule: 'cascade' })
  @Index()
  activity!: Activity;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: User;

  @Field(() => String, { description: 'What the volunteer wrote to the organisation (may be empty).' })
  @Property({ type: 'text', default: '' })
  message: string = '';

  @Field(() => VolunteerStatus, { description: 'Whether the organisation has answered, and how.' })
  @Enum({ items: () => VolunteerStatus, type: 'string', default: VolunteerStatus.PENDING })
  status: VolunteerStatus = VolunteerStatus.PENDING;

  @Field(() => Date, { description: 'When the offer was made (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the organisation accepted or declined (UTC); null while PENDING.' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  reminderSentAt?: Date | null;
}
