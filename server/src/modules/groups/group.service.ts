import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { groupsOnlyOwnedBy } from '../accounts/last-admin.js';
import { authorize } from '../../common/auth/policies.js';
import { canGroup, type GroupFacts } from './group.policy.js';
import { CHANGE_COLUMNS, changeEventCtes, type NewChange } from '../../common/change-feed/change-feed.js';
import { writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../common/errors.js';
import { preloadViews, rememberView } from '../../common/loaded.js';
import { mentionedUserIds, renderMarkdown } from '../../common/markdown.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { pgArray, viewMapper, Where, type Row, type View } from '../../common/rows.js';
import { nameKey } from '../../common/text.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notificationInsert, notify, userTopic } from '../notifications/notification.service.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { groupReaders, groupStanding, loadGroupAccess, NO_ACCESS, viewerAccess, type GroupAccess } from './group-access.js';
import { GroupJoinPolicy, GroupMember, GroupMemberStatus, GroupOrganisation, GroupRole, NetworkGroup } from './group.entity.js';
import type { GroupInput } from './group.inputs.js';
import { Message, ReadMarker, Thread } from './message.entity.js';

export const groupTopic = (groupId: string) => `group/${groupId}`;

/** Two groups whose names differ only in case or lookalike letters, created at once: the unique name key
 * lets one in, and the other gets the answer the check before it would have given. */
async function nameTaken<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && /network_group_name/.test(err.message)) throw UserInputError.field('name', 'group/name_taken');
    throw err;
  }
}
const MAX_BODY = 20_000;

