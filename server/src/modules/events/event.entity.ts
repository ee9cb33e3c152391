import { randomUUID } from 'node:crypto';
import { ArrayType, Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Language, User } from '../accounts/user.entity.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { EvaluationQuestion, EvaluationStatus, type EvaluationQuestionData } from './evaluation.types.js';
import { EventQuestion, type AnswerData, type QuestionData } from './questions.js';
import { ModeratedContent } from '../moderation/moderated-content.js';

export enum EventKind {
  WEBINAR = 'WEBINAR',
  SEMINAR = 'SEMINAR',
  NETWORK_MEETING = 'NETWORK_MEETING',
  INFO_MEETING = 'INFO_MEETING',
  COURSE = 'COURSE',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, { name: 'EventKind', description: 'What sort of event it is.' });

export enum EventMode {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
}
registerEnumType(EventMode, { name: 'EventMode', description: 'How people take part: ONLINE, IN_PERSON at a venue, or HYBRID (both, with separate seats).' });

/** How a registrant takes part in a HYBRID event: each has its own seats and waitlist. */
export enum AttendanceMode {
  IN_ROOM = 'IN_ROOM',
  ONLINE = 'ONLINE',
}
registerEnumType(AttendanceMode, { name: 'AttendanceMode', description: 'In the room or online: a HYBRID event has seats and a waitlist for each.' });

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatus, { name: 'EventStatus', description: 'DRAFT (its organisers only), PUBLISHED (visible to all) or CANCELLED (still visible, registration closed).' });

@ObjectType({ description: 'A seminar, webinar, network gathering … hosted by an organisation.' })
@Entity({ tableName: 'event' })
@Index({ properties: ['status', 'startsAt'] })
// An organisation's page lists the events it co-hosts too.
@Index({ name: 'event_co_hosts', expression: `create index "event_co_hosts" on "event" using gin ("co_host_ids")` })
@Index({ name: 'event_search', expression: `create index "event_search" on "event" using gin ("search_vector") with (fastupdate = off)` })
export class Event extends ModeratedContent {
  [OptionalProps]?: 'id' | 'createdAt' | 'coHostIds' | 'audience' | 'confirmedCount' | 'waitlistCount' | 'onlineConfirmedCount' | 'onlineWaitlistCount' | 'registrationRequired' | 'language' | 'materials' | 'description' | 'descriptionHtml' | 'materialsHtml' | 'questions' | 'reservedConfirmedCount' | 'remindersEnabled' | 'evaluationStatus' | 'evaluationQuestions';

