import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../common/auth/policies.js';
import { canGroup } from './group.policy.js';
import { groupTopic, userTopic } from '../../common/change-feed/topics.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import { rememberView } from '../../common/read-model/loaded.js';
import { defineKeyedLoader } from '../../common/read-model/memo.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { pgArray, viewMapper, type Row, type View } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { isUuid } from '../../common/sql.js';
import { NetworkGroup } from './group.entity.js';
import { accessRowsSql, NO_ACCESS, standingOf, viewerAccess, type AccessRow, type Standing } from './group-access.js';
import { assertVerified, GroupService } from './group.service.js';
import { addMessage, assertBody } from './message-statement.js';
import { ReadMarker, Thread } from './message.entity.js';

const readableThreads = defineKeyedLoader((ctx: Context, id: string) => new ThreadService(ctx).readable(id));

/** A group's threads: listing and starting them, and what the viewer has read in them. */
export class ThreadService {
  private readonly groups: GroupService;

  constructor(private readonly ctx: Context) {
    this.groups = new GroupService(ctx);
  }

  private get viewer() {
    return this.ctx.viewer;
  }

  async threads(groupId: string, first: number, after?: string | null) {
    const { group } = await this.groups.readable(groupId);
    const offset = decodeCursor(after);
    const [nodes, totalCount] = await this.ctx.em.findAndCount(Thread, { group }, { orderBy: { lastMessageAt: 'desc', id: 'desc' }, limit: first, offset });
    return { nodes, totalCount, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  /** The thread, after checking the viewer may read its group; once per operation (a thread page asks twice). */
  thread(id: string): Promise<View<Thread>> {
    return readableThreads(this.ctx).load(id);
  }

  /** The thread, read and checked, not remembered: `thread` is this once per operation. */
  async readable(id: string): Promise<View<Thread>> {
    const { thread, group, standing } = await this.withGroup(this.ctx.em, id);
    // Read with the thread: the operation's other fields (the group's, each message's viewerCan) use it.
    const access = await viewerAccess(this.ctx, group.id, standing.get(this.viewer.requireId())?.access ?? NO_ACCESS);
    authorize(this.viewer, canGroup.read(this.viewer, group, access), 'group/members_only');
    rememberView(this.ctx, Thread, thread); // for its messages' `thread`
    return thread;
  }

  /**
   * A thread and its group as views, and the standing in the group of the users `readers` gives (SQL of one id
   * column; the viewer unless told), in one statement, not checked; the group is remembered for the operation's
   * fields (`loadedView`).
   */
  async withGroup(em: EntityManager, id: string, readers: { sql: string; params: unknown[] } = { sql: '?::uuid', params: [this.viewer.requireId()] }): Promise<{ thread: View<Thread>; group: View<NetworkGroup>; standing: Standing }> {
    this.viewer.requireId();
    const [row] = isUuid(id)
      ? await em.execute<{ thread: Row; group: Row; standing: AccessRow[] }[]>(
          `select row_to_json(t) as thread, row_to_json(g) as "group",
                  (select coalesce(json_agg(a), '[]') from (${accessRowsSql('g.id', readers.sql)}) a) as standing
             from thread t join network_group g on g.id = t.group_id where t.id = ?`,
          [...readers.params, id],
        )
      : [];
    if (!row) throw new NotFoundError('thread');
    const group = viewMapper(em, NetworkGroup)(row.group);
    rememberView(this.ctx, NetworkGroup, group);
    return { thread: viewMapper(em, Thread)(row.thread), group, standing: standingOf(group, row.standing) };
  }

  async create(groupId: string, title: string, body: string): Promise<Thread> {
    const user = this.viewer.requireUser();
    assertVerified(this.viewer);
    const clean = title.trim();
    if (clean.length < 2 || clean.length > 200) throw UserInputError.field('title', 'thread/title_length');
    assertBody(body);
    return writeAndRecord(this.ctx, async (tx) => {
      const group = await this.groups.group(groupId, tx);
      authorize(this.viewer, canGroup.post(this.viewer, group, await this.groups.access(groupId, tx)), 'group/members_only');
      const thread = tx.create(Thread, { group, title: clean, createdBy: tx.getReference(User, user.id) });
      await tx.flush(); // the first message refers to the thread row
      // The thread's change goes with the message's, ahead of it: subscribers learn of the thread first.
      await addMessage(tx, group, thread, user, body, [], [{ topic: groupTopic(groupId), type: 'thread.created', payload: { threadId: thread.id } }]);
      await tx.refresh(thread); // its counters, which the message's insert moved
      return thread;
    });
  }

  /** Marks the thread read for the viewer, and with it their unread replies and mentions in it: the inbox count and
   * the front page's unread messages change live (on the viewer's own topic only), and the next reply there
   * notifies them again. */
  async markRead(threadId: string): Promise<Thread> {
    const user = this.viewer.requireUser();
    const thread = await this.thread(threadId);
    await writeAndRecord(this.ctx, async (tx, changes) => {
      await tx.upsert(ReadMarker, { user: tx.getReference(User, user.id), thread: tx.getReference(Thread, thread.id), lastReadAt: new Date() });
      await tx.execute(
        `update notification set read_at = now() where user_id = ? and read_at is null and type in (?, ?) and data->>'threadId' = ?`,
        [user.id, NotificationType.REPLY, NotificationType.MENTION, thread.id],
      );
      changes.push({ topic: userTopic(user.id), type: 'thread.read', payload: { threadId: thread.id } });
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
}
