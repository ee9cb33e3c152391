import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { NetworkGroup } from './group.entity.js';
import { ModeratedContent } from '../moderation/moderated-content.js';

@ObjectType({ description: 'A conversation in a group.' })
@Entity({ tableName: 'thread' })
// Not (group, last_message_at): every post updates last_message_at, and an indexed column makes the busiest thread's
// updates non-HOT, bloating the index and the table (issue 28). A group's threads are few; sorting them is cheap.
@Index({ properties: ['group'] })
export class Thread {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastMessageAt' | 'messageCount';

  @Field(() => ID, { description: 'Unique id of the thread.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => NetworkGroup, deleteRule: 'cascade' })
  group!: NetworkGroup;

  @Field(() => String, { description: 'The thread’s title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => Date, { description: 'When the thread was started (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the latest message was posted (UTC); threads are listed by it.' })
  @Property({ type: 'datetime' })
  lastMessageAt: Date = new Date();

  @Field(() => Int, { description: 'How many messages the thread has, deleted ones included.' })
  @Property({ type: 'integer', default: 0 })
  messageCount: number = 0;
}

@ObjectType({ description: 'A message in a thread. The body is markdown, rendered to sanitised HTML on the server.' })
@Entity({ tableName: 'message' })
@Index({ properties: ['thread', 'createdAt'] })
@Index({ name: 'message_search', expression: `create index "message_search" on "message" using gin ("search_vector")` })
export class Message extends ModeratedContent {
  [OptionalProps]?: 'id' | 'createdAt' | 'mentions' | 'removedByModerator';

  @Field(() => ID, { description: 'Unique id of the message.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Thread, deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne({ entity: () => NetworkGroup, deleteRule: 'cascade' })
  @Index()
  group!: NetworkGroup;

  /** Null after the author deleted their account: the message stays, anonymously. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  author?: User | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'text' })
  bodyHtml!: string;

  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  mentions: string[] = [];

  @Field(() => Date, { description: 'When the message was posted (UTC).' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the author last edited it (UTC); null if never.' })
  @Property({ type: 'datetime', nullable: true })
  editedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the message was deleted (UTC); its body is then empty. Null while not deleted.' })
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  /** Set when a moderator (not the author) removed it. */
  @Field(() => Boolean, { description: 'True when a moderator, not the author, deleted it.' })
  @Property({ type: 'boolean', default: false })
  removedByModerator: boolean = false;
}

/** How far a user has read a thread: unread counts are the messages after it. */
@Entity({ tableName: 'read_marker' })
export class ReadMarker {
  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user!: User;

  @ManyToOne({ entity: () => Thread, primary: true, deleteRule: 'cascade' })
  thread!: Thread;

  @Property({ type: 'datetime' })
  lastReadAt!: Date;
}

/** Who has written in a thread and not deleted all of it: the people a reply there notifies. Kept by triggers on
 * `message` (migration 20261123184326), so finding them reads no messages however long the thread. */
@Entity({ tableName: 'thread_participant' })
export class ThreadParticipant {
  @ManyToOne({ entity: () => Thread, primary: true, deleteRule: 'cascade' })
  thread!: Thread;

  @ManyToOne({ entity: () => User, primary: true, deleteRule: 'cascade' })
  user!: User;
}