  @Field(() => ID, { description: 'Unique id of the event.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The primary host (kept for everything written before co-hosts); `coHostIds` has the others. */
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  @Index()
  organisation!: Organisation;

  /** Organisations that accepted to co-host (event-host.entity.ts keeps the invitations): their members manage the
   * event as the primary host's do, and it shows on their pages. Kept beside the row so permission checks and
   * list filters need no join. */
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  coHostIds: string[] = [];

  @Field(() => String, { description: 'The event’s title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'Markdown source.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => String, { description: 'Sanitised HTML.' })
  @Property({ type: 'text', default: '' })
  descriptionHtml: string = '';

  @Field(() => EventKind, { description: 'What sort of event it is.' })
  @Enum({ items: () => EventKind, type: 'string' })
  kind!: EventKind;

  @Field(() => Date, { description: 'Start (an instant; show it in Europe/Oslo).' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End (an instant in UTC; show it in Europe/Oslo).' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => EventMode, { description: 'Online, in person, or both.' })
  @Enum({ items: () => EventMode, type: 'string' })
  mode!: EventMode;

  @Field(() => String, { nullable: true, description: 'The venue’s name; null for an online event.' })
  @Property({ type: 'string', length: 200, nullable: true })
  venueName?: string | null;

  @Field(() => String, { nullable: true, description: 'The venue’s street address; null for an online event.' })
  @Property({ type: 'string', length: 300, nullable: true })
  venueAddress?: string | null;

  /** Shown to organisers, to all for an event without registration, else to confirmed participants (`meetingUrlFor`). */
  @Property({ type: 'string', length: 500, nullable: true })
  meetingUrl?: string | null;

  @Field(() => [String], { description: 'Målgruppe: who the event is for.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  audience: string[] = [];

  @ManyToMany({ entity: () => Topic, owner: true, pivotTable: 'event_topic' })
  topics = new Collection<Topic>(this);

  @ManyToMany({ entity: () => Municipality, owner: true, pivotTable: 'event_municipality' })
  municipalities = new Collection<Municipality>(this);

  @Field(() => String, { description: 'nb, nn, en or another language code.' })
  @Property({ type: 'string', length: 10, default: 'nb' })
  language: string = 'nb';

  @Field(() => Int, { nullable: true, description: 'Seats; null is unlimited. For a HYBRID event: the seats in the room (online: `onlineCapacity`).' })
  @Property({ type: 'integer', nullable: true })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Online seats of a HYBRID event; null is unlimited. Other events use `capacity` alone.' })
  @Property({ type: 'integer', nullable: true })
  onlineCapacity?: number | null;

  @Field(() => Boolean, { description: 'Whether people register; false for an event anyone may just attend.' })
  @Property({ type: 'boolean', default: true })
  registrationRequired: boolean = true;

  @Field(() => String, { nullable: true, description: 'Registration happens elsewhere (a https link): the event takes no registrations of its own.' })
  @Property({ type: 'string', length: 500, nullable: true })
  externalRegistrationUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats (in the room, for a HYBRID event) held for registrants from a verified organisation of `reservedForKind` until `reservedUntil`; then everyone’s.' })
  @Property({ type: 'integer', nullable: true })
  reservedSeats?: number | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Whose the reserved seats are, e.g. VOLUNTARY.' })
  @Enum({ items: () => OrganisationKind, type: 'string', nullable: true })
  reservedForKind?: OrganisationKind | null;

  @Field(() => Date, { nullable: true, description: 'When unclaimed reserved seats are released to everyone (and the waitlist moves up).' })
  @Property({ type: 'datetime', nullable: true })
  reservedUntil?: Date | null;

  @Field(() => Int, { description: 'Confirmed registrations holding a reserved seat (counted in `confirmedCount` too).' })
  @Property({ type: 'integer', default: 0 })
  reservedConfirmedCount: number = 0;

  /** Set by the job that released the reserved seats and moved the waitlist up, so it does so once. */
  @Property({ type: 'datetime', nullable: true })
  reservationReleasedAt?: Date | null;

  @Field(() => [EventQuestion], { description: 'What registrants are asked (questions.ts); answers are kept until `answersDeleteAt`.' })
  @Property({ type: 'json', default: '[]' })
  questions: QuestionData[] = [];

  @Field(() => Date, { nullable: true, description: 'When the answers to its questions were last deleted (by the organisers, or 90 days after the event).' })
  @Property({ type: 'datetime', nullable: true })
  answersDeletedAt?: Date | null;

  @Field(() => Boolean, { description: 'Registrants get e-mailed reminders: a day before, and an hour before for those taking part online.' })
  @Property({ type: 'boolean', default: true })
  remindersEnabled: boolean = true;

  /** When the day-before reminders went out (reminders.ts): sent once, by whichever server process claims them. */
  @Property({ type: 'datetime', nullable: true })
  reminderDaySentAt?: Date | null;

  /** When the hour-before reminders to online participants went out. */
  @Property({ type: 'datetime', nullable: true })
  reminderHourSentAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When registration opens (UTC); null means as soon as it is published.' })
  @Property({ type: 'datetime', nullable: true })
  registrationOpensAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When registration closes (UTC); null means at the start.' })
  @Property({ type: 'datetime', nullable: true })
  registrationClosesAt?: Date | null;

  @Field(() => EventStatus, { description: 'Draft (seen only by its organisers), published or cancelled.' })
  @Enum({ items: () => EventStatus, type: 'string' })
  status!: EventStatus;

  @Field(() => ID, { nullable: true, description: 'Events created together as a weekly or monthly series share this id.' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  seriesId?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the recording (https), added after the event; null until then.' })
  @Property({ type: 'string', length: 500, nullable: true })
  recordingUrl?: string | null;

  @Field(() => String, { description: 'Materials after the event (markdown).' })
  @Property({ type: 'text', default: '' })
  materials: string = '';

  @Field(() => String, { description: 'The materials as sanitised HTML.' })
  @Property({ type: 'text', default: '' })
  materialsHtml: string = '';

  @Field(() => EvaluationStatus, { description: 'Where its evaluation stands (evaluation.states.ts).' })
  @Enum({ items: () => EvaluationStatus, type: 'string', default: EvaluationStatus.NONE })
  evaluationStatus: EvaluationStatus = EvaluationStatus.NONE;

  @Field(() => [EvaluationQuestion], { description: 'The two or three evaluation questions (empty without an evaluation).' })
  @Property({ type: 'json', default: '[]' })
  evaluationQuestions: EvaluationQuestionData[] = [];

  /** When registrants were told the recording or materials are out: once, at the first. */
  @Property({ type: 'datetime', nullable: true })
  materialsNotifiedAt?: Date | null;

  @Field(() => Int, { description: 'Confirmed participants (in the room, for a HYBRID event).' })
  @Property({ type: 'integer', default: 0 })
  confirmedCount: number = 0;

  @Field(() => Int, { description: 'People on the waitlist (for the room, in a HYBRID event).' })
  @Property({ type: 'integer', default: 0 })
  waitlistCount: number = 0;

  @Field(() => Int, { description: 'Confirmed online participants of a HYBRID event (`confirmedCount` counts the room there).' })
  @Property({ type: 'integer', default: 0 })
  onlineConfirmedCount: number = 0;

  @Field(() => Int, { description: 'The online waitlist of a HYBRID event.' })
  @Property({ type: 'integer', default: 0 })
  onlineWaitlistCount: number = 0;

  @Field(() => String, { nullable: true, description: 'Why the organiser cancelled it, as told to registrants; null when not given or not cancelled.' })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When the event was created (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** The moves between these are in registration.states.ts. */
export enum RegistrationStatus {
  /** A guest who has not confirmed the e-mail yet: holds no seat, is not counted, expires after 24 hours. */
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  /** A guest registration never confirmed. */
  EXPIRED = 'EXPIRED',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: 'Where a registration stands: CONFIRMED has a seat, WAITLISTED waits for one, CANCELLED by the person or the organiser; guests start PENDING.',
  valuesConfig: {
    PENDING: { description: 'A guest who has not confirmed by e-mail yet: no seat, not counted; expires after 24 hours.' },
    EXPIRED: { description: 'A guest registration that was never confirmed.' },
  },
});

/** Whether a confirmed registrant came. The moves between these are in check-in.states.ts. */
export enum CheckIn {
  NOT_MARKED = 'NOT_MARKED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(CheckIn, {
  name: 'CheckIn',
  description: 'Whether a confirmed registrant came, as the organisers marked it at the door.',
  valuesConfig: {
    NOT_MARKED: { description: 'Not marked yet.' },
    ATTENDED: { description: 'Came.' },
    NO_SHOW: { description: 'Did not come.' },
  },
});

@ObjectType({ description: 'A place at an event (or on its waitlist), for a user or a guest.' })
@Entity({ tableName: 'registration' })
@Index({ properties: ['event', 'status', 'seq'] })
// One live registration per person and event; cancelled and expired ones do not count.
@Index({ name: 'registration_active_user', expression: `create unique index "registration_active_user" on "registration" ("event_id", "user_id") where "status" in ('PENDING', 'CONFIRMED', 'WAITLISTED') and "user_id" is not null` })
@Index({ name: 'registration_active_guest', expression: `create unique index "registration_active_guest" on "registration" ("event_id", lower("guest_email")) where "status" in ('PENDING', 'CONFIRMED', 'WAITLISTED') and "guest_email" is not null` })
// The hourly sweep finds unconfirmed guests by age.
@Index({ name: 'registration_pending', expression: `create index "registration_pending" on "registration" ("created_at") where "status" = 'PENDING'` })
export class Registration {
  [OptionalProps]?: 'id' | 'createdAt' | 'seq' | 'guestEmailConfirmed' | 'attendance' | 'reservedSeat' | 'qualifiesForReserved' | 'checkIn';

  @Field(() => ID, { description: 'Unique id of the registration.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Order of arrival (for a guest: of confirming): the waitlist is served by it. */
  @Property({ type: 'bigint', autoincrement: true, unique: true })
  seq!: string;

  @ManyToOne({ entity: () => Event, deleteRule: 'cascade' })
  event!: Event;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'cascade' })
  @Index()
  user?: User | null;

  @Field(() => String, { nullable: true, description: 'A guest’s name; null for a registered user.' })
  @Property({ type: 'string', length: 120, nullable: true })
  guestName?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  guestEmail?: string | null;

  /** The language a guest registered in: their e-mails (reminders) are written in it. */
  @Enum({ items: () => Language, type: 'string', nullable: true })
  guestLanguage?: Language | null;

  @Field(() => Boolean, { description: 'For a guest: whether the e-mailed link has been followed. Always false for a user.' })
  @Property({ type: 'boolean', default: false })
  guestEmailConfirmed: boolean = false;

  /** HMAC of the guest's manage link (confirm / cancel). */
  @Property({ type: 'string', length: 64, nullable: true })
  @Index()
  tokenHash?: string | null;

  @Field(() => RegistrationStatus, { description: 'Where the registration stands.' })
  @Enum({ items: () => RegistrationStatus, type: 'string' })
  status!: RegistrationStatus;

  @Field(() => Boolean, { description: 'Holds one of the seats reserved for an organisation kind.' })
  @Property({ type: 'boolean', default: false })
  reservedSeat: boolean = false;

  /** The registrant belonged to a verified organisation of the event's `reservedForKind` when registering (a user's
   * own registration only): may take a reserved seat, now or from the waitlist. */
  @Property({ type: 'boolean', default: false })
  qualifiesForReserved: boolean = false;

  @Field(() => CheckIn, { description: 'Whether a confirmed registrant came (marked at check-in).' })
  @Enum({ items: () => CheckIn, type: 'string', default: CheckIn.NOT_MARKED })
  checkIn: CheckIn = CheckIn.NOT_MARKED;

  @Field(() => Date, { nullable: true, description: 'When the check-in was last marked.' })
  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  checkedInBy?: User | null;

  /** The organisation the user came for (one of theirs), for the attendance figures by organisation kind. */
  @ManyToOne({ entity: () => Organisation, nullable: true, deleteRule: 'set null' })
  organisation?: Organisation | null;

  /** The municipality the registrant works in or comes from, for the attendance figures by municipality. */
  @ManyToOne({ entity: () => Municipality, nullable: true, deleteRule: 'set null' })
  municipality?: Municipality | null;

  /** Answers to the event's questions (questions.ts): for the registrant and the organisers; emptied 90 days after the event. */
  @Property({ type: 'json', nullable: true })
  answers?: AnswerData[] | null;

  @Field(() => AttendanceMode, { description: 'In the room or online (ONLINE for an online event, IN_ROOM for one in person).' })
  @Enum({ items: () => AttendanceMode, type: 'string', default: AttendanceMode.IN_ROOM })
  attendance: AttendanceMode = AttendanceMode.IN_ROOM;

  @Field(() => Date, { description: 'When the person registered (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was cancelled (UTC); null unless CANCELLED.' })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;
}

/** A topic or municipality a user follows: new events there reach their inbox. */
@Entity({ tableName: 'follow' })
export class Follow {
  [OptionalProps]?: 'id';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  @Index()
  user!: User;

  @ManyToOne({ entity: () => Topic, nullable: true, deleteRule: 'cascade' })
  topic?: Topic | null;

  @ManyToOne({ entity: () => Municipality, nullable: true, deleteRule: 'cascade' })
  municipality?: Municipality | null;
}
