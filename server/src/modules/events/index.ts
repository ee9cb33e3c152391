import { EventResolver, RegistrationResolver, ViewerEventsResolver } from './event.resolver.js';
import { EventHostResolver, EventHostsResolver, OrganisationCoHostingResolver } from './event-host.resolver.js';
import { CheckInResolver, EventAttendanceResolver } from './check-in.resolver.js';
import { EvaluationResolver, GuestEvaluationResolver } from './evaluation.resolver.js';

/** The events module's resolvers (schema.ts lists them). */
export const eventResolvers = [EventResolver, RegistrationResolver, ViewerEventsResolver, EventHostResolver, EventHostsResolver, OrganisationCoHostingResolver, CheckInResolver, EventAttendanceResolver, EvaluationResolver, GuestEvaluationResolver];
