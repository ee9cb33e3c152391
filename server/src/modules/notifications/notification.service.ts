import type { EntityManager } from '@mikro-orm/postgresql';
import { userTopic, type NewChange } from '../../common/change-feed/topics.js';
import { NotFoundError } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import type { Mailer } from '../../common/mail/mailer.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { pgArray } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { Language, User } from '../accounts/user.entity.js';
import { isUuid } from '../../common/sql.js';
import { Notification, NotificationChannel, NotificationDigest, NotificationPreference, NotificationType, type NotificationData } from './notification.entity.js';
import type { NotificationConnection, NotificationPreferenceSetting } from './notification.types.js';

/**
 * Adds notifications for `userIds` inside the caller's transaction, honouring each user's preference for
 * the type, and returns the change events that make inbox badges update live. One statement however many
 * users: a reply can notify every earlier author in a thread, a new event every follower. Someone who
 * still has an unread REPLY for the thread gets no second one (the unique index notification_unread_reply),
 * and so no change event either: their count has not changed.
 */
export async function notify(em: EntityManager, userIds: string[], type: NotificationType, data: NotificationData): Promise<NewChange[]> {
  if (!userIds.length) return [];
  const insert = notificationInsert(userIds, type, data);
  const rows = await em.execute<{ id: string; user_id: string }[]>(insert.sql, insert.params);
  return rows.map((n) => ({ topic: userTopic(n.user_id), type: 'notification.created', payload: { notificationId: n.id } }));
}

/** notify()'s insert as SQL (returning id, user_id). No users, no rows. */
export function notificationInsert(userIds: string[], type: NotificationType, data: NotificationData): { sql: string; params: unknown[] } {
  // `(select ?::jsonb)`: the data parsed once, not once per row (a prepared statement's plan cannot fold the cast).
  return notificationInsertFrom(`select u.id, ?::text, (select ?::jsonb) from unnest(?::uuid[]) as u(id)`, [type, JSON.stringify(data), pgArray([...new Set(userIds)])]);
}

/**
 * The insert of the notifications `source` gives (SQL of rows: user id, type, data as jsonb; `?`s bound by
 * `params`) as SQL returning `returning` of the rows made, honouring each user's preference for the type; also for
 * a statement that notifies as one part of a larger write (message posts: groups/message-statement.ts).
 */
export function notificationInsertFrom(source: string, params: unknown[], returning = 'id, user_id'): { sql: string; params: unknown[] } {
  return {
    // Someone who still has an unread reply in the thread is passed over before their row is made (the unique index
    // would refuse it after): in a busy thread nearly every earlier author has one, and making their rows cost each
    // post 0.6 ms of PostgreSQL's time with 50 authors (docs/benchmarks.md §3, session 30). The type in the
    // subquery is written in (one of our own names) so that it reads that index.
    sql: `insert into notification (id, user_id, type, data, email_wanted, created_at)
          select gen_random_uuid(), r.user_id, r.type, r.data, coalesce(p.channel = ?, false), now()
            from (${source}) as r(user_id, type, data)
            left join notification_preference p on p.user_id = r.user_id and p.type = r.type
           where p.channel is distinct from ?
             and (r.type <> '${NotificationType.REPLY}'
                  or not exists (select 1 from notification n where n.user_id = r.user_id and n.type = '${NotificationType.REPLY}' and n.read_at is null and n.data->>'threadId' = r.data->>'threadId'))
           -- In one order everywhere: a waiting insert into the unique index then never waits in a circle.
           order by r.user_id
          on conflict do nothing
          returning ${returning}`,
    params: [NotificationChannel.EMAIL, ...params, NotificationChannel.OFF],
  };
}

/**
 * What the notifications about a message (its mentions and replies) quote of it: nothing once it is hidden or
 * deleted (an inbox must not keep what moderation or its author took away), its start again when it is shown
 * again or edited. Run it in the transaction that changes the message.
 */
export async function requoteMessage(em: EntityManager, messageId: string, excerpt: string | null): Promise<void> {
  const about = `data->>'messageId' = ? and type in ('${NotificationType.MENTION}', '${NotificationType.REPLY}')`;
  if (excerpt === null) await em.execute(`update notification set data = data - 'excerpt' where ${about} and data->'excerpt' is not null`, [messageId]);
  else await em.execute(`update notification set data = jsonb_set(data, '{excerpt}', to_jsonb(?::text)) where ${about}`, [excerpt, messageId]);
}

export class NotificationService {
  constructor(private readonly ctx: Context) {}

