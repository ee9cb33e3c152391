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


@ObjectType({ description: 'What the viewer may do with an application now. The server decides; the client shows only what is allowed here and never works it out from the state.' })
export class GrantApplicationPermissions {
  @Field(() => Boolean, { description: 'Change its content and attachments: the applicant organisation, while it is a draft or more information is asked for, until a decision is recorded.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Send the draft in: the applicant organisation. What still keeps it from being accepted (the deadline too) is in `missing`, and checked again when it is sent.' }) submit!: boolean;
  @Field(() => Boolean, { description: 'Send it in again with the information asked for: the applicant organisation. The deadline no longer applies; the rest of `missing` does.' }) resubmit!: boolean;
  @Field(() => Boolean, { description: 'Withdraw it: the applicant organisation, until a decision is recorded.' }) withdraw!: boolean;
  @Field(() => Boolean, { description: 'Score it against the criteria and comment: county staff who have declared no conflict of interest for it.' }) assess!: boolean;
  @Field(() => Boolean, { description: 'Declare a conflict of interest (inhabil) after all, which takes the reviewer out of its assessment for good: county staff who declared none.' }) declareConflict!: boolean;
  @Field(() => Boolean, { description: 'Ask the applicant for more information: cleared county staff, while it is in review.' }) requestInfo!: boolean;
  @Field(() => Boolean, { description: 'Record or change the decision (published later with the round): cleared county staff, once the round is closed, while it is in assessment.' }) decide!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a round now (county staff); the moves follow the round’s transition table.' })
export class GrantRoundPermissions {
  @Field(() => Boolean, { description: 'Change its settings: budget, guidelines, criteria, eligibility, dates. Until the decisions are published.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Open it (DRAFT → OPEN), announced to the whole network. Guidelines and criteria are checked when it is sent.' }) open!: boolean;
  @Field(() => Boolean, { description: 'Close it for applications (OPEN → CLOSED).' }) close!: boolean;
  @Field(() => Boolean, { description: 'Publish every decision at once (CLOSED → DECIDED). Refused while an application in assessment has no decision.' }) publishDecisions!: boolean;
}
