import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Topic } from '../reference/topic.entity.js';
import type { Membership } from './membership.entity.js';

export enum OrganisationKind {
  COUNTY = 'COUNTY',
  MUNICIPALITY = 'MUNICIPALITY',
  AGENCY = 'AGENCY',
  NGO = 'NGO',
  VOLUNTARY = 'VOLUNTARY',
  SCHOOL = 'SCHOOL',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'What sort of organisation this is.' });

export enum VerificationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'Whether county staff have checked that the organisation is who it says it is.',
});

@ObjectType({ description: 'An organisation in the network: county, municipality, agency, NGO, voluntary organisation, school …' })
@Entity({ tableName: 'organisation' })
@Index({ name: 'organisation_search', expression: `create index "organisation_search" on "organisation" using gin (to_tsvector('norwegian', "name" || ' ' || "description"))` })
export class Organisation {
  [OptionalProps]?: 'id' | 'description' | 'verificationStatus' | 'createdAt';

  @Field(() => ID, { description: 'Unique id of the organisation.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The organisation’s name.' })
  @Property({ type: 'string', length: 200 })
  @Index()
  name!: string;

  @Field(() => OrganisationKind, { description: 'What sort of organisation it is.' })
  @Enum({ items: () => OrganisationKind, type: 'string' })
  @Index()
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Norwegian organisation number (9 digits, mod-11 checked).' })
  @Property({ type: 'string', length: 9, nullable: true })
  @Unique()
  orgNumber?: string | null;

  @Field(() => String, { description: 'What the organisation does (plain text).' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => String, { nullable: true, description: 'Public contact e-mail address; null when none is given.' })
  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Public contact phone number; null when none is given.' })
  @Property({ type: 'string', length: 40, nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Public website (http or https URL); null when none is given.' })
  @Property({ type: 'string', length: 500, nullable: true })
  website?: string | null;

  @ManyToMany({ entity: () => Municipality, owner: true, pivotTable: 'organisation_municipality' })
  municipalities = new Collection<Municipality>(this);

  @ManyToMany({ entity: () => Topic, owner: true, pivotTable: 'organisation_topic' })
  topics = new Collection<Topic>(this);

  @Field(() => VerificationStatus, { description: 'Whether county staff have verified it, rejected it, or not yet looked (PENDING).' })
  @Enum({ items: () => VerificationStatus, type: 'string', default: VerificationStatus.PENDING })
  @Index()
  verificationStatus: VerificationStatus = VerificationStatus.PENDING;

  /** Why county staff rejected it: shown to those who may edit or verify it (see OrganisationResolver). */
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When county staff verified or rejected it (UTC); null while PENDING.' })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  verifiedBy?: User | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When the organisation was registered (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @OneToMany({ entity: 'Membership', mappedBy: 'organisation' })
  memberships = new Collection<Membership>(this);
}
