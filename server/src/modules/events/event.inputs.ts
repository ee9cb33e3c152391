import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { EventKind, EventMode } from './event.entity.js';
import { EventQuestionInput } from './questions.js';

@InputType({ description: 'An event as created or edited. Times are wall-clock times in Europe/Oslo, "YYYY-MM-DDTHH:mm". On update, omitted fields stay as they are.' })
export class EventInput {
  @Field(() => ID, { nullable: true, description: 'The hosting organisation (create only).' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The title, 3–200 characters on one line; required on create.' })
  @IsOptional()
  @Length(3, 200, { message: 'event/title_length' })
  @SingleLineText()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @MaxLength(20_000, { message: 'event/description_length' })
  @MultiLineText()
  description?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'What sort of event it is; required on create.' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'Oslo time, e.g. "2026-12-01T09:00".' })
  @IsOptional()
  @MaxLength(16, { message: 'validation/datetime_invalid' })
  startsAt?: string | null;

  @Field(() => String, { nullable: true, description: 'End, Oslo time, e.g. "2026-12-01T15:00"; after the start. Required on create.' })
  @IsOptional()
  @MaxLength(16, { message: 'validation/datetime_invalid' })
  endsAt?: string | null;

  @Field(() => EventMode, { nullable: true, description: 'Online, in person or hybrid; required on create. In person and hybrid need a venue name or address.' })
  mode?: EventMode | null;

  @Field(() => String, { nullable: true, description: 'The venue’s name, up to 200 characters; empty string removes it.' })
  @IsOptional()
  @MaxLength(200, { message: 'event/venue_length' })
  @SingleLineText()
  venueName?: string | null;

  @Field(() => String, { nullable: true, description: 'The venue’s street address, up to 300 characters; empty string removes it.' })
  @IsOptional()
  @MaxLength(300, { message: 'event/venue_length' })
  @SingleLineText()
  venueAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Shown to everyone when no registration is required, else to confirmed participants.' })
  @IsOptional()
  @MaxLength(500, { message: 'event/meeting_url_invalid' })
  @SingleLineText()
  meetingUrl?: string | null;

  @Field(() => [String], { nullable: true, description: 'Målgruppe: who the event is for, as free labels (at most 20, each up to 80 characters). Replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'validation/too_many_items' })
  @MaxLength(80, { each: true, message: 'event/audience_length' })
  @SingleLineText()
  audience?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Its topics (slugs). Replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'validation/too_many_items' })
  topicSlugs?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The municipalities it is for (numbers). Replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'validation/too_many_items' })
  municipalityNumbers?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The language it is held in: nb, nn, en or another 2–10 letter code. nb when omitted on create.' })
  @IsOptional()
  @Length(2, 10, { message: 'event/language_invalid' })
  language?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; 0 or omitted on create means unlimited.' })
  @IsOptional()
  @Min(0, { message: 'event/capacity_invalid' })
  @Max(100_000, { message: 'event/capacity_invalid' })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'HYBRID events: online seats; 0 or omitted on create means unlimited.' })
  @IsOptional()
  @Min(0, { message: 'event/capacity_invalid' })
  @Max(100_000, { message: 'event/capacity_invalid' })
  onlineCapacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether people register; true when omitted on create.' })
  registrationRequired?: boolean | null;

  @Field(() => String, { nullable: true, description: 'A https link to registration elsewhere (the event then takes none of its own); empty string: none.' })
  @IsOptional()
  @MaxLength(500, { message: 'validation/url_invalid' })
  @SingleLineText()
  externalRegistrationUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats (in the room, for a HYBRID event) held for an organisation kind until `reservedUntil`; 0: none. Needs a capacity.' })
  @IsOptional()
  @Min(0, { message: 'event/reserved_invalid' })
  @Max(100_000, { message: 'event/reserved_invalid' })
  reservedSeats?: number | null;

  @Field(() => OrganisationKind, { nullable: true, description: 'Whose the reserved seats are: registrants from a verified organisation of this kind.' })
  reservedForKind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: 'Oslo time when unclaimed reserved seats go to everyone (before the start).' })
  @IsOptional()
  @MaxLength(16, { message: 'validation/datetime_invalid' })
  reservedUntil?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'E-mail reminders to registrants a day (and, online, an hour) before (default on).' })
  remindersEnabled?: boolean | null;

  @Field(() => [EventQuestionInput], { nullable: true, description: 'Registration questions, replacing the present ones (at most 10). Keep a question’s id to keep its answers.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'question/too_many' })
  questions?: EventQuestionInput[] | null;

  @Field(() => String, { nullable: true, description: 'Oslo time; empty string: open now.' })
  @IsOptional()
  @MaxLength(16, { message: 'validation/datetime_invalid' })
  registrationOpensAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Oslo time; empty string: until the start.' })
  @IsOptional()
  @MaxLength(16, { message: 'validation/datetime_invalid' })
  registrationClosesAt?: string | null;
}

export enum EventTimeFilter {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
}
registerEnumType(EventTimeFilter, { name: 'EventTimeFilter', description: 'UPCOMING: events not yet ended, soonest first. PAST: ended events, latest first.' });

@InputType({ description: 'Filters for the event list and calendar; combined with AND.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only these kinds (any of them).' }) kinds?: EventKind[] | null;
  @Field(() => ID, { nullable: true, description: 'Only events on this topic (slug).' }) topic?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events for this municipality (number).' }) municipality?: string | null;
  @Field(() => [EventMode], { nullable: true, description: 'ONLINE also matches HYBRID when asking for online; IN_PERSON likewise.' }) modes?: EventMode[] | null;
  @Field(() => ID, { nullable: true, description: 'Only events hosted by this organisation.' }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'From this Oslo date (YYYY-MM-DD), inclusive.' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'To this Oslo date (YYYY-MM-DD), inclusive.' }) to?: string | null;
  @Field(() => EventTimeFilter, { nullable: true, description: 'Only events not yet ended (UPCOMING) or already ended (PAST); both when omitted.' }) time?: EventTimeFilter | null;
  @Field(() => Boolean, { nullable: true, description: 'Include drafts the viewer may manage.' }) includeDrafts?: boolean | null;
}

export enum SeriesFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(SeriesFrequency, { name: 'SeriesFrequency', description: 'How far apart the events of a series are: a week or a calendar month, at the same Oslo time of day.' });
