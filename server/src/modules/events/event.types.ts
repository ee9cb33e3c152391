import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { AttendanceMode, Event, EventStatus, Registration } from './event.entity.js';
import type { EventView } from './event.service.js';
import { RegistrationWindow } from './registration.states.js';

registerEnumType(RegistrationWindow, {
  name: 'RegistrationWindow',
  description: 'Where an event’s registration stands now.',
  valuesConfig: {
    NONE: { description: 'Nothing to register for: no registration needed, a draft, or cancelled.' },
    NOT_YET_OPEN: { description: 'Registration opens later (registrationOpensAt).' },
    OPEN: { description: 'Registration is open.' },
    CLOSED: { description: 'Registration has closed (registrationClosesAt, or else when the event starts).' },
  },
});

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
  @Field(() => Int, { nullable: true, description: 'HYBRID events: confirmed online.' }) onlineConfirmedCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'HYBRID events: the online waitlist.' }) onlineWaitlistCount?: number | null;
  @Field(() => EventStatus, { nullable: true }) status?: EventStatus | null;
}

@ObjectType({ description: 'A guest registration, as its e-mailed link shows it.' })
export class GuestRegistrationView {
  @Field(() => Registration) registration!: Registration;
  @Field(() => Event) event!: Event;
  @Field(() => String, { nullable: true, description: 'The meeting link, once the guest has a confirmed seat (or when the event needs no registration).' }) meetingUrl!: string | null;
}

@ObjectType({ description: 'One way to take part in an event, and what registering for it now gives.' })
export class AttendanceOption {
  @Field(() => AttendanceMode) attendance!: AttendanceMode;
  @Field(() => Int, { nullable: true, description: 'Seats left for it; null when unlimited.' }) seatsLeft!: number | null;
  @Field(() => Boolean, { description: 'Its seats are taken: registering now puts one on its waitlist.' }) waitlist!: boolean;
}
