import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { ActivityCategory, TargetGroup } from './activity.entity.js';

export enum ScheduleFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(ScheduleFrequency, { name: 'ScheduleFrequency', description: 'WEEKLY: every n-th week on the given days. MONTHLY: on the n-th (or last) given weekday of each month.' });

export enum Weekday {
  MO = 'MO',
  TU = 'TU',
  WE = 'WE',
  TH = 'TH',
  FR = 'FR',
  SA = 'SA',
  SU = 'SU',
}
registerEnumType(Weekday, { name: 'Weekday', description: 'A day of the week, as in iCal (MO = Monday … SU = Sunday).' });

@InputType({ description: 'A recurring schedule in Oslo time: weekly (every n-th week on some days) or monthly (the n-th or last weekday).' })
export class ScheduleInput {
  @Field(() => ScheduleFrequency, { description: 'Weekly or monthly.' }) frequency!: ScheduleFrequency;
  @Field(() => Int, { defaultValue: 1, description: 'WEEKLY: 1 every week, 2 every other week … (1–4).' }) interval: number = 1;
  @Field(() => [Weekday], { description: 'The days it runs (WEEKLY), or the one weekday (MONTHLY); at least one.' }) @ArrayMaxSize(7, { message: 'activity/weekdays_required' }) weekdays!: Weekday[];
  @Field(() => Int, { nullable: true, description: 'MONTHLY: 1–4 for the n-th weekday of the month, -1 for the last.' }) setPos?: number | null;
  @Field(() => String, { description: 'First date, YYYY-MM-DD.' }) @MaxLength(10, { message: 'validation/date_invalid' }) startDate!: string;
  @Field(() => String, { nullable: true, description: 'Last date, YYYY-MM-DD (inclusive).' }) @IsOptional() @MaxLength(10, { message: 'validation/date_invalid' }) until?: string | null;
  @Field(() => String, { description: 'HH:mm' }) @MaxLength(5, { message: 'validation/time_invalid' }) startTime!: string;
  @Field(() => String, { description: 'HH:mm' }) @MaxLength(5, { message: 'validation/time_invalid' }) endTime!: string;
}

@InputType({ description: 'An activity as registered or edited; on update, omitted fields stay as they are.' })
export class ActivityInput {
  @Field(() => ID, { nullable: true, description: 'The organisation that runs it (create only).' }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'The title, 3–200 characters on one line; required on create.' }) @IsOptional() @Length(3, 200, { message: 'activity/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown.' }) @IsOptional() @MaxLength(10_000, { message: 'activity/description_length' }) @MultiLineText() description?: string | null;
  @Field(() => ActivityCategory, { nullable: true, description: 'What sort of activity it is; required on create.' }) category?: ActivityCategory | null;
  @Field(() => ID, { nullable: true, description: 'Municipality number.' }) municipalityNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Where it takes place, up to 300 characters; empty string removes it.' }) @IsOptional() @MaxLength(300, { message: 'activity/address_length' }) @SingleLineText() address?: string | null;
  @Field(() => ScheduleInput, { nullable: true, description: 'When it runs; required on create, and it must produce at least one date.' }) schedule?: ScheduleInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Drop in (true) or sign up first (false); true when omitted on create.' }) dropIn?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'ISO 639-1 codes.' }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) languages?: string[] | null;
  @Field(() => [TargetGroup], { nullable: true, description: 'Who it is for; replaces the list.' }) targetGroups?: TargetGroup[] | null;
  @Field(() => Int, { nullable: true, description: 'The youngest age it is meant for (0–120); null removes the limit.' }) @IsOptional() @Min(0, { message: 'activity/age_invalid' }) @Max(120, { message: 'activity/age_invalid' }) ageMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'The oldest age it is meant for (0–120, not below ageMin); null removes the limit.' }) @IsOptional() @Min(0, { message: 'activity/age_invalid' }) @Max(120, { message: 'activity/age_invalid' }) ageMax?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether taking part is free of charge; true when omitted on create.' }) free?: boolean | null;
  @Field(() => String, { nullable: true, description: 'What it costs when not free, up to 200 characters; empty string removes it.' }) @IsOptional() @MaxLength(200, { message: 'activity/cost_length' }) @SingleLineText() cost?: string | null;
  @Field(() => String, { nullable: true, description: 'Universal design and access, plain text up to 2000 characters; empty string removes it.' }) @IsOptional() @MaxLength(2000, { message: 'activity/accessibility_length' }) @MultiLineText() accessibility?: string | null;
  @Field(() => String, { nullable: true, description: 'Who to ask about it, up to 120 characters; empty string removes it.' }) @IsOptional() @MaxLength(120, { message: 'validation/name_length' }) @SingleLineText() contactName?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address to ask about it; empty string removes it.' }) @IsOptional() @MaxLength(254, { message: 'validation/email_invalid' }) contactEmail?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number to ask about it (digits, spaces, +, parentheses and dashes; 5–20 characters); empty string removes it.' }) @IsOptional() @MaxLength(40, { message: 'organisation/phone_invalid' }) @SingleLineText() contactPhone?: string | null;
}

@InputType({ description: 'Catalogue filters; combined with AND. Facet counts are given for each.' })
export class ActivityFilter {
  @Field(() => ID, { nullable: true, description: 'Only activities in this municipality (number).' }) municipality?: string | null;
  @Field(() => ActivityCategory, { nullable: true, description: 'Only this category.' }) category?: ActivityCategory | null;
  @Field(() => String, { nullable: true, description: 'ISO 639-1 code.' }) @IsOptional() @MaxLength(10, { message: 'validation/invalid_input' }) language?: string | null;
  @Field(() => TargetGroup, { nullable: true, description: 'Only activities for this target group.' }) targetGroup?: TargetGroup | null;
  @Field(() => Weekday, { nullable: true, description: 'Only activities that run on this day of the week.' }) weekday?: Weekday | null;
  @Field(() => Boolean, { nullable: true, description: 'Only drop-in activities (true) or only those that need signing up (false).' }) dropIn?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Words, searched with Norwegian stemming.' }) @IsOptional() @MaxLength(200, { message: 'validation/search_too_long' }) @SingleLineText() search?: string | null;
  @Field(() => ID, { nullable: true, description: "One organisation's activities (its members also see drafts, paused and archived)." }) organisationId?: string | null;
}
