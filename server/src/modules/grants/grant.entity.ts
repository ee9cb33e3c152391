import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Event } from '../events/event.entity.js';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity.js';

export enum RoundState {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  DECIDED = 'DECIDED',
}
registerEnumType(RoundState, { name: 'RoundState' });

export enum ApplicationState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  MORE_INFO_REQUESTED = 'MORE_INFO_REQUESTED',
  DECIDED = 'DECIDED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ApplicationState, { name: 'ApplicationState' });

export enum Decision {
  APPROVED = 'APPROVED',
  PARTIALLY_APPROVED = 'PARTIALLY_APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(Decision, { name: 'Decision' });

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
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @Field(() => String) @Property({ type: 'string', length: 200 }) @Unique() name!: string;
  @Field(() => String) @Property({ type: 'text', default: '' }) description: string = '';
  @Field(() => Date) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

export interface Criterion {
  key: string;
  title: string;
  weight: number;
}

@ObjectType({ description: 'One round of a scheme: budget, guidelines, eligibility, criteria, and a deadline in Oslo time.' })
@Entity({ tableName: 'grant_round' })
export class GrantRound {
  [OptionalProps]?: 'id' | 'createdAt' | 'eligibleKinds' | 'eligibleMunicipalities' | 'minPartners' | 'guidelinesVersion' | 'contacts' | 'criteria';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantScheme, deleteRule: 'cascade' }) scheme!: GrantScheme;
  @Field(() => String) @Property({ type: 'string', length: 200 }) title!: string;
  @Field(() => Int) @Property({ type: 'smallint' }) year!: number;
  @Field(() => Int, { description: 'NOK.' }) @Property({ type: 'integer' }) budget!: number;
  @Field(() => Int, { description: 'Guidelines are versioned; applications record the version they were written against.' }) @Property({ type: 'integer', default: 0 }) guidelinesVersion: number = 0;
  @Field(() => [OrganisationKind], { description: 'Empty: every kind.' }) @Property({ type: ArrayType, columnType: 'text[]', default: '{}' }) eligibleKinds: OrganisationKind[] = [];
  @Field(() => [String], { description: 'Municipality numbers; empty: everywhere.' }) @Property({ type: ArrayType, columnType: 'text[]', default: '{}' }) eligibleMunicipalities: string[] = [];
  @Field(() => Int) @Property({ type: 'smallint', default: 0 }) minPartners: number = 0;
  @Property({ type: 'json' }) criteria: Criterion[] = [];
  @Field(() => Date) @Property({ type: 'datetime' }) opensAt!: Date;
  @Field(() => Date, { description: 'The deadline, enforced by the server to the second.' }) @Property({ type: 'datetime' }) closesAt!: Date;
  @ManyToOne({ entity: () => Event, nullable: true, deleteRule: 'set null' }) infoEvent?: Event | null;
  @Field(() => String) @Property({ type: 'text', default: '' }) contacts: string = '';
  @Field(() => RoundState) @Enum({ items: () => RoundState, type: 'string' }) state!: RoundState;
  @Field(() => Date, { nullable: true }) @Property({ type: 'datetime', nullable: true }) decisionsPublishedAt?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded7At?: Date | null;
  @Property({ type: 'datetime', nullable: true }) reminded1At?: Date | null;
  @Field(() => Date) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'A version of a round’s guidelines (markdown).' })
