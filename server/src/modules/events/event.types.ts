import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { Event, EventStatus, Registration } from './event.entity.js';
import type { EventView } from './event.service.js';

@ObjectType()
export class EventConnection {
  @Field(() => [Event]) nodes!: EventView[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'What the viewer may do with an event.' })
export class EventPermissions {
  @Field(() => Boolean, { description: 'Edit, publish, cancel, see attendees, message registrants.' }) manage!: boolean;
  @Field(() => Boolean, { description: 'Register now (signed in, open window, not registered).' }) register!: boolean;
}

@ObjectType({ description: 'A live change to an event: its seat counts or status.' })
export class EventUpdate {
  @Field(() => String) cursor!: string;
  @Field(() => String) type!: string;
  @Field(() => Int, { nullable: true }) confirmedCount?: number | null;
  @Field(() => Int, { nullable: true }) waitlistCount?: number | null;
  @Field(() => EventStatus, { nullable: true }) status?: EventStatus | null;
}

@ObjectType({ description: 'A guest registration, as its e-mailed link shows it.' })
export class GuestRegistrationView {
  @Field(() => Registration) registration!: Registration;
  @Field(() => Event) event!: Event;
}
