import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** Who did what to which object, when: written in the same transaction as the change. */
@ObjectType({ description: 'An audit log entry (county staff only).' })
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['entityType', 'entityId', 'at'] })
export class AuditEntry {
  [OptionalProps]?: 'id' | 'at' | 'details';

  @Field(() => ID, { description: 'Unique id of the entry.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'grant_round, grant_application …' })
  @Property({ type: 'string', length: 40 })
  entityType!: string;

  @Field(() => ID, { description: 'The id of the changed object.' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => String, { description: 'e.g. state:DRAFT→SUBMITTED, decision, assessment' })
  @Property({ type: 'string', length: 80 })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The user who made the change; null when the system made it (a scheduled job).' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s name at the time.' })
  @Property({ type: 'string', length: 120, nullable: true })
  actorName?: string | null;

  @Field(() => Date, { description: 'When the change was made (UTC).' })
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field(() => GraphQLJSONObject, { description: 'What changed, as recorded with the action (e.g. the fields updated, the decision and granted amount, an attachment’s file name).' })
  @Property({ type: 'json' })
  details: Record<string, unknown> = {};
}

export function audit(em: EntityManager, entry: { entityType: string; entityId: string; action: string; actor?: { id: string; name: string } | null; details?: Record<string, unknown> }): AuditEntry {
  return em.create(AuditEntry, { entityType: entry.entityType, entityId: entry.entityId, action: entry.action, actorId: entry.actor?.id ?? null, actorName: entry.actor?.name ?? null, details: entry.details ?? {} });
}
