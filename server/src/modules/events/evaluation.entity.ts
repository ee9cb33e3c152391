import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Event, Registration } from './event.entity.js';
import type { EvaluationAnswerData } from './evaluation.types.js';

/**
 * One participant's answers to an event's evaluation: one per registration (so nobody answers twice), shown to the
 * organisers only as results without names (evaluation.service.ts). Not a GraphQL type.
 */
@Entity({ tableName: 'evaluation_response' })
export class EvaluationResponse {
  [OptionalProps]?: 'id' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Event, deleteRule: 'cascade' })
  event!: Event;

  @ManyToOne({ entity: () => Registration, deleteRule: 'cascade' })
  @Unique()
  registration!: Registration;

  @Property({ type: 'json' })
  answers!: EvaluationAnswerData[];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
