import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Event } from './event.entity.js';

/** The moves between these are in event-host.states.ts. */
export enum CoHostStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  REMOVED = 'REMOVED',
}
registerEnumType(CoHostStatus, {
  name: 'CoHostStatus',
  description: 'Where an invitation to co-host an event stands.',
  valuesConfig: {
    INVITED: { description: 'Asked; an admin of the organisation has not answered yet.' },
    ACCEPTED: { description: 'A host: its members manage the event and it shows on its page.' },
    DECLINED: { description: 'An admin of the organisation said no.' },
    REMOVED: { description: 'The invitation was withdrawn, or the co-host left or was removed.' },
  },
});

@ObjectType({ description: "An organisation asked to co-host an event (the primary host is the event's `organisation`)." })
@Entity({ tableName: 'event_host' })
@Unique({ properties: ['event', 'organisation'] })
export class EventHost {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID, { description: 'The invitation id.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Event, deleteRule: 'cascade' })
  event!: Event;

  @ManyToOne({ entity: () => Organisation, deleteRule: 'cascade' })
  organisation!: Organisation;

  @Field(() => CoHostStatus, { description: 'Where the invitation stands.' })
  @Enum({ items: () => CoHostStatus, type: 'string' })
  status!: CoHostStatus;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  invitedBy?: User | null;

  @Field(() => Date, { description: 'When the organisation was (last) invited.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was last answered, withdrawn or left.' })
  @Property({ type: 'datetime', nullable: true })
  changedAt?: Date | null;
}
