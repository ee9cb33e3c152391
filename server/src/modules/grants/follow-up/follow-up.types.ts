import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TargetGroup } from '../../activities/activity.entity.js';
import { Municipality } from '../../reference/municipality.entity.js';
import { GrantRound } from '../grant.entity.js';
import { GrantAppeal, GrantAward, GrantChangeRequest, GrantReport, PaymentTrigger, ReportKind } from './follow-up.entity.js';

@ObjectType({ description: 'A report every award of a round owes.' }) export class ReportRequirement {
  @Field(() => String, { description: 'Stable key within the round.' }) key!: string;
  @Field(() => ReportKind, { description: 'Mid-term or final.' }) kind!: ReportKind;
  @Field(() => Date, { description: 'When it is due (UTC; show it in Oslo time).' }) dueAt!: Date;
}

@ObjectType({ description: 'One payment of the plan every award of a round gets.' }) export class PaymentPlanLine {
  @Field(() => Int, { description: 'Share of the award, percent.' }) percent!: number;
  @Field(() => PaymentTrigger, { description: 'What makes it due.' }) trigger!: PaymentTrigger;
}

@ObjectType({ description: 'Participants reached in one municipality and target group, as reported.' }) export class ReportResultRow {
  @Field(() => Municipality, { description: 'The municipality.' }) municipality!: Municipality;
  @Field(() => TargetGroup, { description: 'Who they were.' }) targetGroup!: TargetGroup;
  @Field(() => Int, { description: 'How many took part.' }) participants!: number;
}

@ObjectType({ description: 'One budget line of the application in the report’s accounts: planned against actual.' }) export class ReportAccountLine {
  @Field(() => Int, { description: 'The line’s position in the application, from 0 (pass it back as `line`).' }) line!: number;
  @Field(() => String, { description: 'What the money was for, from the application.' }) description!: string;
  @Field(() => Int, { description: 'NOK planned in the application: own funding plus the amount asked for.' }) planned!: number;
  @Field(() => Int, { nullable: true, description: 'NOK actually spent, as reported; null until filled in.' }) actual!: number | null;
}

