import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AfterArgs } from '../../common/change-feed/live.js';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { BoardColumn, DecisionStatus, MilestoneStatus } from './settlement.entity.js';

/** The largest number of refugees any one field takes: far above any municipality's yearly figure. */
export const MAX_SETTLEMENT_NUMBER = 100_000;
/** Free-text answers and reasoning. */
export const MAX_SETTLEMENT_TEXT = 5_000;

@InputType({ description: 'A settlement year as created or edited. On update, omitted fields stay as they are.' })
export class SettlementYearInput {
  @Field(() => String, { nullable: true, description: 'The two-digit county number (create only), e.g. "40".' })
  @IsOptional()
  @Length(2, 2, { message: 'settlement/county_unknown' })
  countyNumber?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year refugees are to be settled in (create only).' })
  @IsOptional()
  @Min(2000, { message: 'settlement/year_invalid' })
  @Max(2100, { message: 'settlement/year_invalid' })
  year?: number | null;

  @Field(() => String, { nullable: true, description: 'The title; "Bosetting <year>" when left out.' })
  @IsOptional()
  @Length(3, 200, { message: 'settlement/title_length' })
  @SingleLineText()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'The national criteria (markdown); a change makes a new version.' })
  @IsOptional()
  @MaxLength(50_000, { message: 'settlement/criteria_length' })
  @MultiLineText()
  criteria?: string | null;

  @Field(() => String, { nullable: true, description: 'The survey deadline, Oslo wall-clock time "YYYY-MM-DDTHH:mm".' })
  @IsOptional()
  @MaxLength(16, { message: 'validation/datetime_invalid' })
  surveyDeadline?: string | null;
}

@InputType({ description: 'A milestone of the annual wheel. On update, omitted fields stay as they are.' })
export class SettlementMilestoneInput {
  @Field(() => String, { nullable: true, description: 'What happens (required on create).' })
  @IsOptional()
  @Length(3, 200, { message: 'settlement/milestone_title_length' })
  @SingleLineText()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'More about it (plain text).' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  description?: string | null;

  @Field(() => Int, { nullable: true, description: 'The month, 1–12 (required on create).' })
  @IsOptional()
  @Min(1, { message: 'settlement/month_invalid' })
  @Max(12, { message: 'settlement/month_invalid' })
  month?: number | null;

  @Field(() => String, { nullable: true, description: 'The exact date, "YYYY-MM-DD" (empty string: none); it sets the month.' })
  @IsOptional()
  @MaxLength(10, { message: 'validation/date_invalid' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'The responsible body.' })
  @IsOptional()
  @MaxLength(200, { message: 'settlement/responsible_length' })
  @SingleLineText()
  responsible?: string | null;

  @Field(() => [String], { nullable: true, description: 'Participating bodies by name.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'validation/too_many_items' })
  @Length(1, 120, { each: true, message: 'settlement/participant_length' })
  @SingleLineText()
  participants?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Participating organisations on the platform: their members are reminded before the date (or the first day of the month).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'validation/too_many_items' })
  participantOrganisationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Linked events (meetings, webinars).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'validation/too_many_items' })
  eventIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Linked resources and documents from the library.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'validation/too_many_items' })
  resourceIds?: string[] | null;

  @Field(() => MilestoneStatus, { nullable: true, description: 'A new status (moves as MILESTONE_TRANSITIONS allow).' })
  status?: MilestoneStatus | null;
}

@InputType({ description: 'A municipality’s survey answer as saved (autosave). Omitted (or null) fields stay as they are.' })
export class SurveyAnswerInput {
  @Field(() => Int, { nullable: true, description: 'How many refugees the municipality can settle next year.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  capacityMinors?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many more it could settle if the need rises.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  extraIfNeeded?: number | null;

  @Field(() => String, { nullable: true, description: 'Housing.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  housing?: string | null;

  @Field(() => String, { nullable: true, description: 'Kindergarten capacity.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  kindergarten?: string | null;

  @Field(() => String, { nullable: true, description: 'School capacity.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Health service capacity.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  health?: string | null;

  @Field(() => String, { nullable: true, description: 'Labour demand in the municipality and region.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  labourDemand?: string | null;

  @Field(() => String, { nullable: true, description: 'Results of the introduction programme.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  introResults?: string | null;

  @Field(() => String, { nullable: true, description: 'What it takes to keep the capacity.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  keepCapacity?: string | null;

  @Field(() => String, { nullable: true, description: 'Other comments.' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  comments?: string | null;
}

@InputType({ description: 'A change of one board cell, against the version the editor saw.' })
export class BoardCellInput {
  @Field(() => ID, { description: 'The settlement year.' }) yearId!: string;
  @Field(() => String, { description: 'The municipality number of the row.' }) @Length(4, 4, { message: 'municipality/unknown' }) @SingleLineText() municipalityNumber!: string;
  @Field(() => BoardColumn, { description: 'The column.' }) column!: BoardColumn;

  @Field(() => Int, { nullable: true, description: 'The new value of a number column (null: empty).' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  number?: number | null;

  @Field(() => String, { nullable: true, description: 'The new value of the comment column (null or empty: empty).' })
  @IsOptional()
  @MaxLength(2_000, { message: 'settlement/comment_length' })
  @MultiLineText()
  text?: string | null;

  @Field(() => Int, { description: 'The cell’s version the editor saw (0 for a cell never set); another version answers CONFLICT with the current value.' })
  @Min(0, { message: 'settlement/version_invalid' })
  @Max(1_000_000_000, { message: 'settlement/version_invalid' })
  version!: number;
}

@InputType({ description: 'The county’s recommendation for one municipality, as saved. Omitted fields stay as they are.' })
export class RecommendationInput {
  @Field(() => Int, { nullable: true, description: 'The recommended number.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  number?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  minors?: number | null;

  @Field(() => String, { nullable: true, description: 'The reasoning (plain text).' })
  @IsOptional()
  @MaxLength(MAX_SETTLEMENT_TEXT, { message: 'settlement/text_length' })
  @MultiLineText()
  reasoning?: string | null;
}

@InputType({ description: 'IMDi’s request (anmodning) to one municipality.' })
export class SettlementRequestInput {
  @Field(() => Int, { description: 'The requested number.' })
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  requested!: number;

  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  requestedMinors?: number | null;
}

@InputType({ description: 'The municipality’s decision (vedtak). DECIDED needs the number, whether minors are included, and the date.' })
export class SettlementDecisionInput {
  @Field(() => DecisionStatus, { description: 'Awaiting political treatment, or decided.' }) status!: DecisionStatus;

  @Field(() => Int, { nullable: true, description: 'How many the municipality decided to settle.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  decided?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether unaccompanied minors are included.' }) decidedMinors?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The date of the decision, "YYYY-MM-DD".' })
  @IsOptional()
  @MaxLength(10, { message: 'validation/date_invalid' })
  decidedOn?: string | null;
}

@InputType({ description: 'How many have been settled so far in the year.' })
export class SettledInput {
  @Field(() => Int, { description: 'Settled so far.' })
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  settled!: number;

  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' })
  @IsOptional()
  @Min(0, { message: 'settlement/number_invalid' })
  @Max(MAX_SETTLEMENT_NUMBER, { message: 'settlement/number_invalid' })
  settledMinors?: number | null;
}

@ArgsType()
export class SettlementLiveArgs extends AfterArgs {
  @Field(() => ID, { description: 'The settlement year.' }) yearId!: string;
}

@ArgsType()
export class SettlementYearArgs {
  @Field(() => ID, { description: 'The settlement year.' }) yearId!: string;
}
