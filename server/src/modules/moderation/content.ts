import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '../../common/sql.js';
import { ContentType } from './report.entity.js';

/** What moderation reads of a piece of content, whatever its type. */
export interface ContentFacts {
  type: ContentType;
  id: string;
  groupId: string | null;
  authorId: string | null;
  threadId: string | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  /** A line to recognise it by in the queue: a message's start, the others' title. */
  excerpt: string;
  deleted: boolean;
}

/** Each type's table and what its columns mean: the one place moderation names them. */
export const CONTENT_TABLES: Record<ContentType, { table: string; sql: string }> = {
  [ContentType.MESSAGE]: { table: 'message', sql: `select id, group_id, author_id, thread_id, hidden_at, hidden_reason, left(body, 200) as excerpt, deleted_at is not null as deleted from message` },
  [ContentType.RESOURCE]: { table: 'resource', sql: `select id, case when access = 'GROUP' then group_id end as group_id, created_by_id as author_id, null::uuid as thread_id, hidden_at, hidden_reason, title as excerpt, false as deleted from resource` },
  [ContentType.ACTIVITY]: { table: 'activity', sql: `select id, null::uuid as group_id, created_by_id as author_id, null::uuid as thread_id, hidden_at, hidden_reason, title as excerpt, false as deleted from activity` },
  [ContentType.EVENT]: { table: 'event', sql: `select id, null::uuid as group_id, created_by_id as author_id, null::uuid as thread_id, hidden_at, hidden_reason, title as excerpt, false as deleted from event` },
};

interface Row {
  id: string;
  group_id: string | null;
  author_id: string | null;
  thread_id: string | null;
  hidden_at: Date | string | null;
  hidden_reason: string | null;
  excerpt: string;
  deleted: boolean;
}

/** The facts of the given contents of one type, by id (those that exist). One query. */
export async function contentFacts(em: EntityManager, type: ContentType, ids: string[]): Promise<Map<string, ContentFacts>> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return new Map();
  const rows = await em.execute<Row[]>(`select * from (${CONTENT_TABLES[type].sql}) c where c.id = any(?::uuid[])`, [`{${valid.join(',')}}`]);
  return new Map(
    rows.map((r) => [
      r.id,
      { type, id: r.id, groupId: r.group_id, authorId: r.author_id, threadId: r.thread_id, hiddenAt: r.hidden_at ? new Date(r.hidden_at) : null, hiddenReason: r.hidden_reason, excerpt: r.excerpt, deleted: r.deleted },
    ]),
  );
}
