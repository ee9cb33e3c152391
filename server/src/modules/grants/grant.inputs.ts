import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MultiLineText, SingleLineText } from '../../common/text.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';

@InputType()
export class CriterionInput {
  @Field(() => String, { description: 'Stable key, e.g. "relevance".' }) @Length(1, 40, { message: 'grant/criterion_invalid' }) key!: string;
  @Field(() => String) @Length(1, 200, { message: 'grant/criterion_invalid' }) @SingleLineText() title!: string;
  @Field(() => Int, { description: 'Relative weight, 1–100.' }) @Min(1, { message: 'grant/weight_invalid' }) @Max(100, { message: 'grant/weight_invalid' }) weight!: number;
}

@InputType({ description: 'A grant round; times are Oslo wall-clock "YYYY-MM-DDTHH:mm". On update, omitted fields stay.' })
export class GrantRoundInput {
  @Field(() => ID, { nullable: true, description: 'Create only.' }) schemeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(3, 200, { message: 'grant/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(2000, { message: 'grant/year_invalid' }) @Max(2100, { message: 'grant/year_invalid' }) year?: number | null;
  @Field(() => Int, { nullable: true, description: 'NOK.' }) @IsOptional() @Min(0, { message: 'grant/budget_invalid' }) @Max(1_000_000_000, { message: 'grant/budget_invalid' }) budget?: number | null;
  @Field(() => String, { nullable: true, description: 'Markdown; a change makes a new version.' }) @IsOptional() @MaxLength(50_000, { message: 'grant/guidelines_length' }) @MultiLineText() guidelines?: string | null;
  @Field(() => [OrganisationKind], { nullable: true }) eligibleKinds?: OrganisationKind[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100, { message: 'validation/too_many_items' }) eligibleMunicipalities?: string[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: 'grant/partners_invalid' }) @Max(20, { message: 'grant/partners_invalid' }) minPartners?: number | null;
  @Field(() => [CriterionInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) criteria?: CriterionInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(16, { message: 'validation/datetime_invalid' }) opensAt?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(16, { message: 'validation/datetime_invalid' }) closesAt?: string | null;
  @Field(() => ID, { nullable: true }) infoEventId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000, { message: 'grant/contacts_length' }) @MultiLineText() contacts?: string | null;
}

@InputType()
export class BudgetLineInput {
  @Field(() => String) @Length(1, 300, { message: 'grant/budget_line_invalid' }) @SingleLineText() description!: string;
  @Field(() => Int, { description: 'NOK the applicant pays itself.' }) @Min(0, { message: 'grant/amount_invalid' }) @Max(100_000_000, { message: 'grant/amount_invalid' }) ownFunding!: number;
  @Field(() => Int, { description: 'NOK asked for.' }) @Min(0, { message: 'grant/amount_invalid' }) @Max(100_000_000, { message: 'grant/amount_invalid' }) requested!: number;
}

@InputType({ description: 'An application draft; omitted fields stay as they are.' })
export class GrantApplicationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: 'grant/title_length' }) @SingleLineText() title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000, { message: 'grant/summary_length' }) @MultiLineText() summary?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50_000, { message: 'grant/plan_length' }) @MultiLineText() projectPlan?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20, { message: 'validation/too_many_items' }) partnerOrganisationIds?: string[] | null;
  @Field(() => [BudgetLineInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50, { message: 'validation/too_many_items' }) budgetLines?: BudgetLineInput[] | null;
}