@ObjectType({ description: 'What the viewer may do with an award now. The server decides; the client shows only what is allowed.' })
export class GrantAwardPermissions {
  @Field(() => Boolean, { description: 'Accept it and its conditions: the organisation, while offered and before the deadline.' }) accept!: boolean;
  @Field(() => Boolean, { description: 'Decline it: the organisation, while offered and before the deadline.' }) decline!: boolean;
  @Field(() => Boolean, { description: 'Ask for a change (a report’s later due date, another use): the organisation, once accepted and while no other request waits.' }) requestChange!: boolean;
  @Field(() => Boolean, { description: 'Claim (part of) it back: county staff (not inhabil), once accepted and something is paid and not already claimed.' }) claimRepayment!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a report now.' })
export class GrantReportPermissions {
  @Field(() => Boolean, { description: 'Change its content and attachments: the organisation, while a draft or changes are asked for.' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Send the draft in: the organisation. What still keeps it from being accepted is in `missing`.' }) submit!: boolean;
  @Field(() => Boolean, { description: 'Send it in again with the changes asked for: the organisation.' }) resubmit!: boolean;
  @Field(() => Boolean, { description: 'Approve it: county staff (not inhabil), once submitted.' }) approve!: boolean;
  @Field(() => Boolean, { description: 'Send it back with a message asking for changes: county staff, once submitted.' }) requestChanges!: boolean;
  @Field(() => Boolean, { description: 'Reject it: county staff, once submitted.' }) reject!: boolean;
  @Field(() => Boolean, { description: 'Ask for a later due date: the organisation, while it is not sent in and no other change request waits.' }) requestExtension!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a payment now.' }) export class GrantPaymentPermissions {
  @Field(() => Boolean, { description: 'Record it as paid: county staff (not inhabil), once requested.' }) markPaid!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a repayment claim now.' }) export class GrantRepaymentPermissions {
  @Field(() => Boolean, { description: 'Record that it was paid back: county staff, while claimed.' }) recordRepaid!: boolean;
  @Field(() => Boolean, { description: 'Waive it with a reason: county staff, while claimed.' }) waive!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a change request now.' }) export class GrantChangeRequestPermissions {
  @Field(() => Boolean, { description: 'Approve it with a reason: county staff (not inhabil), while pending.' }) approve!: boolean;
  @Field(() => Boolean, { description: 'Deny it with a reason: county staff, while pending.' }) deny!: boolean;
}

@ObjectType({ description: 'What the viewer may do with an appeal now.' }) export class GrantAppealPermissions {
  @Field(() => Boolean, { description: 'Record it as upheld: county staff (not inhabil), while filed.' }) uphold!: boolean;
  @Field(() => Boolean, { description: 'Record it as not upheld and forwarded to the appeal body: county staff, while filed.' }) forward!: boolean;
}

@ObjectType({ description: 'A round’s follow-up at a glance, for county staff; live through grantRoundUpdates.' })
export class RoundFollowUp {
  @Field(() => [GrantAward], { description: 'Every award of the round, by organisation.' }) awards!: GrantAward[];
  @Field(() => [GrantAward], { description: 'Awards not yet accepted or declined: who has not answered.' }) notAnswered!: GrantAward[];
  @Field(() => Int, { description: 'NOK awarded and not declined or lapsed.' }) awarded!: number;
  @Field(() => Int, { description: 'NOK back in the round’s budget: awards declined or lapsed.' }) returned!: number;
  @Field(() => Int, { description: 'NOK due for payment (in the finance export) and not yet recorded as paid.' }) requested!: number;
  @Field(() => Int, { description: 'NOK recorded as paid.' }) paid!: number;
  @Field(() => [GrantReport], { description: 'Reports past their due date and not sent in, earliest first.' }) overdueReports!: GrantReport[];
  @Field(() => [GrantReport], { description: 'Reports sent in and waiting for county staff.' }) reportsToReview!: GrantReport[];
  @Field(() => [GrantChangeRequest], { description: 'Change requests waiting for an answer.' }) pendingChanges!: GrantChangeRequest[];
  @Field(() => [GrantAppeal], { description: 'Appeals filed and not yet decided.' }) openAppeals!: GrantAppeal[];
}

@ObjectType({ description: 'One award as published: who received how much for what, and what its approved report says.' })
export class PublishedAward {
  @Field(() => ID, { description: 'The organisation’s id.' }) organisationId!: string;
  @Field(() => String, { description: 'The organisation’s name.' }) organisationName!: string;
  @Field(() => String, { description: 'The project’s title.' }) title!: string;
  @Field(() => String, { description: 'The project’s summary from the application.' }) summary!: string;
  @Field(() => Int, { description: 'NOK awarded.' }) amount!: number;
  @Field(() => Boolean, { description: 'Accepted by the organisation (false while it has not answered).' }) accepted!: boolean;
  @Field(() => Int, { nullable: true, description: 'Participants reached, from its latest approved report; null before one is approved.' }) participants!: number | null;
  @Field(() => Int, { nullable: true, description: 'NOK of the award used, from its latest approved report; null before one.' }) grantUsed!: number | null;
}

@ObjectType({ description: 'Reported results in one municipality.' }) export class MunicipalityResult {
  @Field(() => ID, { description: 'The municipality number.' }) municipalityNumber!: string;
  @Field(() => String, { description: 'The municipality’s name.' }) name!: string;
  @Field(() => Int, { description: 'Participants reached there.' }) participants!: number;
  @Field(() => Int, { description: 'NOK of the grants spent there: each report’s grant money used, spread by its participants.' }) spent!: number;
}

@ObjectType({ description: 'Reported participants of one target group.' }) export class TargetGroupResult {
  @Field(() => TargetGroup, { description: 'The target group.' }) targetGroup!: TargetGroup;
  @Field(() => Int, { description: 'Participants reached.' }) participants!: number;
}

@ObjectType({ description: 'The published results of a decided round, for everyone: the awards and the reported results (each award’s latest approved report counted once).' })
export class RoundResults {
  @Field(() => GrantRound, { description: 'The round.' }) round!: GrantRound;
  @Field(() => [PublishedAward], { description: 'Awards not declined or lapsed, by organisation.' }) awards!: PublishedAward[];
  @Field(() => Int, { description: 'NOK awarded in total.' }) totalAwarded!: number;
  @Field(() => Int, { description: 'How many awards have an approved report counted here.' }) reportsApproved!: number;
  @Field(() => Int, { description: 'Participants reached in total.' }) participants!: number;
  @Field(() => [MunicipalityResult], { description: 'By municipality, most participants first.' }) byMunicipality!: MunicipalityResult[];
  @Field(() => [TargetGroupResult], { description: 'By target group, most participants first.' }) byTargetGroup!: TargetGroupResult[];
  @Field(() => String, { description: 'Where to download the awards as CSV (append ?lang=nn or en for other headers).' }) csvUrl!: string;
  @Field(() => String, { description: 'Where to download the reported results as CSV: a row per municipality with its participants, the grant money used there, and its participants per target group (append ?lang=nn or en for other headers).' })
  summaryCsvUrl!: string;
}
