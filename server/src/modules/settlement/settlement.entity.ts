import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Municipality } from '../reference/municipality.entity.js';

/**
 * The county's statutory part of the settlement of refugees (integreringsloven § 4): one `SettlementYear` per
 * county and year, with the national criteria (versioned), the milestones of the annual wheel, the capacity
 * survey of the county's municipalities, the allocation board, the county's recommendation to IMDi and the
 * numbers that follow (IMDi's request, the municipal decision, those settled). The state machines are in
 * settlement.states.ts, the permission rules in settlement.policy.ts.
 */

export enum SurveyState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SurveyState, { name: 'SurveyState', description: 'The capacity survey of a year: DRAFT (not sent), OPEN (sent to every municipality), CLOSED.' });

export enum ResponseState {
  NOT_OPENED = 'NOT_OPENED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ResponseState, { name: 'SurveyResponseState', description: 'One municipality’s answer: NOT_OPENED (sent, never opened), DRAFT (opened or saved), SUBMITTED.' });

export enum BoardState {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
}
registerEnumType(BoardState, { name: 'BoardState', description: 'The allocation board: OPEN for editing, or LOCKED (turned into the recommendation drafts).' });

export enum RecommendationState {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
}
registerEnumType(RecommendationState, { name: 'RecommendationState', description: 'The county’s recommendation for one municipality: DRAFT (editable) or SENT to IMDi (locked; revising starts a new version).' });

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: 'Where a milestone of the annual wheel stands.' });

export enum BoardColumn {
  RECOMMENDATION = 'RECOMMENDATION',
  MINORS = 'MINORS',
  IMDI_PROPOSAL = 'IMDI_PROPOSAL',
  COMMENT = 'COMMENT',
}
registerEnumType(BoardColumn, {
  name: 'BoardColumn',
  description: 'An editable column of the allocation board: the county’s recommended number, of which unaccompanied minors, IMDi’s proposal (numbers) and a comment (text).',
});

export enum DecisionStatus {
  AWAITING_POLITICAL_TREATMENT = 'AWAITING_POLITICAL_TREATMENT',
  DECIDED = 'DECIDED',
}
registerEnumType(DecisionStatus, { name: 'DecisionStatus', description: 'The municipality’s decision (vedtak): awaiting political treatment, or decided.' });