export class GroupService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  /** Once per operation on the read path (a thread page asks for the thread, its group and its messages); fresh inside a transaction. */
  access(groupId: string, em: EntityManager = this.ctx.em): Promise<GroupAccess> {
    return em === this.ctx.em ? viewerAccess(this.ctx, groupId) : loadGroupAccess(em, this.viewer.id, groupId);
  }

  async group(id: string, em: EntityManager = this.ctx.em): Promise<NetworkGroup> {
    const g = isUuid(id) ? await em.findOne(NetworkGroup, { id }) : null;
    if (!g) throw new NotFoundError('group');
    return g;
  }

  /** The group, after checking the viewer may read it; NOT_FOUND hides MEMBERS groups' content only, not their existence. */
  async readable(id: string, em: EntityManager = this.ctx.em): Promise<{ group: NetworkGroup; access: GroupAccess }> {
    this.viewer.requireUser();
    const group = await this.group(id, em);
    const access = await this.access(group.id, em);
    authorize(this.viewer, canGroup.read(this.viewer, group, access), 'group/members_only');
    return { group, access };
  }

  list(): Promise<NetworkGroup[]> {
    this.viewer.requireUser();
    return this.ctx.em.find(NetworkGroup, {}, { orderBy: { name: 'asc' } });
  }

  private write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  async create(input: GroupInput): Promise<NetworkGroup> {
    const user = this.viewer.requireUser();
    authorize(this.viewer, canGroup.create(this.viewer), 'auth/email_not_verified');
    const name = input.name?.trim() ?? '';
    if (name.length < 3) throw UserInputError.field('name', 'group/name_length');
    if (!input.visibility) throw UserInputError.field('visibility', 'group/visibility_required');
    if (!input.joinPolicy) throw UserInputError.field('joinPolicy', 'group/join_policy_required');
    if (await this.ctx.em.count(NetworkGroup, { nameKey: nameKey(name) })) throw UserInputError.field('name', 'group/name_taken');
    return nameTaken(this.write(async (tx) => {
      const group = tx.create(NetworkGroup, { name, description: input.description?.trim() ?? '', visibility: input.visibility!, joinPolicy: input.joinPolicy!, createdBy: tx.getReference(User, user.id) });
      tx.create(GroupMember, { group, user: tx.getReference(User, user.id), role: GroupRole.OWNER, status: GroupMemberStatus.ACTIVE });
      return group;
    }));
  }

  async update(id: string, input: GroupInput): Promise<NetworkGroup> {
    return nameTaken(this.write(async (tx, changes) => {
      const group = await this.group(id, tx);
      authorize(this.viewer, canGroup.manage(this.viewer, group, await this.access(id, tx)));
      if (input.name != null) {
        const name = input.name.trim();
        if (name.length < 3) throw UserInputError.field('name', 'group/name_length');
        if (await tx.count(NetworkGroup, { nameKey: nameKey(name), id: { $ne: id } })) throw UserInputError.field('name', 'group/name_taken');
        group.name = name;
      }
      if (input.description != null) group.description = input.description.trim();
      if (input.visibility) group.visibility = input.visibility;
      if (input.joinPolicy) group.joinPolicy = input.joinPolicy;
      // Visibility decides who may read: subscribers check again on this event.
      changes.push({ topic: groupTopic(id), type: 'group.access_changed', payload: {} });
      return group;
    }));
  }

  async join(groupId: string): Promise<GroupMember> {
    const user = this.viewer.requireUser();
    this.assertVerified();
    return this.write(async (tx, changes) => {
      const group = await this.group(groupId, tx);
      const access = await this.access(groupId, tx);
      if (access.active) throw new ConflictError('group/already_member');
      if (access.status === GroupMemberStatus.REQUESTED) throw new ConflictError('group/already_requested');
      const existing = await tx.findOne(GroupMember, { group, user: user.id });
      const invited = existing?.status === GroupMemberStatus.INVITED;
      if (group.joinPolicy === GroupJoinPolicy.INVITATION && !invited) throw new ForbiddenError('group/invitation_only');
      const status = group.joinPolicy === GroupJoinPolicy.REQUEST && !invited ? GroupMemberStatus.REQUESTED : GroupMemberStatus.ACTIVE;
      const member = existing ?? tx.create(GroupMember, { group, user: tx.getReference(User, user.id), role: GroupRole.MEMBER, status });
      member.status = status;
      if (status === GroupMemberStatus.ACTIVE) {
        changes.push({ topic: groupTopic(groupId), type: 'member.joined', payload: { userId: user.id } });
      } else {
        const moderators = await tx.find(GroupMember, { group, status: GroupMemberStatus.ACTIVE, role: { $in: [GroupRole.OWNER, GroupRole.MODERATOR] } });
        changes.push(...(await notify(tx, moderators.map((m) => m.user.id), NotificationType.JOIN_REQUEST, { actorName: user.name, groupId, groupName: group.name })));
      }
      return member;
    });
  }

  async leave(groupId: string): Promise<boolean> {
    const user = this.viewer.requireUser();
    return this.write(async (tx, changes) => {
      const member = isUuid(groupId) ? await tx.findOne(GroupMember, { group: groupId, user: user.id }) : null;
      if (!member) throw new NotFoundError('group_member');
      await this.assertOwnerRemains(tx, member);
      tx.remove(member);
      changes.push({ topic: groupTopic(groupId), type: 'member.removed', payload: { userId: user.id } });
      return true;
    });
  }

  async invite(groupId: string, userId: string): Promise<GroupMember> {
    const inviter = this.viewer.requireUser();
    return this.write(async (tx, changes) => {
      const group = await this.group(groupId, tx);
      authorize(this.viewer, canGroup.moderate(this.viewer, group, await this.access(groupId, tx)));
      const invitee = isUuid(userId) ? await tx.findOne(User, { id: userId }) : null;
      if (!invitee) throw UserInputError.field('userId', 'user/not_found');
      const existing = await tx.findOne(GroupMember, { group, user: invitee });
      if (existing?.status === GroupMemberStatus.ACTIVE) throw new ConflictError('group/already_member');
      // Someone who asked to join is simply let in.
      const status = existing?.status === GroupMemberStatus.REQUESTED ? GroupMemberStatus.ACTIVE : GroupMemberStatus.INVITED;
      const member = existing ?? tx.create(GroupMember, { group, user: invitee, role: GroupRole.MEMBER, status });
      member.status = status;
      if (status === GroupMemberStatus.ACTIVE) changes.push({ topic: groupTopic(groupId), type: 'member.joined', payload: { userId: invitee.id } });
      else changes.push(...(await notify(tx, [invitee.id], NotificationType.GROUP_INVITATION, { actorName: inviter.name, groupId, groupName: group.name })));
      return member;
    });
  }

  async approve(memberId: string): Promise<GroupMember> {
    return this.write(async (tx, changes) => {
      const member = await this.member(tx, memberId);
      authorize(this.viewer, canGroup.moderate(this.viewer, member.group, await this.access(member.group.id, tx)));
      if (member.status !== GroupMemberStatus.REQUESTED) throw new ConflictError('group/not_requested');
      member.status = GroupMemberStatus.ACTIVE;
      changes.push({ topic: groupTopic(member.group.id), type: 'member.joined', payload: { userId: member.user.id } });
      return member;
    });
  }

  /** Removes a member or declines a request. Their subscriptions to the group stop at the next event. */
  async removeMember(memberId: string): Promise<boolean> {
    return this.write(async (tx, changes) => {
      const member = await this.member(tx, memberId);
      const access = await this.access(member.group.id, tx);
      authorize(this.viewer, canGroup.moderate(this.viewer, member.group, access));
      if (member.role === GroupRole.OWNER && !canGroup.manage(this.viewer, member.group, access)) throw new ForbiddenError('group/owner_only');
      await this.assertOwnerRemains(tx, member);
      tx.remove(member);
      changes.push({ topic: groupTopic(member.group.id), type: 'member.removed', payload: { userId: member.user.id } });
      return true;
    });
  }

  async setRole(memberId: string, role: GroupRole): Promise<GroupMember> {
    return this.write(async (tx, changes) => {
      const member = await this.member(tx, memberId);
      authorize(this.viewer, canGroup.manage(this.viewer, member.group, await this.access(member.group.id, tx)));
      if (member.status !== GroupMemberStatus.ACTIVE) throw new ConflictError('group/not_active');
      if (role !== GroupRole.OWNER) await this.assertOwnerRemains(tx, member);
      member.role = role;
      changes.push({ topic: groupTopic(member.group.id), type: 'member.role_changed', payload: { userId: member.user.id, role } });
      return member;
    });
  }

  async addOrganisation(groupId: string, organisationId: string): Promise<NetworkGroup> {
    return this.write(async (tx, changes) => {
      const group = await this.group(groupId, tx);
      authorize(this.viewer, canGroup.manage(this.viewer, group, await this.access(groupId, tx)));
      const org = isUuid(organisationId) ? await tx.findOne(Organisation, { id: organisationId }) : null;
      if (!org) throw UserInputError.field('organisationId', 'organisation/not_found');
      if (!(await tx.count(GroupOrganisation, { group, organisation: org }))) tx.create(GroupOrganisation, { group, organisation: org });
      changes.push({ topic: groupTopic(groupId), type: 'group.access_changed', payload: { organisationId } });
      return group;
    });
  }

  async removeOrganisation(groupId: string, organisationId: string): Promise<NetworkGroup> {
    return this.write(async (tx, changes) => {
      const group = await this.group(groupId, tx);
      authorize(this.viewer, canGroup.manage(this.viewer, group, await this.access(groupId, tx)));
      if (isUuid(organisationId)) await tx.nativeDelete(GroupOrganisation, { group, organisation: organisationId });
      changes.push({ topic: groupTopic(groupId), type: 'group.access_changed', payload: { organisationId } });
      return group;
    });
  }

  async threads(groupId: string, first: number, after?: string | null) {
    const { group } = await this.readable(groupId);
    const offset = decodeCursor(after);
    const [nodes, totalCount] = await this.ctx.em.findAndCount(Thread, { group }, { orderBy: { lastMessageAt: 'desc', id: 'desc' }, limit: first, offset });
    return { nodes, totalCount, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** The thread, after checking the viewer may read its group; once per operation (a thread page asks twice). */
  thread(id: string): Promise<View<Thread>> {
    return this.ctx.memo(`thread:${id}`, async () => {
      const { thread, group } = await this.threadWithGroup(this.ctx.em, id);
      authorize(this.viewer, canGroup.read(this.viewer, group, await this.access(group.id)), 'group/members_only');
      rememberView(this.ctx, Thread, thread); // for its messages' `thread`
      return thread;
    });
  }

  /** A thread and its group as views, in one statement; the group is remembered for the operation's fields (`loadedView`). */
  private async threadWithGroup(em: EntityManager, id: string): Promise<{ thread: View<Thread>; group: View<NetworkGroup> }> {
    this.viewer.requireUser();
    const [row] = isUuid(id) ? await em.execute<{ thread: Row; group: Row }[]>('select row_to_json(t) as thread, row_to_json(g) as "group" from thread t join network_group g on g.id = t.group_id where t.id = ?', [id]) : [];
    if (!row) throw new NotFoundError('thread');
    const group = viewMapper(em, NetworkGroup)(row.group);
    rememberView(this.ctx, NetworkGroup, group);
    return { thread: viewMapper(em, Thread)(row.thread), group };
  }

  /**
   * Messages of a thread, oldest first; `before` pages back through history (a message id). Ordered and paged by
   * (created_at, id), which is unique: messages sharing a timestamp are neither skipped nor repeated. Read as rows
   * into views (common/rows.ts): a thread page shows 50 messages and changes none of them.
   */
  async messages(threadId: string, last: number, before?: string | null): Promise<View<Message>[]> {
    const thread = await this.thread(threadId);
    const where = new Where();
    where.add(`m.thread_id = ${where.values([thread.id])}`);
    if (before) {
      const anchor = isUuid(before) ? await this.ctx.em.findOne(Message, { id: before, thread: thread.id }) : null;
      if (!anchor) throw UserInputError.field('before', 'validation/cursor_invalid');
      where.add(`(m.created_at, m.id) < (select created_at, id from message where id = ${where.values([anchor.id])})`);
    }
    const rows = await this.ctx.em.execute(`select m.* from message m where ${where} order by m.created_at desc, m.id desc limit ?`, [...where.params, last]);
    const messages = rows.map(viewMapper(this.ctx.em, Message)).reverse();
    // The authors in one statement ahead of the messages' fields, which then answer without a promise each.
    await preloadViews(this.ctx, User, messages.flatMap((m) => (m.author ? [m.author.id] : [])));
    return messages;
  }

  async createThread(groupId: string, title: string, body: string): Promise<Thread> {
    const user = this.viewer.requireUser();
    this.assertVerified();
    const clean = title.trim();
    if (clean.length < 2 || clean.length > 200) throw UserInputError.field('title', 'thread/title_length');
    assertBody(body);
    return this.write(async (tx) => {
      const group = await this.group(groupId, tx);
      authorize(this.viewer, canGroup.post(this.viewer, group, await this.access(groupId, tx)), 'group/members_only');
      const thread = tx.create(Thread, { group, title: clean, createdBy: tx.getReference(User, user.id) });
      await tx.flush(); // the first message refers to the thread row
      // The thread's change goes with the message's, ahead of it: subscribers learn of the thread first.
      await this.addMessage(tx, group, thread, user, body, [], [{ topic: groupTopic(groupId), type: 'thread.created', payload: { threadId: thread.id } }]);
      await tx.refresh(thread); // its counters, which the message's insert moved
      return thread;
    });
  }

  /**
   * A post is the platform's most frequent write, and all of it is one statement (addMessage) outside any
   * transaction: the thread's row, which every post to the thread updates, is locked only while that statement
   * runs, not for a transaction's round trips, so posts to a busy thread do not queue behind each other.
   */
  async post(threadId: string, body: string): Promise<View<Message>> {
    const user = this.viewer.requireUser();
    this.assertVerified();
    assertBody(body);
    // Views, not entities: a post writes in SQL, past the unit of work.
    const { thread, group } = await this.threadWithGroup(this.ctx.em, threadId);
    // The author's access and that of those who wrote here before (told of the reply), in one query.
    const standing = await groupStanding(this.ctx.em, group, 'select user_id from thread_participant where thread_id = ? union select ?::uuid', [thread.id, user.id]);
    const access = standing.get(user.id)?.access ?? NO_ACCESS;
    authorize(this.viewer, canGroup.post(this.viewer, group, access), 'group/members_only');
    // A post changes nobody's access: the fields of the answer (viewerCan) use this one.
    void viewerAccess(this.ctx, group.id, access);
    const earlierAuthors = [...standing].filter(([id, s]) => s.reads && id !== user.id).map(([id]) => id);
    return this.addMessage(this.ctx.em, group, thread, user, body, earlierAuthors);
  }

  async edit(messageId: string, body: string): Promise<Message> {
    this.assertVerified();
    assertBody(body);
    return this.write(async (tx, changes) => {
      const message = await this.message(tx, messageId);
      authorize(this.viewer, canGroup.editMessage(this.viewer, message), 'message/author_only');
      message.body = body;
      message.bodyHtml = renderMarkdown(body);
      message.editedAt = new Date();
      changes.push({ topic: groupTopic(message.group.id), type: 'message.updated', payload: { messageId, threadId: message.thread.id } });
      return message;
    });
  }

  /** The author deletes their own message; moderators remove anyone's. The text is gone, a placeholder stays. */
  async delete(messageId: string): Promise<Message> {
    return this.write(async (tx, changes) => {
      const message = await this.message(tx, messageId);
      const access = await this.access(message.group.id, tx);
      authorize(this.viewer, canGroup.deleteMessage(this.viewer, message, message.group, access));
      message.removedByModerator = message.author?.id !== this.viewer.id;
      message.deletedAt = new Date();
      message.body = '';
      message.bodyHtml = '';
      changes.push({ topic: groupTopic(message.group.id), type: 'message.deleted', payload: { messageId, threadId: message.thread.id } });
      return message;
    });
  }

  /** Marks the thread read for the viewer, and with it their unread replies and mentions in it: the inbox
   * count changes live, and the next reply there notifies them again. */
  async markRead(threadId: string): Promise<Thread> {
    const user = this.viewer.requireUser();
    const thread = await this.thread(threadId);
    await this.write(async (tx, changes) => {
      await tx.upsert(ReadMarker, { user: tx.getReference(User, user.id), thread: tx.getReference(Thread, thread.id), lastReadAt: new Date() });
      const cleared = await tx.execute(
        `update notification set read_at = now() where user_id = ? and read_at is null and type in (?, ?) and data->>'threadId' = ? returning id`,
        [user.id, NotificationType.REPLY, NotificationType.MENTION, thread.id],
      );
      if (cleared.length) changes.push({ topic: userTopic(user.id), type: 'notification.read', payload: {} });
    });
    return thread;
  }

  /** Unread messages (not the viewer's own, not deleted) per thread of the given threads. */
  async unreadByThread(threadIds: string[]): Promise<Map<string, number>> {
    if (!this.viewer.id || !threadIds.length) return new Map();
    const rows = await this.ctx.em.getConnection().execute<{ thread_id: string; unread: string }[]>(
      `select m.thread_id, count(*) as unread from message m
         left join read_marker r on r.thread_id = m.thread_id and r.user_id = ?
        where m.thread_id = any(?::uuid[]) and m.deleted_at is null and m.author_id is distinct from ?
          and (r.last_read_at is null or m.created_at > r.last_read_at)
        group by m.thread_id`,
      [this.viewer.id, pgArray(threadIds), this.viewer.id],
    );
    return new Map(rows.map((r) => [r.thread_id, Number(r.unread)]));
  }

  async unreadInGroup(groupId: string): Promise<number> {
    if (!this.viewer.id) return 0;
    const [row] = await this.ctx.em.getConnection().execute<{ unread: string }[]>(
      `select count(*) as unread from message m
         left join read_marker r on r.thread_id = m.thread_id and r.user_id = ?
        where m.group_id = ? and m.deleted_at is null and m.author_id is distinct from ?
          and (r.last_read_at is null or m.created_at > r.last_read_at)`,
      [this.viewer.id, groupId, this.viewer.id],
    );
    return Number(row?.unread ?? 0);
  }

  /**
   * Writes a message, counts it in its thread, notifies who is mentioned and who wrote in the thread before
   * (`earlierAuthors`: those of them who may read the group) and records the changes (`first`, then the
   * message's, then the notifications'), all in one statement. The author's row triggers their place among the
   * thread's participants.
   */
  private async addMessage(em: EntityManager, group: GroupFacts, thread: Pick<Thread, 'id' | 'title'>, author: User, body: string, earlierAuthors: string[], first: NewChange[] = []): Promise<View<Message>> {
    const id = randomUUID();
    // A mention's target is written by the user: only real ids are kept (the column is uuid[]).
    const mentions = mentionedUserIds(body).filter(isUuid);
    // Only people who can read the group are told about it.
    const mentioned = mentions.filter((m) => m !== author.id);
    const readers = mentioned.length ? await groupReaders(em, group, 'select unnest(?::uuid[])', [pgArray(mentioned)]) : [];
    const about = { actorName: author.name, groupId: group.id, groupName: group.name, threadId: thread.id, threadTitle: thread.title, messageId: id, excerpt: excerpt(body) };
    const mention = notificationInsert(readers, NotificationType.MENTION, about);
    const reply = notificationInsert(earlierAuthors.filter((a) => !readers.includes(a)), NotificationType.REPLY, about);
    const [row] = await em.execute<Row[]>(
      `with m as (insert into message (id, thread_id, group_id, author_id, body, body_html, mentions, created_at, removed_by_moderator)
                  values (?, ?, ?, ?, ?, ?, ?::uuid[], ?, false) returning *),
            t as (update thread set last_message_at = m.created_at, message_count = message_count + 1 from m where thread.id = m.thread_id returning thread.id),
            mention as (${mention.sql}),
            reply as (${reply.sql}),
            changes as (select * from jsonb_to_recordset(?::jsonb) as ${CHANGE_COLUMNS}
                        union all select ?, 'message.created', jsonb_build_object('messageId', m.id, 'threadId', m.thread_id), m.author_id from m
                        union all select ? || n.user_id, 'notification.created', jsonb_build_object('notificationId', n.id), ?::uuid
                                    from (select * from mention union all select * from reply) n),
            ${changeEventCtes('changes x', 't')}
       select m.* from m, notified`,
      [
        ...[id, thread.id, group.id, author.id, body, renderMarkdown(body), pgArray(mentions), new Date()],
        ...mention.params,
        ...reply.params,
        JSON.stringify(first.map((c) => ({ topic: c.topic, type: c.type, payload: c.payload, actor_id: author.id }))),
        groupTopic(group.id),
        userTopic(''),
        author.id,
      ],
    );
    // The author is the viewer, whose user the answer's `author` field then needs no query for.
    return { ...viewMapper(em, Message)(row!), author };
  }

  private async member(tx: EntityManager, id: string): Promise<GroupMember> {
    const m = isUuid(id) ? await tx.findOne(GroupMember, { id }, { populate: ['group', 'user'] }) : null;
    if (!m) throw new NotFoundError('group_member');
    return m;
  }

  private async message(tx: EntityManager, id: string): Promise<Message> {
    const m = isUuid(id) ? await tx.findOne(Message, { id }, { populate: ['group', 'thread', 'author'] }) : null;
    if (!m) throw new NotFoundError('message');
    if (m.deletedAt) throw new ConflictError('message/deleted');
    return m;
  }

  /** Writing in groups needs a confirmed address (canGroup.post, .join): said as such, before any other reason. */
  private assertVerified() {
    authorize(this.viewer, this.viewer.emailVerified, 'auth/email_not_verified');
  }

  /** A group always keeps at least one owner (modules/accounts/last-admin.ts). */
  private async assertOwnerRemains(tx: EntityManager, leaving: GroupMember) {
    if (leaving.role !== GroupRole.OWNER || leaving.status !== GroupMemberStatus.ACTIVE) return;
    if ((await groupsOnlyOwnedBy(tx, leaving.user.id, leaving.group.id)).length) throw new ConflictError('group/last_owner');
  }
}

function assertBody(body: string) {
  if (!body.trim()) throw UserInputError.field('body', 'message/body_required');
  if (body.length > MAX_BODY) throw UserInputError.field('body', 'message/body_length');
}

function excerpt(markdown: string): string {
  const plain = markdown.replace(/@\[([^\]]+)\]\(user:[^)]+\)/g, '@$1').replace(/[*_`#>[\]()]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 140 ? plain.slice(0, 139) + '…' : plain;
}
