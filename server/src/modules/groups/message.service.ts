import { audit } from '../../common/audit.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../common/auth/policies.js';
import { canGroup } from './group.policy.js';
import { groupTopic } from '../../common/change-feed/topics.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { relatedRowsColumn, rememberRelated, rememberView } from '../../common/read-model/loaded.js';
import { renderMarkdown } from '../../common/markdown.js';
import { viewColumns, viewMapper, Where, type View } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../../common/sql.js';
import { NO_ACCESS, viewerAccess } from './group-access.js';
import { assertVerified, GroupService } from './group.service.js';
import { addMessage, assertBody, messageExcerpt } from './message-statement.js';
import { requoteMessage } from '../notifications/notification.service.js';
import { Message } from './message.entity.js';
import { ThreadService } from './thread.service.js';

/** The messages of a thread: reading them, posting, editing and deleting. */
export class MessageService {
  private readonly groups: GroupService;
  private readonly threads: ThreadService;

  constructor(private readonly ctx: Context) {
    this.groups = new GroupService(ctx);
    this.threads = new ThreadService(ctx);
  }

  private get viewer() {
    return this.ctx.viewer;
  }

  /**
   * Messages of a thread, oldest first; `before` pages back through history (a message id). Ordered and paged by
   * (created_at, id), which is unique: messages sharing a timestamp are neither skipped nor repeated. Read as rows
   * into views (common/read-model/rows.ts): a thread page shows 50 messages and changes none of them.
   */
  async messages(threadId: string, last: number, before?: string | null): Promise<View<Message>[]> {
    const thread = await this.threads.thread(threadId);
    const where = new Where();
    where.add(`m.thread_id = ${where.values([thread.id])}`);
    if (before) {
      const anchor = isUuid(before) ? await this.ctx.em.findOne(Message, { id: before, thread: thread.id }) : null;
      if (!anchor) throw UserInputError.field('before', 'validation/cursor_invalid');
      where.add(`(m.created_at, m.id) < (select created_at, id from message where id = ${where.values([anchor.id])})`);
    }
    // Each message with its author's row, so the messages' fields answer without a promise each (and a thread page
    // needs no statement for its authors).
    const em = this.ctx.em;
    const rows = await em.execute(
      `select ${viewColumns(em, Message, 'm')}, ${relatedRowsColumn(em, User, 'x.id = m.author_id', 'author_rows')}
         from message m where ${where} order by m.created_at desc, m.id desc limit ?`,
      [...where.params, last],
    );
    rememberRelated(this.ctx, User, rows, 'author_rows');
    return rows.map(viewMapper(em, Message)).reverse();
  }

  /**
   * A post is the platform's most frequent write, and all of it is one statement (addMessage) outside any
   * transaction: the thread's row, which every post to the thread updates, is locked for that statement and its
   * commit only, not for a transaction's round trips. Posts still commit one after another (the row's lock and the
   * change feed's order lock are released once the commit is flushed: docs/benchmarks.md §3).
   */
  async post(threadId: string, body: string): Promise<View<Message>> {
    // A view of the session's row, not an entity: the post writes in SQL, and the answer shows its author.
    const user = this.viewer.requireUserView();
    assertVerified(this.viewer);
    assertBody(body);
    // Views, not entities: a post writes in SQL, past the unit of work.
    // With them, the author's access and that of those who wrote here before (told of the reply): one statement.
    const { thread, group, standing } = await this.threads.withGroup(this.ctx.em, threadId, { sql: 'select user_id from thread_participant where thread_id = ?::uuid union select ?::uuid', params: [threadId, user.id] });
    const access = standing.get(user.id)?.access ?? NO_ACCESS;
    authorize(this.viewer, canGroup.post(this.viewer, group, access), 'group/members_only');
    // A post changes nobody's access: the fields of the answer (viewerCan) use this one.
    viewerAccess(this.ctx, group.id, access);
    const earlierAuthors = [...standing].filter(([id, s]) => s.reads && id !== user.id).map(([id]) => id);
    const message = await addMessage(this.ctx.em, group, thread, user, body, earlierAuthors);
    rememberView(this.ctx, User, user); // the answer's `author`, without a query
    return message;
  }

  async edit(messageId: string, body: string): Promise<Message> {
    assertVerified(this.viewer);
    assertBody(body);
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const message = await this.message(tx, messageId);
      authorize(this.viewer, canGroup.editMessage(this.viewer, message), 'message/author_only');
      message.body = body;
      message.bodyHtml = renderMarkdown(body);
      message.editedAt = new Date();
      await requoteMessage(tx, messageId, message.hiddenAt ? null : messageExcerpt(body));
      changes.push({ topic: groupTopic(message.group.id), type: 'message.updated', payload: { messageId, threadId: message.thread.id } });
      return message;
    });
  }

  /** The author deletes their own message; moderators remove anyone's. The text is gone, a placeholder stays. */
  async delete(messageId: string): Promise<Message> {
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const message = await this.message(tx, messageId);
      const access = await this.groups.access(message.group.id, tx);
      authorize(this.viewer, canGroup.deleteMessage(this.viewer, message, message.group, access));
      message.removedByModerator = message.author?.id !== this.viewer.id;
      // Removing someone else's message is moderation: it goes into the admin audit log (modules/moderation).
      if (message.removedByModerator) {
        const actor = this.viewer.user!;
        tx.persist(audit(tx, { entityType: 'message', entityId: message.id, action: 'message_removed', actor: { id: actor.id, name: actor.name }, details: { groupId: message.group.id, groupName: message.group.name, threadId: message.thread.id, authorId: message.author?.id ?? null, authorName: message.author?.name ?? null } }));
      }
      message.deletedAt = new Date();
      message.body = '';
      message.bodyHtml = '';
      await requoteMessage(tx, messageId, null);
      changes.push({ topic: groupTopic(message.group.id), type: 'message.deleted', payload: { messageId, threadId: message.thread.id } });
      return message;
    });
  }

  private async message(tx: EntityManager, id: string): Promise<Message> {
    const m = isUuid(id) ? await tx.findOne(Message, { id }, { populate: ['group', 'thread', 'author'] }) : null;
    if (!m) throw new NotFoundError('message');
    if (m.deletedAt) throw new ConflictError('message/deleted');
    return m;
  }
}
