import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { TextArgs } from '../../common/text.js';
import { groupsOnlyOwnedBy } from '../accounts/last-admin.js';
import { canGroup } from './group.policy.js';
import { AfterArgs, replayThenLive, sharedForLiveEvent, subscribeWith } from '../../common/change-feed/live.js';
import { groupTopic, type ChangeRecord, type GroupTopic } from '../../common/change-feed/topics.js';
import { loadedView } from '../../common/read-model/loaded.js';
import { defineKeyedLoader } from '../../common/read-model/memo.js';
import { clampFirst } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { thenMaybe, type MaybePromise } from '../../common/maybe-promise.js';
import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { mayReadGroupNow, viewerAccess, type GroupAccess } from './group-access.js';
import { GroupMember, GroupMemberStatus, GroupOrganisation, GroupRole, NetworkGroup } from './group.entity.js';
import { GroupInput } from './group.inputs.js';
import { GroupService } from './group.service.js';
import { GroupMembershipService } from './membership.service.js';
import { MessageService } from './message.service.js';
import { ThreadService } from './thread.service.js';
import { GroupEvent, GroupMemberPermissions, GroupPermissions, GroupViewerState, MessagePermissions, ThreadConnection } from './group.types.js';
import { Message, Thread } from './message.entity.js';
import { HiddenMark, hiddenMark, moderationFlags, shownTo } from '../moderation/hidden.js';

/** What moderation reads of a message (modules/moderation). */
const moderated = (m: Message) => ({ groupId: m.group.id, authorId: m.author?.id ?? null, hiddenAt: m.hiddenAt, hiddenReason: m.hiddenReason });

/** Unread messages per thread of a group, for the viewer. */
const unreadByGroup = defineKeyedLoader(async (ctx: Context, groupId: string) => {
  const threads = await ctx.em.find(Thread, { group: groupId }, { fields: ['id'] });
  return new ThreadService(ctx).unreadByThread(threads.map((x) => x.id));
});

@ArgsType()
class GroupEventsArgs extends AfterArgs {
  @Field(() => ID, { description: 'The group.' })
  groupId!: string;
}

@Resolver(() => NetworkGroup)
export class GroupResolver {
  @Authorized()
  @Query(() => [NetworkGroup], { description: 'All network groups (names and descriptions are visible to every signed-in user).' })
  groups(@Ctx() ctx: Context): Promise<NetworkGroup[]> {
    return new GroupService(ctx).list();
  }

  @Authorized()
  @Query(() => NetworkGroup, { description: 'One group; NOT_FOUND when unknown.' })
  group(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The group’s id.' }) id: string): Promise<NetworkGroup> {
    return new GroupService(ctx).group(id);
  }

  @Authorized()
  @Query(() => Thread, { description: 'One thread, if the viewer may read its group.' })
  thread(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The thread’s id.' }) id: string): Promise<Thread> {
    return new ThreadService(ctx).thread(id);
  }

