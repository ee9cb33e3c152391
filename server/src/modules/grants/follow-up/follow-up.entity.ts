import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../../accounts/user.entity.js';
import { TargetGroup } from '../../activities/activity.entity.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { GrantApplication, GrantRound } from '../grant.entity.js';
import { UploadedFile } from '../../../common/files/uploaded-file.js';

// What follows an award: acceptance (tilsagn), reports, payments, changes, repayment claims and appeals. Each
// state below moves only through its table in `<thing>.states.ts`.

export enum AwardState {
  OFFERED = 'OFFERED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  LAPSED = 'LAPSED',
}
registerEnumType(AwardState, { name: 'AwardState', description: 'Where an award (tilsagn) stands: OFFERED (waiting for the organisation to accept before the deadline), ACCEPTED, DECLINED (the amount went back to the round) or LAPSED (not answered in time; the amount went back too).' });

export enum ReportKind {
  MIDTERM = 'MIDTERM',
  FINAL = 'FINAL',
}
registerEnumType(ReportKind, { name: 'ReportKind', description: 'MIDTERM: a status report during the project. FINAL: the final report and accounts.' });

export enum ReportState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(ReportState, { name: 'ReportState', description: 'Where a report stands: DRAFT (the organisation writes; overdue after its due date), SUBMITTED (with county staff), CHANGES_REQUESTED (back with the organisation), APPROVED or REJECTED.' });

export enum PaymentTrigger {
  ACCEPTANCE = 'ACCEPTANCE',
  MIDTERM_REPORT = 'MIDTERM_REPORT',
  FINAL_REPORT = 'FINAL_REPORT',
}
registerEnumType(PaymentTrigger, { name: 'PaymentTrigger', description: 'What makes a planned payment due: ACCEPTANCE of the award, or the approval of its MIDTERM_REPORT or FINAL_REPORT. A plan line whose report the round does not ask for is paid at acceptance.' });

export enum PaymentState {
  PLANNED = 'PLANNED',
  REQUESTED = 'REQUESTED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PaymentState, { name: 'PaymentState', description: 'PLANNED (waiting for its trigger), REQUESTED (due: in the finance export until paid), PAID (recorded by county staff) or CANCELLED (the award was declined or lapsed, its report rejected, or repayment claimed).' });

export enum RepaymentReason {
  UNUSED_FUNDS = 'UNUSED_FUNDS',
  NO_REPORT = 'NO_REPORT',
  REPORT_REJECTED = 'REPORT_REJECTED',
}
registerEnumType(RepaymentReason, { name: 'RepaymentReason', description: 'Why money is claimed back: UNUSED_FUNDS, NO_REPORT (a report never came) or REPORT_REJECTED.' });

export enum RepaymentState {
  CLAIMED = 'CLAIMED',
  REPAID = 'REPAID',
  WAIVED = 'WAIVED',
}
registerEnumType(RepaymentState, { name: 'RepaymentState', description: 'CLAIMED (the organisation owes it), REPAID (recorded by county staff) or WAIVED (county staff let it go, with a reason).' });

export enum ChangeRequestKind {
  DEADLINE_EXTENSION = 'DEADLINE_EXTENSION',
  CHANGE_OF_USE = 'CHANGE_OF_USE',
}
registerEnumType(ChangeRequestKind, { name: 'ChangeRequestKind', description: 'DEADLINE_EXTENSION: a later due date for one report. CHANGE_OF_USE: spending the grant differently from the application.' });

export enum ChangeRequestState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
}
registerEnumType(ChangeRequestState, { name: 'ChangeRequestState', description: 'PENDING (with county staff), APPROVED or DENIED (each with a reason).' });

export enum AppealState {
  FILED = 'FILED',
  UPHELD = 'UPHELD',
  FORWARDED = 'FORWARDED',
}
registerEnumType(AppealState, { name: 'AppealState', description: 'FILED (with the county), UPHELD (the county agrees and changes its decision) or FORWARDED (not upheld: sent on to the appeal body, forvaltningsloven § 33).' });

