import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { GroupMemberStatus, GroupRole } from './group.entity.js';
import { Message, Thread } from './message.entity.js';

@ObjectType({ description: "The viewer's standing in a group." })
export class GroupViewerState {
  @Field(() => GroupMemberStatus, { nullable: true, description: 'The viewer’s own membership status; null when the viewer has no membership (they may still be active through an organisation).' }) status!: GroupMemberStatus | null;
  @Field(() => GroupRole, { nullable: true, description: 'The viewer’s own role; null when not a member in person.' }) role!: GroupRole | null;
  @Field(() => Boolean, { description: 'Reads and posts as a member (own membership or through an organisation).' }) active!: boolean;
}

@ObjectType({ description: 'What the viewer may do in a group.' })
export class GroupPermissions {
  @Field(() => Boolean, { description: 'Read threads and messages (everyone signed in for a PUBLIC group; members and county staff for a MEMBERS group).' }) read!: boolean;
  @Field(() => Boolean, { description: 'Start threads and post messages (active members with a confirmed e-mail address).' }) post!: boolean;
  @Field(() => Boolean, { description: 'Remove messages, approve requests, invite.' }) moderate!: boolean;
  @Field(() => Boolean, { description: 'Edit the group, set roles, add organisations.' }) manage!: boolean;
  @Field(() => Boolean, { description: 'Join, ask to join or accept an invitation (signed-in users with a confirmed e-mail address who are not members).' }) join!: boolean;
  @Field(() => Boolean, { description: 'Leave the group (members; not the only owner).' }) leave!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a message.' })
export class MessagePermissions {
  @Field(() => Boolean, { description: 'Edit the message (its author, with a confirmed e-mail address).' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Delete the message (its author, or the group’s moderators and county staff).' }) delete!: boolean;
  @Field(() => Boolean, { description: 'Report it to its moderators (signed in, not its author, not hidden).' }) report!: boolean;
  @Field(() => Boolean, { description: 'Hide it or show it again (the group’s owners and moderators, and county staff).' }) moderate!: boolean;
}

@ObjectType({ description: 'What the viewer may do with a membership.' })
export class GroupMemberPermissions {
  @Field(() => Boolean, { description: 'Remove the member or decline the request (moderators; an owner only by owners; not oneself: leave instead).' }) remove!: boolean;
}

@ObjectType({ description: 'A page of threads.' })
export class ThreadConnection {
  @Field(() => [Thread], { description: 'The threads on this page, latest activity first.' }) nodes!: Thread[];
  @Field(() => Int, { description: 'How many threads the group has in all.' }) totalCount!: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo!: PageInfo;
}

@ObjectType({ description: 'Something that happened in a group, delivered live (and replayed after `after`).' })
export class GroupEvent {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to receive what came since.' }) cursor!: string;
  @Field(() => String, { description: 'thread.created, message.created, message.updated, message.deleted, member.joined, member.removed, member.role_changed, group.access_changed' })
  type!: string;
  @Field(() => ID, { description: 'The group it happened in.' }) groupId!: string;
  @Field(() => ID, { nullable: true, description: 'The thread concerned, for thread and message events; otherwise null.' }) threadId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The message concerned, for message events; otherwise null.' }) messageId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The member concerned, for member events; otherwise null.' }) userId?: string | null;
  @Field(() => Message, { nullable: true, description: 'The message, for message events.' }) message?: Message | null;
  @Field(() => Thread, { nullable: true, description: 'The thread, for thread and message events.' }) thread?: Thread | null;
}

@ObjectType({ description: 'Who is in a group right now, and who is typing.' })
export class GroupPresence {
  @Field(() => ID, { description: 'The group.' }) groupId!: string;
  @Field(() => [PresentUser], { description: 'Who has the group open now.' }) online!: PresentUser[];
  @Field(() => [PresentUser], { description: 'Who is typing now (for a few seconds after each groupTyping call), and in which thread.' }) typing!: PresentUser[];
}

@ObjectType({ description: 'A person in a group’s presence list.' })
export class PresentUser {
  @Field(() => ID, { description: 'The user’s id.' }) id!: string;
  @Field(() => String, { description: 'The user’s display name.' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The thread they are typing in.' }) threadId?: string | null;
}
