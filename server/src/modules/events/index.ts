import { Event, Follow, Registration } from './event.entity.js';
import { EventHost } from './event-host.entity.js';
import { EventResolver, RegistrationResolver, ViewerEventsResolver } from './event.resolver.js';
import { EventHostResolver, EventHostsResolver, OrganisationCoHostingResolver } from './event-host.resolver.js';
import { CheckInResolver, EventAttendanceResolver } from './check-in.resolver.js';
import { EvaluationResolver, GuestEvaluationResolver } from './evaluation.resolver.js';
import { EvaluationResponse } from './evaluation.entity.js';

/** The events module's tables (entities.ts lists them). */
export const eventEntities = [Event, Registration, Follow, EventHost, EvaluationResponse];

/** The events module's resolvers (schema.ts lists them). */
export const eventResolvers = [EventResolver, RegistrationResolver, ViewerEventsResolver, EventHostResolver, EventHostsResolver, OrganisationCoHostingResolver, CheckInResolver, EventAttendanceResolver, EvaluationResolver, GuestEvaluationResolver];
