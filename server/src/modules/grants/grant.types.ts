import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Decision, GrantApplication } from './grant.entity.js';

@ObjectType() export class Criterion {
  @Field(() => String) key!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) weight!: number;
}

@ObjectType() export class BudgetLine {
  @Field(() => String) description!: string;
  @Field(() => Int) ownFunding!: number;
  @Field(() => Int) requested!: number;
}

@ObjectType({ description: 'The published decision: visible to the applicant once the round’s decisions are published, and to county staff.' })
export class GrantDecision {
  @Field(() => Decision) decision!: Decision;
  @Field(() => Int) grantedAmount!: number;
  @Field(() => String) reason!: string;
  @Field(() => Date) decidedAt!: Date;
}

@ObjectType() export class CriterionScore {
  @Field(() => String) key!: string;
  @Field(() => Int) score!: number;
}

@ObjectType() export class RankedApplication {
  @Field(() => GrantApplication) application!: GrantApplication;
  @Field(() => Float, { nullable: true, description: 'Weighted mean score 0–5 over reviewers; null before any scores.' }) score!: number | null;
  @Field(() => Int) reviews!: number;
}

@ObjectType() export class DashboardBucket {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
  @Field(() => Int, { description: 'NOK requested.' }) requested!: number;
}

@ObjectType({ description: 'A reviewer who declared a conflict of interest (inhabil) for an application, and so takes no part in its assessment.' })
export class DeclaredConflict {
  @Field(() => GrantApplication) application!: GrantApplication;
  @Field(() => String) reviewerName!: string;
  @Field(() => Date) declaredAt!: Date;
}

@ObjectType({ description: 'A round at a glance, for county staff.' })
export class RoundDashboard {
  @Field(() => Int) budget!: number;
  @Field(() => Int) requested!: number;
  @Field(() => Int) granted!: number;
  @Field(() => [DashboardBucket]) byState!: DashboardBucket[];
  @Field(() => [DashboardBucket]) byMunicipality!: DashboardBucket[];
  @Field(() => [DashboardBucket]) byOrganisationKind!: DashboardBucket[];
  @Field(() => [DeclaredConflict], { description: 'Declared conflicts of interest in the round, oldest first.' }) conflicts!: DeclaredConflict[];
}

@ObjectType() export class RoundUpdate {
  @Field(() => String) cursor!: string;
  @Field(() => String) type!: string;
  @Field(() => ID, { nullable: true }) applicationId?: string | null;
}

