import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MultiLineText } from '../../../common/text.js';
import { TargetGroup } from '../../activities/activity.entity.js';
import { PaymentTrigger, ReportKind } from './follow-up.entity.js';

@InputType({ description: 'A report every award of the round owes.' })
export class ReportRequirementInput {
  @Field(() => ReportKind, { description: 'MIDTERM or FINAL; at most one of each.' }) kind!: ReportKind;
  @Field(() => String, { description: 'When it is due, Oslo wall-clock time, e.g. "2027-12-01T12:00".' }) @MaxLength(16, { message: 'validation/datetime_invalid' }) dueAt!: string;
}

@InputType({ description: 'One payment of the plan every award of the round gets.' })
export class PaymentPlanLineInput {
  @Field(() => Int, { description: 'Share of the award, 1–100 percent; the lines add up to 100.' }) @Min(1, { message: 'grant/payment_plan_invalid' }) @Max(100, { message: 'grant/payment_plan_invalid' }) percent!: number;
  @Field(() => PaymentTrigger, { description: 'What makes it due; each trigger at most once.' }) trigger!: PaymentTrigger;
}

@InputType({ description: 'Participants reached in one municipality and target group.' })
export class ReportResultInput {
  @Field(() => ID, { description: 'The municipality number, e.g. "4003".' }) @Length(4, 4, { message: 'municipality/unknown' }) municipalityNumber!: string;
  @Field(() => TargetGroup, { description: 'Who they were.' }) targetGroup!: TargetGroup;
  @Field(() => Int, { description: 'How many took part, 0–1 000 000.' }) @Min(0, { message: 'grant/participants_invalid' }) @Max(1_000_000, { message: 'grant/participants_invalid' }) participants!: number;
}

@InputType({ description: 'The actual spending on one budget line of the application.' })
export class ReportAccountInput {
  @Field(() => Int, { description: 'The budget line’s position in the application, from 0.' }) @Min(0, { message: 'grant/account_line_unknown' }) line!: number;
  @Field(() => Int, { nullable: true, description: 'NOK actually spent on it; null clears it.' }) @IsOptional() @Min(0, { message: 'grant/amount_invalid' }) @Max(100_000_000, { message: 'grant/amount_invalid' }) actual?: number | null;
}

@InputType({ description: 'A report draft; omitted fields stay as they are.' })
export class GrantReportInput {
  @Field(() => String, { nullable: true, description: 'What was done against the application’s goals, plain text up to 20 000 characters.' }) @IsOptional() @MaxLength(20_000, { message: 'grant/goals_length' }) @MultiLineText() goals?: string | null;
  @Field(() => Int, { nullable: true, description: 'How many activities were held, 0–100 000.' }) @IsOptional() @Min(0, { message: 'grant/activities_invalid' }) @Max(100_000, { message: 'grant/activities_invalid' }) activitiesHeld?: number | null;
  @Field(() => [ReportResultInput], { nullable: true, description: 'Participants by municipality and target group (at most 200 rows, each pair once); replaces the list.' }) @IsOptional() @ArrayMaxSize(200, { message: 'validation/too_many_items' }) results?: ReportResultInput[] | null;
  @Field(() => [ReportAccountInput], { nullable: true, description: 'Actual amounts for budget lines; lines left out keep theirs.' }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) accounts?: ReportAccountInput[] | null;
  @Field(() => Int, { nullable: true, description: 'The total spent, NOK: must equal the sum of the actual amounts to submit.' }) @IsOptional() @Min(0, { message: 'grant/amount_invalid' }) @Max(1_000_000_000, { message: 'grant/amount_invalid' }) totalSpent?: number | null;
  @Field(() => Int, { nullable: true, description: 'How much of the award was used, NOK; at most the award.' }) @IsOptional() @Min(0, { message: 'grant/amount_invalid' }) @Max(1_000_000_000, { message: 'grant/amount_invalid' }) grantUsed?: number | null;
}