@Entity({ tableName: 'grant_guidelines' })
@Unique({ properties: ['round', 'version'] })
export class GrantGuidelines {
  [OptionalProps]?: 'id' | 'createdAt';
  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantRound, deleteRule: 'cascade' }) round!: GrantRound;
  @Field(() => Int) @Property({ type: 'integer' }) version!: number;
  @Field(() => String) @Property({ type: 'text' }) body!: string;
  @Field(() => String) @Property({ type: 'text' }) bodyHtml!: string;
  @Field(() => Date) @Property({ type: 'datetime' }) createdAt: Date = new Date();
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
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantRound, deleteRule: 'cascade' }) round!: GrantRound;
  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' }) @Index() organisation!: Organisation;
  @Field(() => String) @Property({ type: 'string', length: 200 }) title!: string;
  @Property({ type: 'text', default: '' }) summary: string = '';
  @Property({ type: 'text', default: '' }) projectPlan: string = '';
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' }) partnerIds: string[] = [];
  @Property({ type: 'json' }) budgetLines: BudgetLine[] = [];
  @Field(() => Int, { description: 'Sum of the requested amounts (NOK).' }) @Property({ type: 'integer', default: 0 }) requestedTotal: number = 0;
  @Field(() => Int, { description: 'The guidelines version it was written against.' }) @Property({ type: 'integer' }) guidelinesVersion!: number;
  @Field(() => Int, { description: 'Increases with every save; send it back to save (two editors cannot overwrite each other).' }) @Property({ type: 'integer', default: 1 }) version: number = 1;
  @Field(() => ApplicationState) @Enum({ items: () => ApplicationState, type: 'string' }) state!: ApplicationState;
  @Field(() => Date, { nullable: true }) @Property({ type: 'datetime', nullable: true }) submittedAt?: Date | null;
  @Property({ type: 'text', nullable: true }) moreInfoRequest?: string | null;
  @Enum({ items: () => Decision, type: 'string', nullable: true }) decision?: Decision | null;
  @Property({ type: 'integer', nullable: true }) grantedAmount?: number | null;
  @Property({ type: 'text', nullable: true }) decisionReason?: string | null;
  @Property({ type: 'datetime', nullable: true }) decidedAt?: Date | null;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) createdBy?: User | null;
  @Field(() => Date) @Property({ type: 'datetime' }) createdAt: Date = new Date();
  @Field(() => Date) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}

@ObjectType({ description: 'A file attached to an application (budget, letters of intent …); its organisation and reviewers who have declared can fetch it.' })
@Entity({ tableName: 'grant_attachment' })
export class GrantAttachment {
  [OptionalProps]?: 'id' | 'createdAt';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantApplication, deleteRule: 'cascade' }) @Index() application!: GrantApplication;
  @Field(() => String) @Property({ type: 'string', length: 255 }) filename!: string;
  @Field(() => String, { description: 'The type found in the content (not the name).' }) @Property({ type: 'string', length: 120 }) mimeType!: string;
  @Field(() => Int) @Property({ type: 'integer' }) size!: number;
  @Property({ type: 'string', length: 64 }) sha256!: string;
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' }) uploadedBy?: User | null;
  @Field(() => Date) @Property({ type: 'datetime' }) createdAt: Date = new Date();
}

@ObjectType({ description: 'One reviewer’s declaration on one application and, unless they declared a conflict, their assessment.' })
@Entity({ tableName: 'grant_assessment' })
@Unique({ properties: ['application', 'reviewer'] })
export class GrantAssessment {
  [OptionalProps]?: 'id' | 'scores' | 'comment' | 'updatedAt' | 'declaration' | 'noConflictDeclaredAt' | 'conflictDeclaredAt';
  @Field(() => ID) @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @ManyToOne({ entity: () => GrantApplication, deleteRule: 'cascade' }) application!: GrantApplication;
  @ManyToOne({ entity: () => User, deleteRule: 'cascade' }) reviewer!: User;
  @Field(() => ConflictDeclaration) @Enum({ items: () => ConflictDeclaration, type: 'string', default: ConflictDeclaration.NO_CONFLICT }) declaration: ConflictDeclaration = ConflictDeclaration.NO_CONFLICT;
  @Field(() => Date, { nullable: true, description: 'When the reviewer declared no conflict of interest (null if they declared a conflict straight away).' }) @Property({ type: 'datetime', nullable: true }) noConflictDeclaredAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the reviewer declared a conflict of interest (inhabil).' }) @Property({ type: 'datetime', nullable: true }) conflictDeclaredAt?: Date | null;
  @Property({ type: 'json' }) scores: Record<string, number> = {};
  @Field(() => String) @Property({ type: 'text', default: '' }) comment: string = '';
  @Field(() => Date) @Property({ type: 'datetime' }) updatedAt: Date = new Date();
}