  @Authorized()
  @Mutation(() => NetworkGroup, { description: 'Creates a group; the creator becomes its owner.' })
  groupCreate(@Ctx() ctx: Context, @Arg('input', () => GroupInput, { description: 'The new group; name, visibility and join policy are required.' }) input: GroupInput): Promise<NetworkGroup> {
    return new GroupService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => NetworkGroup, { description: 'Edits a group (owners).' })
  groupUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The group to edit.' }) id: string, @Arg('input', () => GroupInput, { description: 'The fields to change; omitted fields stay as they are.' }) input: GroupInput): Promise<NetworkGroup> {
    return new GroupService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'Joins an open group, asks to join a REQUEST group, or accepts an invitation.' })
  groupJoin(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'The group to join.' }) groupId: string): Promise<GroupMember> {
    return new GroupMembershipService(ctx).join(groupId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Leaves a group (or withdraws a request). The last owner cannot leave.' })
  groupLeave(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'The group to leave.' }) groupId: string): Promise<boolean> {
    return new GroupMembershipService(ctx).leave(groupId);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'Invites a user to a group (moderators); a pending request is approved instead.' })
  groupInvite(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'The group to invite to.' }) groupId: string, @Arg('userId', () => ID, { description: 'The user to invite.' }) userId: string): Promise<GroupMember> {
    return new GroupMembershipService(ctx).invite(groupId, userId);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: 'Approves a request to join (moderators).' })
  groupMemberApprove(@Ctx() ctx: Context, @Arg('memberId', () => ID, { description: 'The request (GroupMember.id) to approve.' }) memberId: string): Promise<GroupMember> {
    return new GroupMembershipService(ctx).approve(memberId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes a member or declines a request (moderators).' })
  groupMemberRemove(@Ctx() ctx: Context, @Arg('memberId', () => ID, { description: 'The membership, request or invitation (GroupMember.id) to end.' }) memberId: string): Promise<boolean> {
    return new GroupMembershipService(ctx).removeMember(memberId);
  }

  @Authorized()
  @Mutation(() => GroupMember, { description: "Sets a member's role (owners)." })
  groupMemberSetRole(@Ctx() ctx: Context, @Arg('memberId', () => ID, { description: 'The membership (GroupMember.id) to change.' }) memberId: string, @Arg('role', () => GroupRole, { description: 'The new role.' }) role: GroupRole): Promise<GroupMember> {
    return new GroupMembershipService(ctx).setRole(memberId, role);
  }

  @Authorized()
  @Mutation(() => NetworkGroup, { description: 'Makes an organisation a member: all its members read and post (owners).' })
  groupOrganisationAdd(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'The group.' }) groupId: string, @Arg('organisationId', () => ID, { description: 'The organisation to add.' }) organisationId: string): Promise<NetworkGroup> {
    return new GroupMembershipService(ctx).addOrganisation(groupId, organisationId);
  }

  @Authorized()
  @Mutation(() => NetworkGroup, { description: 'Removes an organisation from a group (owners).' })
  groupOrganisationRemove(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'The group.' }) groupId: string, @Arg('organisationId', () => ID, { description: 'The organisation to remove.' }) organisationId: string): Promise<NetworkGroup> {
    return new GroupMembershipService(ctx).removeOrganisation(groupId, organisationId);
  }

  @Authorized()
  @Mutation(() => Thread, { description: 'Starts a thread with its first message (members).' })
  @TextArgs({ title: 'single-line', body: 'multi-line' })
  threadCreate(@Ctx() ctx: Context, @Arg('groupId', () => ID, { description: 'The group to start the thread in.' }) groupId: string, @Arg('title', () => String, { description: 'The thread’s title, 2–200 characters on one line.' }) title: string, @Arg('body', () => String, { description: 'Markdown.' }) body: string): Promise<Thread> {
    return new ThreadService(ctx).create(groupId, title, body);
  }

  @Authorized()
  @Mutation(() => Thread, { description: "Marks a thread as read up to now, and the viewer's unread replies and mentions in it." })
  threadMarkRead(@Ctx() ctx: Context, @Arg('threadId', () => ID, { description: 'The thread the viewer has read.' }) threadId: string): Promise<Thread> {
    return new ThreadService(ctx).markRead(threadId);
  }

  @Authorized()
  @Mutation(() => Message, { description: 'Posts a message (markdown; `@[Name](user:<id>)` mentions notify) (members).' })
  @TextArgs({ body: 'multi-line' })
  messagePost(@Ctx() ctx: Context, @Arg('threadId', () => ID, { description: 'The thread to post in.' }) threadId: string, @Arg('body', () => String, { description: 'The message: markdown, 1–20 000 characters.' }) body: string): Promise<Message> {
    return new MessageService(ctx).post(threadId, body);
  }

  @Authorized()
  @Mutation(() => Message, { description: 'Edits a message (its author).' })
  @TextArgs({ body: 'multi-line' })
  messageEdit(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The message to edit.' }) id: string, @Arg('body', () => String, { description: 'The new text: markdown, 1–20 000 characters.' }) body: string): Promise<Message> {
    return new MessageService(ctx).edit(id, body);
  }

  @Authorized()
  @Mutation(() => Message, { description: 'Deletes a message (its author, or a moderator).' })
  messageDelete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The message to delete.' }) id: string): Promise<Message> {
    return new MessageService(ctx).delete(id);
  }

  @Authorized()
  @Subscription(() => GroupEvent, {
    description: 'Live events of one group. With `after`, first replays every event after that cursor, in order. Ends when the viewer loses access.',
    subscribe: subscribeWith(GroupEventsArgs, async ({ groupId, after }, ctx) => {
      const { group } = await new GroupService(ctx).readable(groupId);
      return replayThenLive(ctx, {
        topic: groupTopic(group.id),
        after,
        allowed: (viewer) => mayReadGroupNow(ctx.em, viewer, group.id),
        accessTopics: [groupTopic(group.id)],
      });
    }),
  })
  groupEvents(@Root() event: ChangeRecord<GroupTopic>, @Args(() => GroupEventsArgs) _args: GroupEventsArgs): GroupEvent {
    const p = event.payload;
    return {
      cursor: event.id,
      type: event.type,
      groupId: event.topic.slice('group/'.length),
      threadId: 'threadId' in p ? p.threadId : null,
      messageId: 'messageId' in p ? p.messageId : null,
      userId: 'userId' in p ? p.userId : null,
    };
  }

  @FieldResolver(() => GroupViewerState, { description: 'The viewer’s membership of this group, if any.' })
  viewerState(@Root() g: NetworkGroup, @Ctx() ctx: Context): MaybePromise<GroupAccess> {
    return viewerAccess(ctx, g.id);
  }

  @FieldResolver(() => GroupPermissions, { description: 'What the viewer may do in this group.' })
  async viewerCan(@Root() g: NetworkGroup, @Ctx() ctx: Context): Promise<GroupPermissions> {
    const a = await viewerAccess(ctx, g.id);
    const v = ctx.viewer;
    // The only owner cannot leave (the service refuses with group/last_owner): do not offer it.
    const soleOwner = a.status === GroupMemberStatus.ACTIVE && a.role === GroupRole.OWNER && (await groupsOnlyOwnedBy(ctx.em, v.id!, g.id)).length > 0;
    return { read: canGroup.read(v, g, a), post: canGroup.post(v, g, a), moderate: canGroup.moderate(v, g, a), manage: canGroup.manage(v, g, a), join: canGroup.join(v, g, a), leave: canGroup.leave(v, g, a) && !soleOwner };
  }

  @FieldResolver(() => Int, { description: 'Active members (people; organisation members not counted).' })
  memberCount(@Root() g: NetworkGroup, @Ctx() ctx: Context): Promise<number> {
    return ctx.em.count(GroupMember, { group: g.id, status: GroupMemberStatus.ACTIVE });
  }

  @FieldResolver(() => [GroupMember], { nullable: true, description: 'Members and pending requests/invitations (pending ones to moderators only); null unless the viewer may read the group.' })
  async members(@Root() g: NetworkGroup, @Ctx() ctx: Context): Promise<GroupMember[] | null> {
    const a = await viewerAccess(ctx, g.id);
    if (!canGroup.read(ctx.viewer, g, a)) return null;
    const where = canGroup.moderate(ctx.viewer, g, a) ? { group: g.id } : { group: g.id, status: GroupMemberStatus.ACTIVE };
    return ctx.em.find(GroupMember, where, { populate: ['user'], orderBy: { role: 'asc', user: { name: 'asc' } } });
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations that are members.' })
  async organisations(@Root() g: NetworkGroup, @Ctx() ctx: Context): Promise<Organisation[]> {
    const links = await ctx.em.find(GroupOrganisation, { group: g.id }, { populate: ['organisation'] });
    return links.map((l) => l.organisation).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  @FieldResolver(() => Int, { description: "Messages the viewer has not read in this group's threads." })
  async unreadCount(@Root() g: NetworkGroup, @Ctx() ctx: Context): Promise<number> {
    const a = await viewerAccess(ctx, g.id);
    return canGroup.read(ctx.viewer, g, a) ? new ThreadService(ctx).unreadInGroup(g.id) : 0;
  }

  @FieldResolver(() => ThreadConnection, { nullable: true, description: 'Threads, latest activity first; null unless the viewer may read the group.' })
  async threads(
    @Root() g: NetworkGroup,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many threads, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s pageInfo.endCursor; from the start when omitted.' }) after?: string | null,
  ): Promise<ThreadConnection | null> {
    if (!canGroup.read(ctx.viewer, g, await viewerAccess(ctx, g.id))) return null;
    return new ThreadService(ctx).threads(g.id, clampFirst(first), after);
  }
}

@Resolver(() => GroupMember)
export class GroupMemberResolver {
  @FieldResolver(() => User, { description: 'The person.' })
  user(@Root() m: GroupMember, @Ctx() ctx: Context): Promise<User> {
    return ctx.em.findOneOrFail(User, { id: m.user.id });
  }

  @FieldResolver(() => NetworkGroup, { description: 'The group.' })
  group(@Root() m: GroupMember, @Ctx() ctx: Context): Promise<NetworkGroup> {
    return ctx.em.findOneOrFail(NetworkGroup, { id: m.group.id });
  }

  @FieldResolver(() => GroupMemberPermissions, { description: 'What the viewer may do with this membership.' })
  async viewerCan(@Root() m: GroupMember, @Ctx() ctx: Context): Promise<GroupMemberPermissions> {
    const group = await ctx.em.findOneOrFail(NetworkGroup, { id: m.group.id });
    const access = await viewerAccess(ctx, group.id);
    return { remove: canGroup.removeMember(ctx.viewer, group, access, { role: m.role, userId: m.user.id }) };
  }
}

@Resolver(() => Thread)
export class ThreadResolver {
  @FieldResolver(() => NetworkGroup, { description: 'The group the thread is in.' })
  group(@Root() t: Thread, @Ctx() ctx: Context): MaybePromise<NetworkGroup> {
    return loadedView(ctx, t.group);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who started the thread; null when their account has been deleted.' })
  createdBy(@Root() t: Thread, @Ctx() ctx: Context): Promise<User | null> {
    return t.createdBy ? ctx.em.findOne(User, { id: t.createdBy.id }) : Promise.resolve(null);
  }

  @FieldResolver(() => Int, { description: 'Messages in this thread the viewer has not read.' })
  async unreadCount(@Root() t: Thread, @Ctx() ctx: Context): Promise<number> {
    // One query for all threads of a page: counted once per group.
    const counts = await unreadByGroup(ctx).load(t.group.id);
    return counts.get(t.id) ?? 0;
  }

  @FieldResolver(() => [Message], { description: 'The latest `last` messages, oldest first; `before` (a message id) pages back.' })
  messages(
    @Root() t: Thread,
    @Ctx() ctx: Context,
    @Arg('last', () => Int, { defaultValue: 50, description: 'How many messages, 1–100.' }) last = 50,
    @Arg('before', () => ID, { nullable: true, description: 'A message id: return the messages before it (to page back); the latest when omitted.' }) before?: string | null,
  ): Promise<Message[]> {
    return new MessageService(ctx).messages(t.id, clampFirst(last), before);
  }
}

@Resolver(() => Message)
export class MessageResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null when the author deleted their account.' })
  author(@Root() m: Message, @Ctx() ctx: Context): MaybePromise<User | null> {
    const author = m.author;
    return author ? loadedView(ctx, author) : null;
  }

  // A thread page asks these of 50 messages: each answers at once (no promise) once what it needs is known.
  @FieldResolver(() => String, { description: 'The markdown source (empty when deleted, and when hidden, except to its moderators).' })
  body(@Root() m: Message, @Ctx() ctx: Context): MaybePromise<string> {
    return thenMaybe(shownTo(ctx, moderated(m)), (shown) => (shown ? m.body : ''));
  }

  @FieldResolver(() => String, { description: 'Sanitised HTML rendered from the markdown (empty when deleted, and when hidden, except to its moderators).' })
  bodyHtml(@Root() m: Message, @Ctx() ctx: Context): MaybePromise<string> {
    return thenMaybe(shownTo(ctx, moderated(m)), (shown) => (shown ? m.bodyHtml : ''));
  }

  @FieldResolver(() => HiddenMark, { nullable: true, description: 'Why a moderator hid it (shown in its place); null while shown.' })
  hidden(@Root() m: Message): HiddenMark | null {
    return hiddenMark(moderated(m));
  }

  @FieldResolver(() => Thread, { description: 'The thread the message is in.' })
  thread(@Root() m: Message, @Ctx() ctx: Context): MaybePromise<Thread> {
    return loadedView(ctx, m.thread);
  }

  @FieldResolver(() => MessagePermissions, { description: 'What the viewer may do with this message.' })
  viewerCan(@Root() m: Message, @Ctx() ctx: Context): MaybePromise<MessagePermissions> {
    return thenMaybe(loadedView(ctx, m.group), (group) =>
      thenMaybe(viewerAccess(ctx, group.id), (access) =>
        thenMaybe(moderationFlags(ctx, moderated(m)), (flags) => ({
          edit: canGroup.editMessage(ctx.viewer, m),
          delete: canGroup.deleteMessage(ctx.viewer, m, group, access),
          report: flags.report && !m.deletedAt,
          moderate: flags.moderate && !m.deletedAt,
        })),
      ),
    );
  }
}

@Resolver(() => GroupEvent)
export class GroupEventResolver {
  @FieldResolver(() => Message, { nullable: true })
  message(@Root() e: GroupEvent, @Ctx() ctx: Context): Promise<Message | null> {
    return e.messageId ? sharedForLiveEvent(e.cursor, 'message', () => ctx.em.fork().findOne(Message, { id: e.messageId! }, { populate: ['author'] })) : Promise.resolve(null);
  }

  @FieldResolver(() => Thread, { nullable: true })
  thread(@Root() e: GroupEvent, @Ctx() ctx: Context): Promise<Thread | null> {
    return e.threadId ? sharedForLiveEvent(e.cursor, 'thread', () => ctx.em.fork().findOne(Thread, { id: e.threadId! })) : Promise.resolve(null);
  }
}

