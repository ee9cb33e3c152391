import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * One change others should see (a message, a membership, an announcement …), written in the same
 * transaction as the change itself and NOTIFYed by id on commit. It feeds live subscriptions, their
 * replay after a reconnect (by id cursor), and the notification inbox.
 */
@Entity({ tableName: 'change_event' })
@Index({ properties: ['topic', 'id'] })
export class ChangeEvent {
  /** bigserial: ids are handed out and committed in order (see recordChange), so they are cursors. */
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** `group/<id>`, `user/<id>`, `announcements` … */
  @Property({ type: 'string', length: 120 })
  topic!: string;

  /** `message.created`, `group.member_removed` … */
  @Property({ type: 'string', length: 60 })
  type!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date & Opt;
}
