import { Entity, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** The table rate-limiter-flexible keeps its counters in; shared by every server process. */
@Entity({ tableName: 'rate_limit' })
export class RateLimitBucket {
  [PrimaryKeyProp]?: 'key';
  [OptionalProps]?: 'points';

  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
