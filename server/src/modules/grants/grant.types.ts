import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Decision, GrantApplication } from './grant.entity.js';

@ObjectType({ description: 'An assessment criterion of a round.' }) export class Criterion {
  @Field(() => String, { description: 'Stable key, e.g. "relevance": scores refer to it.' }) key!: string;
  @Field(() => String, { description: 'What is assessed.' }) title!: string;
  @Field(() => Int, { description: 'Relative weight, 1–100.' }) weight!: number;
}

@ObjectType({ description: 'One line of an application’s budget.' }) export class BudgetLine {
  @Field(() => String, { description: 'What the money is for.' }) description!: string;
  @Field(() => Int, { description: 'NOK the applicant pays itself.' }) ownFunding!: number;
  @Field(() => Int, { description: 'NOK asked for.' }) requested!: number;
}

@ObjectType({ description: 'The published decision: visible to the applicant once the round’s decisions are published, and to county staff.' })
export class GrantDecision {
  @Field(() => Decision, { description: 'The outcome.' }) decision!: Decision;
  @Field(() => Int, { description: 'NOK granted (0 when rejected).' }) grantedAmount!: number;
  @Field(() => String, { description: 'The reasoning given to the applicant.' }) reason!: string;
  @Field(() => Date, { description: 'When the decision was recorded (UTC).' }) decidedAt!: Date;
}

@ObjectType({ description: 'A reviewer’s score on one criterion.' }) export class CriterionScore {
  @Field(() => String, { description: 'The criterion’s key.' }) key!: string;
  @Field(() => Int, { description: '0–5.' }) score!: number;
}

@ObjectType({ description: 'An application and its weighted score.' }) export class RankedApplication {
  @Field(() => GrantApplication, { description: 'The application.' }) application!: GrantApplication;
  @Field(() => Float, { nullable: true, description: 'Weighted mean score 0–5 over reviewers; null before any scores.' }) score!: number | null;
  @Field(() => Int, { description: 'How many reviewers have scored it.' }) reviews!: number;
}

@ObjectType({ description: 'One row of a dashboard breakdown.' }) export class DashboardBucket {
  @Field(() => String, { description: 'The state, municipality name ("–" for none) or organisation kind.' }) value!: string;
  @Field(() => Int, { description: 'How many applications.' }) count!: number;
  @Field(() => Int, { description: 'NOK requested.' }) requested!: number;
}

@ObjectType({ description: 'A reviewer who declared a conflict of interest (inhabil) for an application, and so takes no part in its assessment.' })
export class DeclaredConflict {
  @Field(() => GrantApplication, { description: 'The application.' }) application!: GrantApplication;
  @Field(() => String, { description: 'The reviewer’s name.' }) reviewerName!: string;
  @Field(() => Date, { description: 'When the conflict was declared (UTC).' }) declaredAt!: Date;
}

@ObjectType({ description: 'A round at a glance, for county staff.' })
export class RoundDashboard {
  @Field(() => Int, { description: 'The round’s budget, NOK.' }) budget!: number;
  @Field(() => Int, { description: 'NOK requested by submitted applications (drafts and withdrawn left out).' }) requested!: number;
  @Field(() => Int, { description: 'NOK granted so far (decided, published or not), less awards declined or lapsed: their amounts are back in the budget.' }) granted!: number;
  @Field(() => [DashboardBucket], { description: 'All applications per state, drafts and withdrawn included.' }) byState!: DashboardBucket[];
  @Field(() => [DashboardBucket], { description: 'Submitted applications per municipality the applicant serves (one organisation may count in several).' }) byMunicipality!: DashboardBucket[];
  @Field(() => [DashboardBucket], { description: 'Submitted applications per kind of applicant organisation.' }) byOrganisationKind!: DashboardBucket[];
  @Field(() => [DeclaredConflict], { description: 'Declared conflicts of interest in the round, oldest first.' }) conflicts!: DeclaredConflict[];
}

@ObjectType({ description: 'A live change in a grant round, for the dashboard.' }) export class RoundUpdate {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to receive what came since.' }) cursor!: string;
  @Field(() => String, { description: 'round.opened, round.closed, round.decided, application.submitted, application.resubmitted, application.withdrawn, application.conflict_declared, application.assessed, application.more_info, application.decided; and the follow-up: award.accepted, award.declined, award.lapsed, report.submitted, report.approved, report.changes_requested, report.rejected, report.overdue, payment.paid, repayment.claimed, repayment.settled, change.requested, change.decided, appeal.filed or appeal.decided.' }) type!: string;
  @Field(() => ID, { nullable: true, description: 'The application concerned, for application.* changes; otherwise null.' }) applicationId?: string | null;
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
  @Field(() => Boolean, { description: 'Appeal the published decision: the applicant organisation, before the appeal deadline, once.' }) fileAppeal!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a round now (county staff); the moves follow the round’s transition table.' })
export class GrantRoundPermissions {
  @Field(() => Boolean, { description: 'Change its settings: budget, guidelines, criteria, eligibility, dates. Until the decisions are published.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Open it (DRAFT → OPEN), announced to the whole network. Guidelines and criteria are checked when it is sent.' }) open!: boolean;
  @Field(() => Boolean, { description: 'Close it for applications (OPEN → CLOSED).' }) close!: boolean;
  @Field(() => Boolean, { description: 'Publish every decision at once (CLOSED → DECIDED). Refused while an application in assessment has no decision.' }) publishDecisions!: boolean;
}
