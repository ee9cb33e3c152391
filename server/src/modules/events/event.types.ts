import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { AttendanceMode, Event, EventStatus, Registration } from './event.entity.js';
import type { View } from '../../common/read-model/rows.js';
import { RegistrationWindow } from './registration.states.js';

registerEnumType(RegistrationWindow, {
  name: 'RegistrationWindow',
  description: 'Where an event’s registration stands now.',
  valuesConfig: {
    NONE: { description: 'Nothing to register for here: no registration needed, registration elsewhere, a draft, or cancelled.' },
    NOT_YET_OPEN: { description: 'Registration opens later (registrationOpensAt).' },
    OPEN: { description: 'Registration is open.' },
    CLOSED: { description: 'Registration has closed (registrationClosesAt, or else when the event starts).' },
  },
});

@ObjectType({ description: 'A page of events.' })
export class EventConnection {
  @Field(() => [Event], { description: 'The events on this page.' }) nodes!: View<Event>[];
  @Field(() => Int, { description: 'How many events match the filter in all.' }) totalCount!: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo!: PageInfo;
}

@ObjectType({ description: 'What the viewer may do with an event.' })
export class EventPermissions {
  @Field(() => Boolean, { description: 'Organise it: see attendees, duplicate, message registrants.' }) manage!: boolean;
  @Field(() => Boolean, { description: 'Publish the draft (organisers).' }) publish!: boolean;
  @Field(() => Boolean, { description: 'Edit the details and co-hosts (organisers, until it is cancelled).' }) edit!: boolean;
  @Field(() => Boolean, { description: 'Cancel it (organisers, until it is cancelled).' }) cancel!: boolean;
  @Field(() => Boolean, { description: 'Add the recording or materials (organisers, once it is published).' }) addMaterials!: boolean;
  @Field(() => Boolean, { description: 'Register now (signed in, open window, not registered).' }) register!: boolean;
  @Field(() => Boolean, { description: 'Check registrants in at the door (organisers, from a day before the start).' }) checkIn!: boolean;
  @Field(() => Boolean, { description: 'Answer the evaluation now (a participant who has not answered).' }) evaluate!: boolean;
  @Field(() => Boolean, { description: 'Write or change the evaluation questions (organisers, before participants are asked).' }) editEvaluation!: boolean;
  @Field(() => Boolean, { description: 'Ask the participants to evaluate, or open the evaluation again (organisers, once the event has started).' }) openEvaluation!: boolean;
  @Field(() => Boolean, { description: 'Close the evaluation (organisers).' }) closeEvaluation!: boolean;
  @Field(() => Boolean, { description: 'See the evaluation: its questions, where it stands and the results without names (organisers, once the event is published and until it is cancelled).' }) viewEvaluation!: boolean;
}

@ObjectType({ description: 'A live change to an event: its seat counts or status.' })
export class EventUpdate {
  @Field(() => String, { description: 'Pass as `after` when resubscribing to receive what came since.' }) cursor!: string;
  @Field(() => String, { description: 'registration.changed (seat counts or status changed) or event.updated (recording or materials added: read the event again).' }) type!: string;
  @Field(() => Int, { nullable: true, description: 'Confirmed participants now (in the room, for a HYBRID event); null when this change is not about seats.' }) confirmedCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'People on the waitlist now (for the room, in a HYBRID event); null when this change is not about seats.' }) waitlistCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'HYBRID events: confirmed online.' }) onlineConfirmedCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'HYBRID events: the online waitlist.' }) onlineWaitlistCount?: number | null;
  @Field(() => Int, { nullable: true, description: 'Confirmed registrations holding a reserved seat.' }) reservedConfirmedCount?: number | null;
  @Field(() => EventStatus, { nullable: true, description: 'The event’s status now; null when this change is not about seats or status.' }) status?: EventStatus | null;
}

@ObjectType({ description: 'Seats held for registrants from verified organisations of one kind, until a date.' })
export class ReservedSeats {
  @Field(() => Int, { description: 'How many seats are held.' }) seats!: number;
  @Field(() => OrganisationKind, { description: 'For registrants from a verified organisation of this kind.' }) kind!: OrganisationKind;
  @Field(() => Date, { description: 'When the seats nobody claimed go to everyone.' }) until!: Date;
  @Field(() => Int, { description: 'Held seats not yet taken.' }) seatsLeft!: number;
  @Field(() => Boolean, { description: 'Whether the viewer may take one (a member of a verified organisation of the kind).' }) viewerQualifies!: boolean;
}

@ObjectType({ description: 'A guest registration, as its e-mailed link shows it.' })
export class GuestRegistrationView {
  @Field(() => Registration, { description: 'The guest’s registration.' }) registration!: Registration;
  @Field(() => Event, { description: 'The event.' }) event!: Event;
  @Field(() => String, { nullable: true, description: 'The meeting link, once the guest has a confirmed seat (or when the event needs no registration).' }) meetingUrl!: string | null;
}

@ObjectType({ description: 'One way to take part in an event, and what registering for it now gives.' })
export class AttendanceOption {
  @Field(() => AttendanceMode, { description: 'In the room or online.' }) attendance!: AttendanceMode;
  @Field(() => Int, { nullable: true, description: 'Seats left for it; null when unlimited.' }) seatsLeft!: number | null;
  @Field(() => Boolean, { description: 'Its seats are taken: registering now puts one on its waitlist.' }) waitlist!: boolean;
}
