import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Outgoing mail, written in the same database as the change that caused it and sent by every server process's
 * outbox worker (outbox.ts). A row is due while `nextAttemptAt` has passed; claiming it moves `nextAttemptAt`
 * forward (the lease), so a process that dies mid-send only delays it. Sent rows are deleted (they hold sign-in
 * links); rows that failed for good keep `failedAt` and the last error for 30 days.
 */
@Entity({ tableName: 'mail_outbox' })
@Index({ name: 'mail_outbox_due', expression: 'create index "mail_outbox_due" on "mail_outbox" ("next_attempt_at") where "failed_at" is null' })
export class MailOutboxEntry {
  [OptionalProps]?: 'id' | 'html' | 'headers' | 'attempts' | 'createdAt' | 'nextAttemptAt';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  recipient!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  html?: string | null;

  /** Extra header lines (List-Unsubscribe); the sender, date and Message-ID are added when sending. */
  @Property({ type: 'json', default: '{}' })
  headers: Record<string, string> = {};

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  failedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;
}
