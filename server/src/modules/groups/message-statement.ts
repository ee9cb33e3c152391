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
import { notificationInsertFrom } from '../notifications/notification.service.js';
import { isUuid } from '../../common/sql.js';
import { groupReaders } from './group-access.js';
import { Message, type Thread } from './message.entity.js';
import { KeyedBatches } from '../../common/keyed-batches.js';

const MAX_BODY = 20_000;

/** A message's body: not blank, not too long. */
export function assertBody(body: string): void {
  if (!body.trim()) throw UserInputError.field('body', 'message/body_required');
  if (body.length > MAX_BODY) throw UserInputError.field('body', 'message/body_length');
}

/** A post as `writePosts` writes it: what it needs of the request, worked out before the post waits its turn. */
interface PostToWrite {
  em: EntityManager;
  group: GroupFacts;
  thread: Pick<Thread, 'id' | 'title'>;
  id: string;
  author: Pick<User, 'id' | 'name'>;
  body: string;
  bodyHtml: string;
  /** The ids the body mentions (the message's column), and those of them who are told: they may read the group. */
  mentions: string[];
  mentioned: string[];
  /** Who wrote in the thread before (those of them who may read the group): told of the reply. */
  earlierAuthors: string[];
}

// Posts to one thread update its row, so PostgreSQL takes them one at a time, each holding the row's lock until its
// commit is flushed: with a slow disk they queue, and each would hold a pooled connection meanwhile, until reads had
// none (docs/benchmarks.md §3, session 23). In this process they queue here instead, and those that queued while
// one statement ran are written together by the next (session 33): a hold-up drains in one round trip.
const postsByThread = new KeyedBatches<PostToWrite, View<Message>>((posts) => writePosts(posts), 50);

/**
 * Writes a message, counts it in its thread, notifies who is mentioned and who wrote in the thread before
 * (`earlierAuthors`: those of them who may read the group) and records the changes (`first`, then the message's,
 * then the notifications'), all in one statement with the other posts to the thread that waited for the same turn
 * (the change feed's third way of writing: common/change-feed/write.ts). The author's row triggers their place
 * among the thread's participants. `first` (a new thread's own change) writes the message alone, in the caller's
 * transaction, which made the thread: no other post can know of the thread yet.
 */
export async function addMessage(em: EntityManager, group: GroupFacts, thread: Pick<Thread, 'id' | 'title'>, author: Pick<User, 'id' | 'name'>, body: string, earlierAuthors: string[], first: NewChange[] = []): Promise<View<Message>> {
  // A mention's target is written by the user: only real ids are kept (the column is uuid[]).
  const mentions = mentionedUserIds(body).filter(isUuid);
  // Only people who can read the group are told about it.
  const others = mentions.filter((m) => m !== author.id);
  const mentioned = others.length ? await groupReaders(em, group, 'select unnest(?::uuid[])', [pgArray(others)]) : [];
  // Rendered before the post takes its turn: the turns of one thread's posts are as short as they can be.
  const post: PostToWrite = { em, group, thread, id: randomUUID(), author, body, bodyHtml: renderMarkdown(body), mentions, mentioned, earlierAuthors };
  if (first.length) return (await writePosts([post], first))[0]!;
  return postsByThread.add(thread.id, post);
}

/** The posts to one thread, in their order, as one statement; answers their messages in that order. */
async function writePosts(posts: PostToWrite[], first: NewChange[] = []): Promise<View<Message>[]> {
  const { em, group, thread } = posts[0]!;
  // Each post tells those who wrote before it: in the thread, or earlier in this statement. A reply notification
  // is made once per user and thread until read (the unique index), so only the first post here that replies to
  // someone tells them, as one statement per post would; who is mentioned is told of that instead.
  const toldOfReply = new Set<string>();
  const rows = posts.map((post, n) => {
    const earlier = new Set([...post.earlierAuthors, ...posts.slice(0, n).map((p) => p.author.id)]);
    const replied = [...earlier].filter((a) => a !== post.author.id && !post.mentioned.includes(a) && !toldOfReply.has(a));
    for (const a of replied) toldOfReply.add(a);
    const about = { actorName: post.author.name, groupId: group.id, groupName: group.name, threadId: thread.id, threadTitle: thread.title, messageId: post.id, excerpt: messageExcerpt(post.body) };
    return { n, id: post.id, author_id: post.author.id, body: post.body, body_html: post.bodyHtml, mentions: post.mentions, mentioned: post.mentioned, replied, about };
  });
  const notes = notificationInsertFrom(
    `select r.user_id, r.type, p.about
       from posts p, lateral (select unnest(p.mentioned), '${NotificationType.MENTION}' union all select unnest(p.replied), '${NotificationType.REPLY}') as r(user_id, type)`,
    [],
    'id, user_id, data',
  );
  const changes = recordInStatement({
    given: first,
    actorId: posts[0]!.author.id,
    after: 't',
    fromRows: [
      { type: 'message.created', topic: '?', payload: `jsonb_build_object('messageId', m.id, 'threadId', m.thread_id)`, actorId: 'm.author_id', from: '(select * from m order by created_at) m', params: [groupTopic(group.id)] },
      { type: 'notification.created', topic: '? || n.user_id', payload: `jsonb_build_object('notificationId', n.id)`, actorId: 'n.author_id', from: `(select n.id, n.user_id, m.author_id from notes n join m on m.id = (n.data->>'messageId')::uuid order by m.created_at, n.user_id) n`, params: [userTopic('')] },
    ],
  });
  // Their clock is the statement's, a microsecond apart in their order: a thread page orders by it.
  const sql = `with posts as (select * from jsonb_to_recordset(?::jsonb) as p(n int, id uuid, author_id uuid, body text, body_html text, mentions uuid[], mentioned uuid[], replied uuid[], about jsonb)),
          m as (insert into message (id, thread_id, group_id, author_id, body, body_html, mentions, created_at, removed_by_moderator)
                select p.id, ?, ?, p.author_id, p.body, p.body_html, p.mentions, ?::timestamptz + p.n * interval '1 microsecond', false from posts p order by p.n
                returning *),
          t as (update thread set last_message_at = (select max(created_at) from m), message_count = message_count + (select count(*) from m) where thread.id = ? returning thread.id),
          notes as (${notes.sql}),
          ${changes.ctes}
     select ${viewColumns(em, Message, 'm')} from m, notified`;
  const written = await em.execute<Row[]>(sql, [JSON.stringify(rows), thread.id, group.id, new Date(), thread.id, ...notes.params, ...changes.params]);
  const byId = new Map(written.map((row) => [row['id'] as string, row]));
  const toView = viewMapper(em, Message);
  return posts.map((post) => toView(byId.get(post.id)!));
}

/** The start of a message as plain text, as its notifications quote it. */
export function messageExcerpt(markdown: string): string {
  const plain = markdown.replace(/@\[([^\]]+)\]\(user:[^)]+\)/g, '@$1').replace(/[*_`#>[\]()]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length > 140 ? plain.slice(0, 139) + '…' : plain;
}
