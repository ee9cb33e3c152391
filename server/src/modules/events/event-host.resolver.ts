import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { canOrganisation } from '../organisations/organisation.policy.js';
import { loadedView } from '../../common/read-model/loaded.js';
import type { MaybePromise } from '../../common/maybe-promise.js';
import type { View } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { OrganisationView } from '../organisations/organisation.service.js';
import { Event } from './event.entity.js';
import { CoHostStatus, EventHost } from './event-host.entity.js';
import { coHostActors, EventHostService } from './event-host.service.js';
import { coHostMayMove } from './event-host.states.js';
import { eventHostIds, managesEvent } from './event.access.js';
import type { EventView } from './event.service.js';

@ObjectType({ description: 'What the viewer may do with an invitation to co-host (from the transition table in event-host.states.ts).' })
export class EventHostPermissions {
  @Field(() => Boolean, { description: 'Accept it for the invited organisation (its admins, county staff).' }) accept!: boolean;
  @Field(() => Boolean, { description: 'Decline it for the invited organisation.' }) decline!: boolean;
  @Field(() => Boolean, { description: 'Withdraw the invitation or remove the co-host (organisers), or leave (the co-host’s admins).' }) remove!: boolean;
}

@Resolver(() => EventHost)
export class EventHostResolver {
  @Authorized()
  @Mutation(() => EventHost, { description: "Asks another organisation to co-host the event (organisers). Accepted at once when the viewer is an admin of it or county staff; else its admins are told in the inbox." })
  eventCoHostInvite(@Ctx() ctx: Context, @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string, @Arg('organisationId', () => ID, { description: 'The organisation asked to co-host.' }) organisationId: string): Promise<EventHost> {
    return new EventHostService(ctx).invite(eventId, organisationId);
  }

  @Authorized()
  @Mutation(() => EventHost, { description: 'Accepts an invitation to co-host (an admin of the invited organisation): its members now manage the event.' })
  eventCoHostAccept(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The invitation.' }) id: string): Promise<EventHost> {
    return new EventHostService(ctx).accept(id);
  }

  @Authorized()
  @Mutation(() => EventHost, { description: 'Declines an invitation to co-host (an admin of the invited organisation).' })
  eventCoHostDecline(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The invitation.' }) id: string): Promise<EventHost> {
    return new EventHostService(ctx).decline(id);
  }

  @Authorized()
  @Mutation(() => EventHost, { description: 'Withdraws an invitation or removes a co-host (organisers), or leaves as co-host (its admins).' })
  eventCoHostRemove(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The invitation.' }) id: string): Promise<EventHost> {
    return new EventHostService(ctx).remove(id);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation asked to co-host.' })
  organisation(@Root() h: EventHost, @Ctx() ctx: Context): MaybePromise<OrganisationView> {
    return loadedView(ctx, h.organisation);
  }

  @FieldResolver(() => Event, { description: 'The event.' })
  event(@Root() h: EventHost, @Ctx() ctx: Context): MaybePromise<View<Event>> {
    return loadedView(ctx, h.event);
  }

  @FieldResolver(() => EventHostPermissions, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() h: EventHost, @Ctx() ctx: Context): Promise<EventHostPermissions> {
    const event = await loadedView(ctx, h.event);
    const actors = coHostActors(ctx.viewer, event, h.organisation.id);
    return {
      accept: coHostMayMove(h.status, CoHostStatus.ACCEPTED, actors),
      decline: coHostMayMove(h.status, CoHostStatus.DECLINED, actors),
      remove: coHostMayMove(h.status, CoHostStatus.REMOVED, actors),
    };
  }
}

@Resolver(() => Event)
export class EventHostsResolver {
  @FieldResolver(() => [Organisation], { description: 'Every host: the primary host (`organisation`) first, then the co-hosts that accepted.' })
  async hosts(@Root() e: EventView, @Ctx() ctx: Context): Promise<OrganisationView[]> {
    const found = await Promise.all(eventHostIds(e).map((id) => Promise.resolve(loadedView(ctx, ctx.em.getReference(Organisation, id))).catch(() => null)));
    return found.filter((o): o is OrganisationView => o !== null);
  }

  @FieldResolver(() => [EventHost], { nullable: true, description: 'Invitations to co-host, pending, accepted and declined: organisers only (null otherwise).' })
  coHostInvitations(@Root() e: EventView, @Ctx() ctx: Context): Promise<EventHost[]> | null {
    return managesEvent(ctx.viewer, e) ? new EventHostService(ctx).forEvent(e) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationCoHostingResolver {
  @FieldResolver(() => [EventHost], { nullable: true, description: 'Invitations to co-host events, waiting for an answer: its admins and county staff only (null otherwise).' })
  eventCoHostInvitations(@Root() org: OrganisationView, @Ctx() ctx: Context): Promise<EventHost[]> | null {
    return canOrganisation.edit(ctx.viewer, org) ? new EventHostService(ctx).pendingFor(org.id) : null;
  }
}
