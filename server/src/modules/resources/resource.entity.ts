import { randomUUID } from 'node:crypto';
import { ArrayType, Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Event } from '../events/event.entity.js';
import { NetworkGroup } from '../groups/group.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { ModeratedContent } from '../moderation/moderated-content.js';
import { UploadedFile } from '../../common/files/uploaded-file.js';

export enum ResourceKind {
  GUIDE = 'GUIDE',
  REPORT = 'REPORT',
  RECORDING = 'RECORDING',
  STATISTICS = 'STATISTICS',
  LINK = 'LINK',
  DOCUMENT = 'DOCUMENT',
  TEMPLATE = 'TEMPLATE',
}
registerEnumType(ResourceKind, { name: 'ResourceKind', description: 'What sort of resource it is: a guide (veileder), report, recording, statistics, link, document or template.' });

export enum ResourceAccess {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
  GROUP = 'GROUP',
}
registerEnumType(ResourceAccess, { name: 'ResourceAccess', description: 'PUBLIC: everyone. MEMBERS: signed-in users. GROUP: those who may read the group.' });

@ObjectType({ description: 'A guide, report, recording, statistic or link shared in the network; a link or an uploaded file with versions.' })
@Entity({ tableName: 'resource' })
@Index({ name: 'resource_search', expression: `create index "resource_search" on "resource" using gin ("search_vector") with (fastupdate = off)` })
export class Resource extends ModeratedContent {
  [OptionalProps]?: 'id' | 'createdAt' | 'summary' | 'languages' | 'audience' | 'currentVersion' | 'publisher';

  @Field(() => ID, { description: 'Unique id of the resource.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  @Index()
  organisation!: Organisation;

  @Field(() => String, { description: 'The resource’s title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'What it holds, plain text (may be empty).' })
  @Property({ type: 'text', default: '' })
  summary: string = '';

  @Field(() => ResourceKind, { description: 'What sort of resource it is.' })
  @Enum({ items: () => ResourceKind, type: 'string' })
  @Index()
  kind!: ResourceKind;

  @ManyToMany({ entity: () => Topic, owner: true, pivotTable: 'resource_topic' })
  topics = new Collection<Topic>(this);

  @Field(() => [String], { description: 'Language codes (nb, nn, en, uk, ar …).' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  languages: string[] = [];

  @Field(() => [String], { description: 'Målgruppe: who it is for, as free labels.' })
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  audience: string[] = [];

  @Field(() => ResourceAccess, { description: 'Who may see it and download its file.' })
  @Enum({ items: () => ResourceAccess, type: 'string' })
  access!: ResourceAccess;

  // Who wrote it, when that is not the sharing organisation (a ministry's white paper shared by the county).
  @Field(() => String, { nullable: true, description: 'Who published the work itself (utgiver), when that is not the sharing organisation, e.g. a ministry; null when it is the sharing organisation.' })
  @Property({ type: 'string', length: 200, nullable: true })
  publisher?: string | null;

  @ManyToOne({ entity: () => NetworkGroup, nullable: true, deleteRule: 'set null' })
  group?: NetworkGroup | null;

  @Field(() => String, { nullable: true, description: 'For links: the address.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  url?: string | null;

  @Field(() => Int, { description: '0 until a file is uploaded.' })
  @Property({ type: 'integer', default: 0 })
  currentVersion: number = 0;

  @ManyToOne({ entity: () => Event, nullable: true, deleteRule: 'set null' })
  event?: Event | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When it was shared (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'One uploaded version of a resource file.' })
@Entity({ tableName: 'resource_file' })
@Unique({ properties: ['resource', 'version'] })
export class ResourceFile extends UploadedFile {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Resource, deleteRule: 'cascade' })
  resource!: Resource;

  @Field(() => Int, { description: 'Version number: 1 for the first upload, then 2, 3 …' })
  @Property({ type: 'integer' })
  version!: number;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  uploadedBy?: User | null;

  @Field(() => Date, { description: 'When this version was uploaded (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