export interface ReportRequirement {
  /** Stable within the round: reports refer to it. */
  key: string;
  kind: ReportKind;
  /** ISO instant. */
  dueAt: string;
}

export interface PaymentPlanLine {
  percent: number;
  trigger: PaymentTrigger;
}

/** 75 % when the award is accepted, 25 % after the final report is approved. */
export const DEFAULT_PAYMENT_PLAN: PaymentPlanLine[] = [
  { percent: 75, trigger: PaymentTrigger.ACCEPTANCE },
  { percent: 25, trigger: PaymentTrigger.FINAL_REPORT },
];

@ObjectType({ description: 'An award (tilsagn): an approved or partly approved application, from the published decision on. Its organisation and county staff see it.' })
@Entity({ tableName: 'grant_award' })
@Index({ properties: ['round', 'state'] })
export class GrantAward {
  [OptionalProps]?: 'id' | 'createdAt' | 'reminded7At' | 'reminded1At';
  @Field(() => ID, { description: 'Unique id of the award.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @OneToOne({ entity: () => GrantApplication, owner: true, deleteRule: 'cascade' }) application!: GrantApplication;
  @ManyToOne({ entity: () => GrantRound, deleteRule: 'cascade' }) round!: GrantRound;
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' }) @Index() organisation!: Organisation;
  @Field(() => Int, { description: 'NOK awarded (the granted amount of the decision).' }) @Property({ type: 'integer' }) amount!: number;
  @Field(() => AwardState, { description: 'Where the award stands.' }) @Enum({ items: () => AwardState, type: 'string' }) state!: AwardState;
  @Field(() => Date, { description: 'The organisation must accept or decline by this instant (23:59:59 Oslo time of the last day), enforced to the second.' }) @Property({ type: 'datetime' }) acceptDeadline!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was accepted, declined or lapsed (UTC); null while offered.' }) @Property({ type: 'datetime', nullable: true }) answeredAt?: Date | null;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) answeredBy?: User | null;
  @Field(() => String, { nullable: true, description: 'Why the organisation declined; null otherwise.' }) @Property({ type: 'text', nullable: true }) declineReason?: string | null;
  @Property({ type: 'datetime', nullable: true }) reminded7At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded1At?: Date | null;
  @Field(() => Date, { description: 'When the award was made: the publication of the decisions (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

/** One row of reported results: participants reached in one municipality and target group. */
export interface ReportResult {
  municipalityNumber: string;
  targetGroup: TargetGroup;
  participants: number;
}

@ObjectType({ description: 'A report (with accounts) an award owes: its organisation writes it, county staff approve it, ask for changes or reject it.' })
@Entity({ tableName: 'grant_report' })
@Unique({ properties: ['award', 'requirementKey'] })
@Index({ properties: ['state', 'dueAt'] })
export class GrantReport {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version' | 'goals' | 'activitiesHeld' | 'results' | 'actuals' | 'totalSpent' | 'grantUsed' | 'reminded60At' | 'reminded14At' | 'reminded1At' | 'remindedOverdueAt';
  @Field(() => ID, { description: 'Unique id of the report.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantAward, deleteRule: 'cascade' }) award!: GrantAward;
  @Property({ type: 'string', length: 40 }) requirementKey!: string;
  @Field(() => ReportKind, { description: 'Mid-term or final.' }) @Enum({ items: () => ReportKind, type: 'string' }) kind!: ReportKind;
  @Field(() => Date, { description: 'When it is due (UTC; show it in Oslo time). Later after an approved deadline extension.' }) @Property({ type: 'datetime' }) dueAt!: Date;
  @Field(() => ReportState, { description: 'Where the report stands.' }) @Enum({ items: () => ReportState, type: 'string' }) state!: ReportState;
  @Field(() => Int, { description: 'Increases with every save; send it back to save (two editors cannot overwrite each other).' }) @Property({ type: 'integer', default: 1 }) version: number = 1;
  @Field(() => String, { description: 'What was done against the application’s goals, plain text.' }) @Property({ type: 'text', default: '' }) goals: string = '';
  @Field(() => Int, { description: 'How many activities (meetings, courses, gatherings …) were held.' }) @Property({ type: 'integer', default: 0 }) activitiesHeld: number = 0;
  @Property({ type: 'json' }) results: ReportResult[] = [];
  /** Actual spending per budget line of the application, by the line's position (null: not filled in). */
  @Property({ type: 'json' }) actuals: (number | null)[] = [];
  @Field(() => Int, { nullable: true, description: 'The total spent as the organisation states it; must equal the sum of the actual amounts to submit.' }) @Property({ type: 'integer', nullable: true }) totalSpent?: number | null;
  @Field(() => Int, { nullable: true, description: 'How much of the award was used (NOK), at most the award; the rest is unused funds.' }) @Property({ type: 'integer', nullable: true }) grantUsed?: number | null;
  @Field(() => Date, { nullable: true, description: 'When it was (last) submitted (UTC).' }) @Property({ type: 'datetime', nullable: true }) submittedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'County staff’s last message: what to change, or why it was approved or rejected.' }) @Property({ type: 'text', nullable: true }) reviewMessage?: string | null;
  @Field(() => Date, { nullable: true, description: 'When county staff approved, rejected or asked for changes last (UTC).' }) @Property({ type: 'datetime', nullable: true }) reviewedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded60At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded14At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded1At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) remindedOverdueAt?: Date | null;
  @Field(() => Date, { description: 'When the report was set up (UTC): at the award’s acceptance.' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => Date, { description: 'When it last changed (UTC).' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

@ObjectType({ description: 'A file attached to a report (accounts, receipts, photos); its organisation and county staff can fetch it.' })
@Entity({ tableName: 'grant_report_attachment' })
export class GrantReportAttachment extends UploadedFile {
  [OptionalProps]?: 'id' | 'createdAt';
  @Field(() => ID, { description: 'Unique id of the attachment (pass to grantReportAttachmentDelete).' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantReport, deleteRule: 'cascade' }) @Index() report!: GrantReport;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) uploadedBy?: User | null;
  @Field(() => Date, { description: 'When it was uploaded (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'One payment of an award’s plan.' })
@Entity({ tableName: 'grant_payment' })
@Index({ properties: ['state'] })
export class GrantPayment {
  [OptionalProps]?: 'id' | 'createdAt';
  @Field(() => ID, { description: 'Unique id of the payment.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantAward, deleteRule: 'cascade' }) @Index() award!: GrantAward;
  @Field(() => Int, { description: 'Its place in the plan: 1, 2, …' }) @Property({ type: 'smallint' }) position!: number;
  @Field(() => Int, { description: 'Share of the award, percent.' }) @Property({ type: 'smallint' }) percent!: number;
  @Field(() => Int, { description: 'NOK (the last payment takes the rounding, so the plan adds up to the award).' }) @Property({ type: 'integer' }) amount!: number;
  @Field(() => PaymentTrigger, { description: 'What makes it due.' }) @Enum({ items: () => PaymentTrigger, type: 'string' }) trigger!: PaymentTrigger;
  @Field(() => PaymentState, { description: 'Where the payment stands.' }) @Enum({ items: () => PaymentState, type: 'string' }) state!: PaymentState;
  @Field(() => Date, { nullable: true, description: 'When it became due and was requested from finance (UTC).' }) @Property({ type: 'datetime', nullable: true }) requestedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When county staff recorded it as paid (UTC).' }) @Property({ type: 'datetime', nullable: true }) paidAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The finance system’s reference for the payment, as recorded.' }) @Property({ type: 'string', length: 100, nullable: true }) paidReference?: string | null;
  @Field(() => Date, { description: 'When the plan was made (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'A claim for repayment of (part of) an award.' })
@Entity({ tableName: 'grant_repayment_claim' })
export class GrantRepaymentClaim {
  [OptionalProps]?: 'id' | 'createdAt';
  @Field(() => ID, { description: 'Unique id of the claim.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantAward, deleteRule: 'cascade' }) @Index() award!: GrantAward;
  @Field(() => Int, { description: 'NOK claimed back, at most what was paid.' }) @Property({ type: 'integer' }) amount!: number;
  @Field(() => RepaymentReason, { description: 'Why.' }) @Enum({ items: () => RepaymentReason, type: 'string' }) reason!: RepaymentReason;
  @Field(() => String, { description: 'County staff’s explanation to the organisation.' }) @Property({ type: 'text' }) note!: string;
  @Field(() => RepaymentState, { description: 'Where the claim stands.' }) @Enum({ items: () => RepaymentState, type: 'string' }) state!: RepaymentState;
  @Field(() => String, { nullable: true, description: 'What was recorded when it was settled (repaid or waived).' }) @Property({ type: 'text', nullable: true }) settlementNote?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was settled (UTC).' }) @Property({ type: 'datetime', nullable: true }) settledAt?: Date | null;
  @Field(() => Date, { description: 'When it was claimed (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'The organisation’s request to change an accepted award: a later due date for a report, or another use of the money.' })
@Entity({ tableName: 'grant_change_request' })
export class GrantChangeRequest {
  [OptionalProps]?: 'id' | 'createdAt';
  @Field(() => ID, { description: 'Unique id of the request.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantAward, deleteRule: 'cascade' }) @Index() award!: GrantAward;
  @Field(() => ChangeRequestKind, { description: 'What is asked for.' }) @Enum({ items: () => ChangeRequestKind, type: 'string' }) kind!: ChangeRequestKind;
  @ManyToOne({ entity: () => GrantReport, nullable: true, deleteRule: 'cascade' }) report?: GrantReport | null;
  @Field(() => Date, { nullable: true, description: 'For an extension: the due date asked for (UTC).' }) @Property({ type: 'datetime', nullable: true }) requestedDueAt?: Date | null;
  @Field(() => String, { description: 'The organisation’s reasons and, for a change of use, what it wants to change.' }) @Property({ type: 'text' }) message!: string;
  @Field(() => ChangeRequestState, { description: 'Where the request stands.' }) @Enum({ items: () => ChangeRequestState, type: 'string' }) state!: ChangeRequestState;
  @Field(() => String, { nullable: true, description: 'County staff’s reason for approving or denying it.' }) @Property({ type: 'text', nullable: true }) decisionReason?: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was approved or denied (UTC).' }) @Property({ type: 'datetime', nullable: true }) decidedAt?: Date | null;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) createdBy?: User | null;
  @Field(() => Date, { description: 'When it was asked (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'An appeal (klage) against a decision, filed by the applicant organisation before the appeal deadline.' })
@Entity({ tableName: 'grant_appeal' })
export class GrantAppeal {
  [OptionalProps]?: 'id' | 'filedAt';
  @Field(() => ID, { description: 'Unique id of the appeal.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @OneToOne({ entity: () => GrantApplication, owner: true, deleteRule: 'cascade' }) application!: GrantApplication;
  @Field(() => String, { description: 'The organisation’s grounds: what it wants changed, and why.' }) @Property({ type: 'text' }) grounds!: string;
  @Field(() => AppealState, { description: 'Where the appeal stands.' }) @Enum({ items: () => AppealState, type: 'string' }) state!: AppealState;
  @Field(() => String, { nullable: true, description: 'County staff’s note on the outcome.' }) @Property({ type: 'text', nullable: true }) outcomeNote?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded (UTC).' }) @Property({ type: 'datetime', nullable: true }) decidedAt?: Date | null;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) filedBy?: User | null;
  @Field(() => Date, { description: 'When it was filed (UTC).' }) @Property({ type: 'datetime' }) filedAt: Date = new Date();
}

export const FOLLOW_UP_ENTITIES = [GrantAward, GrantReport, GrantReportAttachment, GrantPayment, GrantRepaymentClaim, GrantChangeRequest, GrantAppeal];