@ObjectType({ description: 'A settlement year of one county, e.g. "Bosetting 2027": the cycle from the national criteria to the settled numbers.' })
@Entity({ tableName: 'settlement_year' })
@Unique({ properties: ['countyNumber', 'year'] })
export class SettlementYear {
  [OptionalProps]?: 'id' | 'createdAt' | 'criteriaVersion' | 'surveyState' | 'boardState' | 'numbersPublished' | 'isExample' | 'surveyDeadline';
  @Field(() => ID, { description: 'The year’s id.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String, { description: 'The two-digit county number, e.g. "40" for Telemark.' }) @Property({ type: 'string', length: 2 }) countyNumber!: string;
  @Field(() => Int, { description: 'The year refugees are to be settled in (the cycle runs through the year before).' }) @Property({ type: 'smallint' }) year!: number;
  @Field(() => String, { description: 'The title, e.g. "Bosetting 2027".' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => Int, { description: 'The current version of the national criteria text (0: none yet).' }) @Property({ type: 'integer', default: 0 }) criteriaVersion: number = 0;
  @Field(() => SurveyState, { description: 'Where the capacity survey stands.' }) @Enum({ items: () => SurveyState, type: 'string', default: SurveyState.DRAFT }) surveyState: SurveyState = SurveyState.DRAFT;
  @Field(() => Date, { nullable: true, description: 'The survey’s answer deadline, enforced by the server to the second (set in Oslo time).' }) @Property({ type: 'datetime', nullable: true }) surveyDeadline?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the survey was sent to the municipalities.' }) @Property({ type: 'datetime', nullable: true }) surveySentAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) surveyReminded7At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) surveyReminded1At?: Date | null;
  @Field(() => BoardState, { description: 'Whether the allocation board is open for editing or locked into the recommendation.' }) @Enum({ items: () => BoardState, type: 'string', default: BoardState.OPEN }) boardState: BoardState = BoardState.OPEN;
  @Field(() => Date, { nullable: true, description: 'When the board was last locked.' }) @Property({ type: 'datetime', nullable: true }) boardLockedAt?: Date | null;
  @Field(() => Boolean, { description: 'Whether the county publishes the year’s requests, decisions and settled numbers (then the public sees them).' }) @Property({ type: 'boolean', default: false }) numbersPublished: boolean = false;
  @Field(() => Boolean, { description: 'Demo data: the numbers are example figures, not real ones (the client says so).' }) @Property({ type: 'boolean', default: false }) isExample: boolean = false;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) createdBy?: User | null;
  @Field(() => Date, { description: 'When the year was created.' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'A version of a year’s national settlement criteria (markdown).' })
@Entity({ tableName: 'settlement_criteria' })
@Unique({ properties: ['year', 'version'] })
export class SettlementCriteria {
  [OptionalProps]?: 'id' | 'createdAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @Field(() => Int, { description: 'The version number, from 1.' }) @Property({ type: 'integer' }) version!: number;
  @Field(() => String, { description: 'The criteria as markdown.' }) @Property({ type: 'text' }) body!: string;
  @Field(() => String, { description: 'The criteria as sanitised HTML.' }) @Property({ type: 'text' }) bodyHtml!: string;
  @Field(() => String, { nullable: true, description: 'Who wrote this version (their name at the time).' }) @Property({ type: 'string', length: 120, nullable: true }) authorName?: string | null;
  @Field(() => Date, { description: 'When this version was saved.' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'A milestone of the annual wheel (e.g. "September: cooperation meetings IMDi, KS, county, Bufetat").' })
@Entity({ tableName: 'settlement_milestone' })
@Index({ properties: ['year', 'month'] })
export class SettlementMilestone {
  [OptionalProps]?: 'id' | 'createdAt' | 'status' | 'description' | 'participants' | 'participantOrganisationIds' | 'eventIds' | 'resourceIds' | 'date' | 'responsible';
  @Field(() => ID, { description: 'The milestone’s id.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @Field(() => String, { description: 'What happens, e.g. "Brev til kommunene".' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => String, { description: 'More about it (plain text).' }) @Property({ type: 'text', default: '' }) description: string = '';
  @Field(() => Int, { description: 'The month of the cycle it falls in (1–12), in the calendar year before the settlement year; without a date, participants are reminded 7 days and 1 day before its first day.' }) @Property({ type: 'smallint' }) month!: number;
  @Field(() => String, { nullable: true, description: 'The exact date ("YYYY-MM-DD", Oslo), when known; participants are reminded 7 days and 1 day before it.' }) @Property({ type: 'string', length: 10, nullable: true }) date?: string | null;
  @Field(() => String, { description: 'The responsible body, e.g. "Nasjonalt utvalg (NU)" or "IMDi".' }) @Property({ type: 'string', length: 200, default: '' }) responsible: string = '';
  @Field(() => [String], { description: 'Participating bodies by name (also those not on the platform, e.g. "KD").' }) @Property({ type: ArrayType, columnType: 'text[]', default: '{}' }) participants: string[] = [];
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' }) participantOrganisationIds: string[] = [];
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' }) eventIds: string[] = [];
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' }) resourceIds: string[] = [];
  @Field(() => MilestoneStatus, { description: 'Where it stands.' }) @Enum({ items: () => MilestoneStatus, type: 'string', default: MilestoneStatus.PLANNED }) status: MilestoneStatus = MilestoneStatus.PLANNED;
  @Property({ type: 'datetime', nullable: true }) reminded7At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded1At?: Date | null;
  @Field(() => Date, { description: 'When it was added.' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'One municipality’s answer to the capacity survey (kartlegging) of a year.' })
@Entity({ tableName: 'settlement_survey_response' })
@Unique({ properties: ['year', 'municipality'] })
export class SurveyResponse {
  [OptionalProps]?: 'id' | 'state' | 'version' | 'housing' | 'kindergarten' | 'school' | 'health' | 'labourDemand' | 'introResults' | 'keepCapacity' | 'comments' | 'updatedAt';
  @Field(() => ID, { description: 'The response’s id.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' }) municipality!: Municipality;
  @Field(() => ResponseState, { description: 'Where the answer stands.' }) @Enum({ items: () => ResponseState, type: 'string', default: ResponseState.NOT_OPENED }) state: ResponseState = ResponseState.NOT_OPENED;
  @Field(() => Int, { description: 'Increases with every save; send it back to save (two editors cannot overwrite each other).' }) @Property({ type: 'integer', default: 1 }) version: number = 1;
  @Property({ type: 'integer', nullable: true }) capacity?: number | null;
  @Property({ type: 'integer', nullable: true }) capacityMinors?: number | null;
  @Property({ type: 'integer', nullable: true }) extraIfNeeded?: number | null;
  @Property({ type: 'text', default: '' }) housing: string = '';
  @Property({ type: 'text', default: '' }) kindergarten: string = '';
  @Property({ type: 'text', default: '' }) school: string = '';
  @Property({ type: 'text', default: '' }) health: string = '';
  @Property({ type: 'text', default: '' }) labourDemand: string = '';
  @Property({ type: 'text', default: '' }) introResults: string = '';
  @Property({ type: 'text', default: '' }) keepCapacity: string = '';
  @Property({ type: 'text', default: '' }) comments: string = '';
  @Field(() => Date, { nullable: true, description: 'When a member of the municipality first opened the form.' }) @Property({ type: 'datetime', nullable: true }) openedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was submitted.' }) @Property({ type: 'datetime', nullable: true }) submittedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'A later deadline county staff granted this municipality (the later of the two applies).' }) @Property({ type: 'datetime', nullable: true }) extendedUntil?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When county staff last reminded the municipality by hand.' }) @Property({ type: 'datetime', nullable: true }) remindedAt?: Date | null;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) updatedBy?: User | null;
  @Field(() => Date, { description: 'When it was last changed.' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

@ObjectType({ description: 'One cell of the allocation board (a municipality’s row × an editable column), versioned on its own.' })
@Entity({ tableName: 'settlement_board_cell' })
@Unique({ properties: ['year', 'municipality', 'column'] })
export class BoardCell {
  [OptionalProps]?: 'id' | 'version' | 'updatedAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' }) municipality!: Municipality;
  @Field(() => BoardColumn, { description: 'The column.' }) @Enum({ items: () => BoardColumn, type: 'string' }) column!: BoardColumn;
  @Field(() => Int, { nullable: true, description: 'The value of a number column (null: empty).' }) @Property({ type: 'integer', nullable: true }) number?: number | null;
  @Field(() => String, { nullable: true, description: 'The value of the comment column (null: empty).' }) @Property({ type: 'text', nullable: true }) text?: string | null;
  @Field(() => Int, { description: 'Increases with every change of this cell; send it back to change it (0: never set).' }) @Property({ type: 'integer', default: 0 }) version: number = 0;
  @Field(() => String, { nullable: true, description: 'Who changed it last (their name at the time).' }) @Property({ type: 'string', length: 120, nullable: true }) updatedByName?: string | null;
  @Field(() => Date, { description: 'When it was changed last.' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

@ObjectType({ description: 'One change of one board cell: the history of the allocation meeting.' })
@Entity({ tableName: 'settlement_board_change' })
@Index({ properties: ['year', 'at'] })
export class BoardChange {
  [OptionalProps]?: 'id' | 'at';
  @Field(() => ID, { description: 'The change’s id.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @Field(() => String, { description: 'The municipality number of the row.' }) @Property({ type: 'string', length: 4 }) municipalityNumber!: string;
  @Field(() => BoardColumn, { description: 'The column.' }) @Enum({ items: () => BoardColumn, type: 'string' }) column!: BoardColumn;
  @Field(() => String, { nullable: true, description: 'The value before (numbers as text; null: empty).' }) @Property({ type: 'text', nullable: true }) fromValue?: string | null;
  @Field(() => String, { nullable: true, description: 'The value after (numbers as text; null: empty).' }) @Property({ type: 'text', nullable: true }) toValue?: string | null;
  @Field(() => Int, { description: 'The cell’s version after the change.' }) @Property({ type: 'integer' }) version!: number;
  @Property({ type: 'uuid', nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Who made it (their name at the time).' }) @Property({ type: 'string', length: 120, nullable: true }) actorName?: string | null;
  @Field(() => Date, { description: 'When.' }) @Property({ type: 'datetime' }) at: Date = new Date();
}

@ObjectType({ description: 'The county’s recommendation to IMDi for one municipality and year: a number, of which unaccompanied minors, and the reasoning.' })
@Entity({ tableName: 'settlement_recommendation' })
@Unique({ properties: ['year', 'municipality'] })
export class Recommendation {
  [OptionalProps]?: 'id' | 'state' | 'version' | 'sentVersion' | 'reasoning' | 'updatedAt';
  @Field(() => ID, { description: 'The recommendation’s id.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' }) municipality!: Municipality;
  @Field(() => RecommendationState, { description: 'DRAFT or SENT (locked).' }) @Enum({ items: () => RecommendationState, type: 'string', default: RecommendationState.DRAFT }) state: RecommendationState = RecommendationState.DRAFT;
  @Field(() => Int, { nullable: true, description: 'The recommended number of refugees to settle.' }) @Property({ type: 'integer', nullable: true }) number?: number | null;
  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' }) @Property({ type: 'integer', nullable: true }) minors?: number | null;
  @Field(() => String, { description: 'The county’s reasoning (plain text).' }) @Property({ type: 'text', default: '' }) reasoning: string = '';
  @Field(() => Int, { description: 'Increases with every save; send it back to save.' }) @Property({ type: 'integer', default: 1 }) version: number = 1;
  @Field(() => Int, { description: 'How many times it has been sent (the sent versions are kept).' }) @Property({ type: 'integer', default: 0 }) sentVersion: number = 0;
  @Field(() => Date, { nullable: true, description: 'When it was last sent.' }) @Property({ type: 'datetime', nullable: true }) sentAt?: Date | null;
  @Field(() => Date, { description: 'When it was last changed.' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

@ObjectType({ description: 'A recommendation as it was sent (kept for good; revising makes a new one).' })
@Entity({ tableName: 'settlement_recommendation_version' })
@Unique({ properties: ['recommendation', 'version'] })
export class RecommendationVersion {
  [OptionalProps]?: 'id' | 'sentAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => Recommendation, deleteRule: 'cascade' }) recommendation!: Recommendation;
  @Field(() => Int, { description: 'The sent version, from 1.' }) @Property({ type: 'integer' }) version!: number;
  @Field(() => Int, { description: 'The recommended number.' }) @Property({ type: 'integer' }) number!: number;
  @Field(() => Int, { description: 'Of which unaccompanied minors.' }) @Property({ type: 'integer' }) minors!: number;
  @Field(() => String, { description: 'The reasoning.' }) @Property({ type: 'text' }) reasoning!: string;
  @Field(() => String, { nullable: true, description: 'Who sent it (their name at the time).' }) @Property({ type: 'string', length: 120, nullable: true }) sentByName?: string | null;
  @Field(() => Date, { description: 'When it was sent.' }) @Property({ type: 'datetime' }) sentAt: Date = new Date();
}

@ObjectType({ description: 'A municipality’s numbers in a year: IMDi’s request (anmodning), the municipal decision (vedtak) and those settled so far.' })
@Entity({ tableName: 'settlement_numbers' })
@Unique({ properties: ['year', 'municipality'] })
export class SettlementNumbers {
  [OptionalProps]?: 'id' | 'updatedAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => SettlementYear, deleteRule: 'cascade' }) year!: SettlementYear;
  @ManyToOne({ entity: () => Municipality, deleteRule: 'cascade' }) municipality!: Municipality;
  @Field(() => Int, { nullable: true, description: 'IMDi’s request: how many refugees the municipality is asked to settle.' }) @Property({ type: 'integer', nullable: true }) requested?: number | null;
  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' }) @Property({ type: 'integer', nullable: true }) requestedMinors?: number | null;
  @Field(() => Date, { nullable: true, description: 'When the request was recorded.' }) @Property({ type: 'datetime', nullable: true }) requestRecordedAt?: Date | null;
  @Field(() => DecisionStatus, { nullable: true, description: 'The decision’s status (null: nothing recorded).' }) @Enum({ items: () => DecisionStatus, type: 'string', nullable: true }) decisionStatus?: DecisionStatus | null;
  @Field(() => Int, { nullable: true, description: 'How many the municipality decided to settle.' }) @Property({ type: 'integer', nullable: true }) decided?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the decision includes unaccompanied minors.' }) @Property({ type: 'boolean', nullable: true }) decidedMinors?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The date of the decision ("YYYY-MM-DD").' }) @Property({ type: 'string', length: 10, nullable: true }) decidedOn?: string | null;
  @Property({ type: 'string', length: 255, nullable: true }) documentFilename?: string | null;
  @Property({ type: 'string', length: 120, nullable: true }) documentMimeType?: string | null;
  @Property({ type: 'integer', nullable: true }) documentSize?: number | null;
  @Property({ type: 'string', length: 64, nullable: true }) documentSha256?: string | null;
  @Property({ type: 'datetime', nullable: true }) documentUploadedAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'How many have been settled so far this year.' }) @Property({ type: 'integer', nullable: true }) settled?: number | null;
  @Field(() => Int, { nullable: true, description: 'Of which unaccompanied minors.' }) @Property({ type: 'integer', nullable: true }) settledMinors?: number | null;
  @Field(() => Date, { nullable: true, description: 'When the settled numbers were last updated.' }) @Property({ type: 'datetime', nullable: true }) settledUpdatedAt?: Date | null;
  @Field(() => Date, { description: 'When anything here last changed.' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}
