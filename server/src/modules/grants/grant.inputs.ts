import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { PaymentPlanLineInput, ReportRequirementInput } from './follow-up/follow-up.inputs.js';

@InputType({ description: 'An assessment criterion of a round.' })
export class CriterionInput {
  @Field(() => String, { description: 'Stable key, e.g. "relevance".' }) @Length(1, 40, { message: 'grant/criterion_invalid' }) key!: string;
  @Field(() => String, { description: 'What is assessed, 1–200 characters on one line.' }) @Length(1, 200, { message: 'grant/criterion_invalid' }) @SingleLineText() title!: string;
  @Field(() => Int, { description: 'Relative weight, 1–100.' }) @Min(1, { message: 'grant/weight_invalid' }) @Max(100, { message: 'grant/weight_invalid' }) weight!: number;
}

@InputType({ description: 'A grant round; times are Oslo wall-clock "YYYY-MM-DDTHH:mm". On update, omitted fields stay.' })
export class GrantRoundInput {
  @Field(() => ID, { nullable: true, description: 'Create only.' }) schemeId?: string | null;
  @Field(() => String, { nullable: true, description: 'The title, 3–200 characters on one line; required on create.' }) @IsOptional() @Length(3, 200, { message: 'grant/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => Int, { nullable: true, description: 'The budget year, 2000–2100; required on create.' }) @IsOptional() @Min(2000, { message: 'grant/year_invalid' }) @Max(2100, { message: 'grant/year_invalid' }) year?: number | null;
  @Field(() => Int, { nullable: true, description: 'NOK.' }) @IsOptional() @Min(0, { message: 'grant/budget_invalid' }) @Max(1_000_000_000, { message: 'grant/budget_invalid' }) budget?: number | null;
  @Field(() => String, { nullable: true, description: 'Markdown; a change makes a new version.' }) @IsOptional() @MaxLength(50_000, { message: 'grant/guidelines_length' }) @MultiLineText() guidelines?: string | null;
  @Field(() => [OrganisationKind], { nullable: true, description: 'Which kinds of organisation may apply; empty: every kind. Replaces the list.' }) eligibleKinds?: OrganisationKind[] | null;
  @Field(() => [ID], { nullable: true, description: 'Applicants must serve one of these municipalities (numbers); empty: everywhere. Replaces the list.' }) @IsOptional() @ArrayMaxSize(100, { message: 'validation/too_many_items' }) eligibleMunicipalities?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'How many partner organisations an application must name, 0–20.' }) @IsOptional() @Min(0, { message: 'grant/partners_invalid' }) @Max(20, { message: 'grant/partners_invalid' }) minPartners?: number | null;
  @Field(() => [CriterionInput], { nullable: true, description: 'The assessment criteria (at most 20, keys unique); replaces the list. Needed before opening.' }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) criteria?: CriterionInput[] | null;
  @Field(() => String, { nullable: true, description: 'Planned opening, Oslo time, e.g. "2027-01-15T09:00". Required on create.' }) @IsOptional() @MaxLength(16, { message: 'validation/datetime_invalid' }) opensAt?: string | null;
  @Field(() => String, { nullable: true, description: 'The application deadline, Oslo time, e.g. "2027-03-01T12:00"; after opensAt. Required on create.' }) @IsOptional() @MaxLength(16, { message: 'validation/datetime_invalid' }) closesAt?: string | null;
  @Field(() => ID, { nullable: true, description: 'An information meeting about the round; null removes it.' }) infoEventId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who applicants can ask, plain text up to 2000 characters.' }) @IsOptional() @MaxLength(2000, { message: 'grant/contacts_length' }) @MultiLineText() contacts?: string | null;
  @Field(() => Int, { nullable: true, description: 'Days an organisation has to accept its award after the decisions are published, 1–90 (default 21).' }) @IsOptional() @Min(1, { message: 'grant/acceptance_days_invalid' }) @Max(90, { message: 'grant/acceptance_days_invalid' }) acceptanceDays?: number | null;
  @Field(() => [ReportRequirementInput], { nullable: true, description: 'The reports every award owes: at most one MIDTERM and one FINAL, due after the application deadline. Replaces the list.' }) @IsOptional() @ArrayMaxSize(2, { message: 'validation/too_many_items' }) reportRequirements?: ReportRequirementInput[] | null;
  @Field(() => [PaymentPlanLineInput], { nullable: true, description: 'The payment plan every award gets: each trigger once, adding up to 100 percent (default 75 at acceptance, 25 after the final report). Replaces it.' }) @IsOptional() @ArrayMaxSize(3, { message: 'validation/too_many_items' }) paymentPlan?: PaymentPlanLineInput[] | null;
}

@InputType({ description: 'One line of an application’s budget.' })
export class BudgetLineInput {
  @Field(() => String, { description: 'What the money is for, 1–300 characters on one line.' }) @Length(1, 300, { message: 'grant/budget_line_invalid' }) @SingleLineText() description!: string;
  @Field(() => Int, { description: 'NOK the applicant pays itself.' }) @Min(0, { message: 'grant/amount_invalid' }) @Max(100_000_000, { message: 'grant/amount_invalid' }) ownFunding!: number;
  @Field(() => Int, { description: 'NOK asked for.' }) @Min(0, { message: 'grant/amount_invalid' }) @Max(100_000_000, { message: 'grant/amount_invalid' }) requested!: number;
}

@InputType({ description: 'An application draft; omitted fields stay as they are.' })
export class GrantApplicationInput {
  @Field(() => String, { nullable: true, description: 'The project’s title, up to 200 characters on one line; not empty.' }) @IsOptional() @MaxLength(200, { message: 'grant/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => String, { nullable: true, description: 'A short summary, plain text up to 5000 characters.' }) @IsOptional() @MaxLength(5000, { message: 'grant/summary_length' }) @MultiLineText() summary?: string | null;
  @Field(() => String, { nullable: true, description: 'The project plan, markdown up to 50 000 characters.' }) @IsOptional() @MaxLength(50_000, { message: 'grant/plan_length' }) @MultiLineText() projectPlan?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Partner organisations (at most 20); replaces the list.' }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) partnerOrganisationIds?: string[] | null;
  @Field(() => [BudgetLineInput], { nullable: true, description: 'The whole budget (at most 50 lines); replaces the current one.' }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) budgetLines?: BudgetLineInput[] | null;
}
