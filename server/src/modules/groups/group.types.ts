import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { GroupMemberStatus, GroupRole } from './group.entity.js';
import { Message, Thread } from './message.entity.js';

@ObjectType({ description: "The viewer's standing in a group." })
export class GroupViewerState {
  @Field(() => GroupMemberStatus, { nullable: true }) status!: GroupMemberStatus | null;
  @Field(() => GroupRole, { nullable: true }) role!: GroupRole | null;
  @Field(() => Boolean, { description: 'Reads and posts as a member (own membership or through an organisation).' }) active!: boolean;
}

@ObjectType({ description: 'What the viewer may do in a group.' })
export class GroupPermissions {
  @Field(() => Boolean) read!: boolean;
  @Field(() => Boolean) post!: boolean;
  @Field(() => Boolean, { description: 'Remove messages, approve requests, invite.' }) moderate!: boolean;
  @Field(() => Boolean, { description: 'Edit the group, set roles, add organisations.' }) manage!: boolean;
  @Field(() => Boolean) join!: boolean;
  @Field(() => Boolean) leave!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a message.' })
export class MessagePermissions {
  @Field(() => Boolean) edit!: boolean;
  @Field(() => Boolean) delete!: boolean;
}

@ObjectType()
export class ThreadConnection {
  @Field(() => [Thread]) nodes!: Thread[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'Something that happened in a group, delivered live (and replayed after `after`).' })
export class GroupEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to receive what came since.' }) cursor!: string;
  @Field(() => String, { description: 'thread.created, message.created, message.updated, message.deleted, member.joined, member.removed, member.role_changed, group.access_changed' })
  type!: string;
  @Field(() => ID) groupId!: string;
  @Field(() => ID, { nullable: true }) threadId?: string | null;
  @Field(() => ID, { nullable: true }) messageId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => Message, { nullable: true, description: 'The message, for message events.' }) message?: Message | null;
  @Field(() => Thread, { nullable: true, description: 'The thread, for thread and message events.' }) thread?: Thread | null;
}

@ObjectType({ description: 'Who is in a group right now, and who is typing.' })
export class GroupPresence {
  @Field(() => ID) groupId!: string;
  @Field(() => [PresentUser]) online!: PresentUser[];
  @Field(() => [PresentUser]) typing!: PresentUser[];
}

@ObjectType()
export class PresentUser {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true, description: 'The thread they are typing in.' }) threadId?: string | null;
}
