import { Property } from '@mikro-orm/core';

/**
 * The columns every content type moderation knows (content.ts: messages, resources, activities, events) has alike:
 * the search vector its search reads, and a moderator's hiding. Each entity extends it and maps the rest itself.
 */
export abstract class ModeratedContent {
  /** What search matches: kept by a trigger (migrations/Migration20261205170000.ts), read only in SQL, never loaded. */
  @Property({ type: 'string', columnType: 'tsvector', nullable: true, lazy: true, hidden: true })
  searchVector?: string | null;

  /** Hidden by a moderator (hidden.ts): others see the reason in its place, lists and feeds leave it out. */
  @Property({ type: 'datetime', nullable: true })
  hiddenAt?: Date | null;

  /** Why it was hidden, shown in its place. */
  @Property({ type: 'string', length: 500, nullable: true })
  hiddenReason?: string | null;
}
