import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Event } from '../events/event.entity.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';
import { UploadedFile } from '../../common/files/uploaded-file.js';

export enum RoundState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DECIDED = 'DECIDED',
}
registerEnumType(RoundState, { name: 'RoundState', description: 'Where a round stands: DRAFT (county staff only), OPEN (taking applications until the deadline), CLOSED (being assessed and decided) or DECIDED (decisions published).' });

export enum ApplicationState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  MORE_INFO_REQUESTED = 'MORE_INFO_REQUESTED',
  DECIDED = 'DECIDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationState, { name: 'ApplicationState', description: 'Where an application stands: DRAFT (the organisation writes), SUBMITTED, IN_REVIEW (a reviewer has started), MORE_INFO_REQUESTED (back with the applicant, who resubmits), DECIDED (decision published) or WITHDRAWN.' });

export enum Decision {
  APPROVED = 'APPROVED',
  PARTIALLY_APPROVED = 'PARTIALLY_APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(Decision, { name: 'Decision', description: 'The outcome: APPROVED (the full amount asked for), PARTIALLY_APPROVED (less) or REJECTED.' });

/** A reviewer's answer to the conflict-of-interest question for one application. */
export enum ConflictDeclaration {
  /** Not inhabil: may open, score and decide the application. */
  NO_CONFLICT = 'NO_CONFLICT',
  /** Inhabil: takes no part in the application's assessment (scores and comment removed, no access to its content). */
  CONFLICT = 'CONFLICT',
}
registerEnumType(ConflictDeclaration, { name: 'ConflictDeclaration', description: 'NO_CONFLICT: the reviewer may assess. CONFLICT: the reviewer is inhabil and takes no part.' });

@ObjectType({ description: 'A grant scheme, e.g. TIIA – inclusion and integration in working life.' })
@Entity({ tableName: 'grant_scheme' })
export class GrantScheme {
  [OptionalProps]?: 'id' | 'description' | 'createdAt';
  @Field(() => ID, { description: 'Unique id of the scheme.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String, { description: 'The scheme’s name, unique.' }) @Property({ type: 'string', length: 200 }) @Unique() name!: string;
  @Field(() => String, { description: 'What the scheme is for, plain text (may be empty).' }) @Property({ type: 'text', default: '' }) description: string = '';
  @Field(() => Date, { description: 'When the scheme was created (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

export interface Criterion {
  key: string;
  title: string;
  weight: number;
}

@ObjectType({ description: 'One round of a scheme: budget, guidelines, eligibility, criteria, and a deadline in Oslo time.' })
@Entity({ tableName: 'grant_round' })
export class GrantRound {
  [OptionalProps]?: 'id' | 'createdAt' | 'eligibleKinds' | 'eligibleMunicipalities' | 'minPartners' | 'guidelinesVersion' | 'contacts' | 'criteria' | 'acceptanceDays' | 'reportRequirements' | 'paymentPlan';
  @Field(() => ID, { description: 'Unique id of the round.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantScheme, deleteRule: 'cascade' }) scheme!: GrantScheme;
  /** What search matches: title, scheme and current guidelines, kept by triggers (migrations/Migration20261207200000.ts), read only in SQL, never loaded. */
  @Property({ type: 'string', columnType: 'tsvector', nullable: true, lazy: true, hidden: true }) searchVector?: string | null;
  @Field(() => String, { description: 'The round’s title, e.g. "TIIA 2027".' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => Int, { description: 'The budget year.' }) @Property({ type: 'smallint' }) year!: number;
  @Field(() => Int, { description: 'NOK.' }) @Property({ type: 'integer' }) budget!: number;
  @Field(() => Int, { description: 'Guidelines are versioned; applications record the version they were written against.' }) @Property({ type: 'integer', default: 0 }) guidelinesVersion: number = 0;
  @Field(() => [OrganisationKind], { description: 'Empty: every kind.' }) @Property({ type: ArrayType, columnType: 'text[]', default: '{}' }) eligibleKinds: OrganisationKind[] = [];
  @Field(() => [String], { description: 'Municipality numbers; empty: everywhere.' }) @Property({ type: ArrayType, columnType: 'text[]', default: '{}' }) eligibleMunicipalities: string[] = [];
  @Field(() => Int, { description: 'How many partner organisations an application must name (0: none needed).' }) @Property({ type: 'smallint', default: 0 }) minPartners: number = 0;
  @Property({ type: 'json' }) criteria: Criterion[] = [];
  @Field(() => Date, { description: 'When the round is planned to open (UTC; show it in Europe/Oslo). It opens when county staff open it.' }) @Property({ type: 'datetime' }) opensAt!: Date;
  @Field(() => Date, { description: 'The deadline, enforced by the server to the second.' }) @Property({ type: 'datetime' }) closesAt!: Date;
  @ManyToOne({ entity: () => Event, nullable: true, deleteRule: 'set null' }) infoEvent?: Event | null;
  @Field(() => String, { description: 'Who applicants can ask, plain text (may be empty).' }) @Property({ type: 'text', default: '' }) contacts: string = '';
  @Field(() => RoundState, { description: 'Where the round stands.' }) @Enum({ items: () => RoundState, type: 'string' }) state!: RoundState;
  @Field(() => Date, { nullable: true, description: 'When the decisions were published to the applicants (UTC); null until then.' }) @Property({ type: 'datetime', nullable: true }) decisionsPublishedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded7At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded1At?: Date | null;
  // The follow-up of its awards (follow-up/): set with the round, fixed once the decisions are published.
  @Field(() => Int, { description: 'Days an organisation has to accept or decline its award, counted in Oslo dates from the publication of the decisions (the last day included).' }) @Property({ type: 'smallint', default: 21 }) acceptanceDays: number = 21;
  @Property({ type: 'json', default: '[]' }) reportRequirements: { key: string; kind: 'MIDTERM' | 'FINAL'; dueAt: string }[] = [];
  @Property({ type: 'json', default: '[{"percent":75,"trigger":"ACCEPTANCE"},{"percent":25,"trigger":"FINAL_REPORT"}]' }) paymentPlan: { percent: number; trigger: 'ACCEPTANCE' | 'MIDTERM_REPORT' | 'FINAL_REPORT' }[] = [
    { percent: 75, trigger: 'ACCEPTANCE' },
    { percent: 25, trigger: 'FINAL_REPORT' },
  ];
  @Field(() => Date, { description: 'When the round was created (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'A version of a round’s guidelines (markdown).' })
@Entity({ tableName: 'grant_guidelines' })
@Unique({ properties: ['round', 'version'] })
export class GrantGuidelines {
  [OptionalProps]?: 'id' | 'createdAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantRound, deleteRule: 'cascade' }) round!: GrantRound;
  @Field(() => Int, { description: 'Version number: 1, 2, 3 …' }) @Property({ type: 'integer' }) version!: number;
  @Field(() => String, { description: 'The guidelines as markdown.' }) @Property({ type: 'text' }) body!: string;
  @Field(() => String, { description: 'The guidelines as sanitised HTML.' }) @Property({ type: 'text' }) bodyHtml!: string;
  @Field(() => Date, { description: 'When this version was saved (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

export interface BudgetLine {
  description: string;
  ownFunding: number;
  requested: number;
}

@ObjectType({ description: 'An application, owned by an organisation (not a person).' })
@Entity({ tableName: 'grant_application' })
@Index({ properties: ['round', 'state'] })
export class GrantApplication {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'summary' | 'projectPlan' | 'partnerIds' | 'budgetLines' | 'version' | 'requestedTotal';
  @Field(() => ID, { description: 'Unique id of the application.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantRound, deleteRule: 'cascade' }) round!: GrantRound;
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' }) @Index() organisation!: Organisation;
  @Field(() => String, { description: 'The project’s title.' }) @Property({ type: 'string', length: 200 }) title!: string;
  @Property({ type: 'text', default: '' }) summary: string = '';
  @Property({ type: 'text', default: '' }) projectPlan: string = '';
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' }) partnerIds: string[] = [];
  @Property({ type: 'json' }) budgetLines: BudgetLine[] = [];
  @Field(() => Int, { description: 'Sum of the requested amounts (NOK).' }) @Property({ type: 'integer', default: 0 }) requestedTotal: number = 0;
  @Field(() => Int, { description: 'The guidelines version it was written against.' }) @Property({ type: 'integer' }) guidelinesVersion!: number;
  @Field(() => Int, { description: 'Increases with every save; send it back to save (two editors cannot overwrite each other).' }) @Property({ type: 'integer', default: 1 }) version: number = 1;
  @Field(() => ApplicationState, { description: 'Where the application stands.' }) @Enum({ items: () => ApplicationState, type: 'string' }) state!: ApplicationState;
  @Field(() => Date, { nullable: true, description: 'When it was (last) submitted (UTC); null while a draft.' }) @Property({ type: 'datetime', nullable: true }) submittedAt?: Date | null;
  @Property({ type: 'text', nullable: true }) moreInfoRequest?: string | null;
  @Enum({ items: () => Decision, type: 'string', nullable: true }) decision?: Decision | null;
  @Property({ type: 'integer', nullable: true }) grantedAmount?: number | null;
  @Property({ type: 'text', nullable: true }) decisionReason?: string | null;
  @Property({ type: 'datetime', nullable: true }) decidedAt?: Date | null;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) createdBy?: User | null;
  @Field(() => Date, { description: 'When the draft was started (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => Date, { description: 'When it last changed (UTC).' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

@ObjectType({ description: 'A file attached to an application (budget, letters of intent …); its organisation and reviewers who have declared can fetch it.' })
@Entity({ tableName: 'grant_attachment' })
export class GrantAttachment extends UploadedFile {
  [OptionalProps]?: 'id' | 'createdAt';
  @Field(() => ID, { description: 'Unique id of the attachment (pass to grantAttachmentDelete).' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantApplication, deleteRule: 'cascade' }) @Index() application!: GrantApplication;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) uploadedBy?: User | null;
  @Field(() => Date, { description: 'When it was uploaded (UTC).' }) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'One reviewer’s declaration on one application and, unless they declared a conflict, their assessment.' })
@Entity({ tableName: 'grant_assessment' })
@Unique({ properties: ['application', 'reviewer'] })
export class GrantAssessment {
  [OptionalProps]?: 'id' | 'scores' | 'comment' | 'updatedAt' | 'declaration' | 'noConflictDeclaredAt' | 'conflictDeclaredAt';
  @Field(() => ID, { description: 'Unique id of the assessment.' }) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantApplication, deleteRule: 'cascade' }) application!: GrantApplication;
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' }) reviewer!: User;
  @Field(() => ConflictDeclaration, { description: 'The reviewer’s answer to the conflict-of-interest question.' }) @Enum({ items: () => ConflictDeclaration, type: 'string', default: ConflictDeclaration.NO_CONFLICT }) declaration: ConflictDeclaration = ConflictDeclaration.NO_CONFLICT;
  @Field(() => Date, { nullable: true, description: 'When the reviewer declared no conflict of interest (null if they declared a conflict straight away).' }) @Property({ type: 'datetime', nullable: true }) noConflictDeclaredAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the reviewer declared a conflict of interest (inhabil).' }) @Property({ type: 'datetime', nullable: true }) conflictDeclaredAt?: Date | null;
  @Property({ type: 'json' }) scores: Record<string, number> = {};
  @Field(() => String, { description: 'The reviewer’s comment (empty after declaring a conflict).' }) @Property({ type: 'text', default: '' }) comment: string = '';
  @Field(() => Date, { description: 'When the reviewer last saved or declared (UTC).' }) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}
