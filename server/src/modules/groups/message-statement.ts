import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GroupFacts } from './group.policy.js';
import { groupTopic, userTopic, type NewChange } from '../../common/change-feed/topics.js';
import { recordInStatement } from '../../common/change-feed/write.js';
import { UserInputError } from '../../common/errors.js';
import { mentionedUserIds, renderMarkdown } from '../../common/markdown.js';
import { pgArray, viewColumns, viewMapper, type Row, type View } from '../../common/read-model/rows.js';
import type { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notificationInsert } from '../notifications/notification.service.js';
import { isUuid } from '../../common/sql.js';
import { groupReaders } from './group-access.js';
import { Message, type Thread } from './message.entity.js';
import { KeyedQueue } from '../../common/keyed-queue.js';

const MAX_BODY = 20_000;

/** A message's body: not blank, not too long. */
export function assertBody(body: string): void {
  if (!body.trim()) throw UserInputError.field('body', 'message/body_required');
  if (body.length > MAX_BODY) throw UserInputError.field('body', 'message/body_length');
}

const postsByThread = new KeyedQueue();

/**
 * Writes a message, counts it in its thread, notifies who is mentioned and who wrote in the thread before
 * (`earlierAuthors`: those of them who may read the group) and records the changes (`first`, then the
 * message's, then the notifications'), all in one statement (the change feed's third way of writing:
 * common/change-feed/write.ts). The author's row triggers their place among the thread's participants.
 */
export async function addMessage(em: EntityManager, group: GroupFacts, thread: Pick<Thread, 'id' | 'title'>, author: Pick<User, 'id' | 'name'>, body: string, earlierAuthors: string[], first: NewChange[] = []): Promise<View<Message>> {
  const id = randomUUID();
  // A mention's target is written by the user: only real ids are kept (the column is uuid[]).
  const mentions = mentionedUserIds(body).filter(isUuid);
  // Only people who can read the group are told about it.
  const mentioned = mentions.filter((m) => m !== author.id);
  const readers = mentioned.length ? await groupReaders(em, group, 'select unnest(?::uuid[])', [pgArray(mentioned)]) : [];
  const about = { actorName: author.name, groupId: group.id, groupName: group.name, threadId: thread.id, threadTitle: thread.title, messageId: id, excerpt: messageExcerpt(body) };
  const mention = notificationInsert(readers, NotificationType.MENTION, about);
  const reply = notificationInsert(earlierAuthors.filter((a) => !readers.includes(a)), NotificationType.REPLY, about);
  const changes = recordInStatement({
    given: first,
    actorId: author.id,
    after: 't',
    fromRows: [
      { type: 'message.created', topic: '?', payload: `jsonb_build_object('messageId', m.id, 'threadId', m.thread_id)`, actorId: 'm.author_id', from: 'm', params: [groupTopic(group.id)] },
      { type: 'notification.created', topic: '? || n.user_id', payload: `jsonb_build_object('notificationId', n.id)`, actorId: '?::uuid', from: '(select * from mention union all select * from reply) n', params: [userTopic(''), author.id] },
    ],
  });
  const sql = `with m as (insert into message (id, thread_id, group_id, author_id, body, body_html, mentions, created_at, removed_by_moderator)
                values (?, ?, ?, ?, ?, ?, ?::uuid[], ?, false) returning *),
          t as (update thread set last_message_at = m.created_at, message_count = message_count + 1 from m where thread.id = m.thread_id returning thread.id),
          mention as (${mention.sql}),
          reply as (${reply.sql}),
          ${changes.ctes}
     select ${viewColumns(em, Message, 'm')} from m, notified`;
  // Rendered before the post takes its turn: the turns of one thread's posts are as short as they can be.
  const bodyHtml = renderMarkdown(body);
  // Posts to one thread update its row, so PostgreSQL takes them one at a time, each holding the row's lock until
  // its commit is flushed: with a slow disk they queue, and each would hold a pooled connection meanwhile, until
  // reads had none (docs/benchmarks.md §3, session 23). In this process they queue here instead.
  const [row] = await postsByThread.run(thread.id, () =>
    em.execute<Row[]>(sql, [...[id, thread.id, group.id, author.id, body, bodyHtml, pgArray(mentions), new Date()], ...mention.params, ...reply.params, ...changes.params]),
  );
  return viewMapper(em, Message)(row!);
}

/** The start of a message as plain text, as its notifications quote it. */
export function messageExcerpt(markdown: string): string {
  const plain = markdown.replace(/@\[([^\]]+)\]\(user:[^)]+\)/g, '@$1').replace(/[*_`#>[\]()]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 140 ? plain.slice(0, 139) + '…' : plain;
}