  async list(first: number, after?: string | null, unreadOnly = false): Promise<NotificationConnection> {
    const user = this.ctx.viewer.requireId();
    const offset = decodeCursor(after);
    const where = unreadOnly ? { user, readAt: null } : { user };
    const [nodes, totalCount] = await this.ctx.em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first, offset });
    return { nodes, totalCount, unreadCount: await this.unreadCount(), pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  unreadCount(): Promise<number> {
    return this.ctx.em.count(Notification, { user: this.ctx.viewer.requireId(), readAt: null });
  }

  async markRead(id: string): Promise<Notification> {
    const user = this.ctx.viewer.requireUser();
    const n = isUuid(id) ? await this.ctx.em.findOne(Notification, { id, user }) : null;
    if (!n) throw new NotFoundError('notification');
    n.readAt ??= new Date();
    await this.ctx.em.flush();
    return n;
  }

  async markAllRead(): Promise<number> {
    const user = this.ctx.viewer.requireId();
    return this.ctx.em.nativeUpdate(Notification, { user, readAt: null }, { readAt: new Date() });
  }

  async preferences(): Promise<NotificationPreferenceSetting[]> {
    const user = this.ctx.viewer.requireId();
    const saved = new Map((await this.ctx.em.find(NotificationPreference, { user })).map((p) => [p.type, p.channel]));
    return Object.values(NotificationType).map((type) => ({ type, channel: saved.get(type) ?? NotificationChannel.IN_APP }));
  }

  async setPreference(type: NotificationType, channel: NotificationChannel): Promise<NotificationPreferenceSetting[]> {
    const user = this.ctx.viewer.requireUser();
    await this.ctx.em.upsert(NotificationPreference, { user, type, channel });
    return this.preferences();
  }
}

const DIGEST_TEXT = {
  nb: { subject: (n: number) => `Du har ${n} nye varsler på Samhandling`, intro: 'Dette har skjedd siden sist:', open: 'Se alle varsler:' },
  nn: { subject: (n: number) => `Du har ${n} nye varsel på Samhandling`, intro: 'Dette har skjedd sidan sist:', open: 'Sjå alle varsel:' },
  en: { subject: (n: number) => `You have ${n} new notifications on Samhandling`, intro: 'This happened since last time:', open: 'See all notifications:' },
};

/**
 * Sends each user who chose e-mail one digest of their unsent notifications, at most once an hour.
 * Safe with several server processes: users are claimed with FOR UPDATE SKIP LOCKED.
 */
export async function sendDigests(opts: { em: EntityManager; mailer: Mailer; logger: Logger; publicUrl: string; now?: Date }): Promise<number> {
  const now = opts.now ?? new Date();
  const hourAgo = new Date(now.getTime() - 3_600_000);
  let sent = 0;
  const candidates = await opts.em.getConnection().execute<{ user_id: string }[]>(
    `select distinct n.user_id from notification n
       left join notification_digest d on d.user_id = n.user_id
      where n.email_wanted and n.emailed_at is null and (d.last_sent_at is null or d.last_sent_at <= ?)`,
    [hourAgo],
  );
  for (const { user_id: userId } of candidates) {
    await opts.em.transactional(async (tx) => {
      const claimed = await tx.getConnection().execute<{ id: string }[]>(
        `select id from app_user where id = ? and not exists (select 1 from notification_digest d where d.user_id = app_user.id and d.last_sent_at > ?) for update skip locked`,
        [userId, hourAgo],
        'all',
        tx.getTransactionContext(),
      );
      if (!claimed.length) return;
      const user = await tx.findOneOrFail(User, { id: userId });
      const items = await tx.find(Notification, { user, emailWanted: true, emailedAt: null }, { orderBy: { createdAt: 'asc' } });
      if (!items.length) return;
      const t = DIGEST_TEXT[user.preferredLanguage ?? Language.nb];
      const lines = items.map((n) => `• ${describe(n)}`);
      // Queued in this transaction: the notifications are marked e-mailed exactly when their digest is queued.
      const language = user.preferredLanguage ?? Language.nb;
      await opts.mailer.send({ to: user.email, subject: t.subject(items.length), text: `${t.intro}\n\n${lines.join('\n')}\n\n${t.open} ${opts.publicUrl}/varsler`, language, unsubscribeUserId: user.id }, tx as EntityManager);
      for (const n of items) n.emailedAt = now;
      await tx.upsert(NotificationDigest, { user, lastSentAt: now });
      sent++;
    });
  }
  if (sent) opts.logger.info({ sent }, 'notification digests sent');
  return sent;
}

function describe(n: Notification): string {
  const d = n.data;
  const where = [d.groupName, d.threadTitle].filter(Boolean).join(' › ');
  return [d.actorName, n.type.toLowerCase().replace('_', ' '), where, d.title, d.excerpt && `«${d.excerpt}»`].filter(Boolean).join(' – ');
}
