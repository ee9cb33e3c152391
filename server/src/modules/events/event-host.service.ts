import { LockMode } from '@mikro-orm/core';
import { assertEventEditable } from './event.states.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../common/auth/policies.js';
import { canOrganisation } from '../organisations/organisation.policy.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Membership, MembershipRole } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Event, EventStatus } from './event.entity.js';
import { CoHostStatus, EventHost } from './event-host.entity.js';
import { assertCoHostMove, coHostMayMove, type CoHostActor } from './event-host.states.js';
import { checkInTopic } from '../../common/change-feed/topics.js';
import { eventVisible, managesEvent } from './event.access.js';
import { eventTopic } from '../../common/change-feed/topics.js';

/** More co-hosts than this is not a co-hosted event but a mailing list. */
export const MAX_CO_HOSTS = 10;

/** What the viewer is to an invitation: one of the event's organisers, an admin of the invited organisation, both or neither. */
export function coHostActors(viewer: Viewer, event: Pick<Event, 'organisation' | 'coHostIds'>, organisationId: string): CoHostActor[] {
  const actors: CoHostActor[] = [];
  if (managesEvent(viewer, event)) actors.push('organiser');
  if (canOrganisation.edit(viewer, { id: organisationId })) actors.push('invitedAdmin');
  return actors;
}

/**
 * Co-hosts: the event's organisers invite another organisation; an admin of it accepts (its members then manage
 * the event, and it shows on its page and calendar feed) or declines. Every move follows event-host.states.ts and
 * runs under the event's row lock, which also keeps `Event.coHostIds` in step with the accepted invitations.
 */
export class EventHostService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  async invite(eventId: string, organisationId: string): Promise<EventHost> {
    this.viewer.requireId();
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const event = await lockedEvent(tx, this.viewer, eventId);
      authorize(this.viewer, managesEvent(this.viewer, event));
      const org = isUuid(organisationId) ? await tx.findOne(Organisation, { id: organisationId }) : null;
      if (!org) throw UserInputError.field('organisationId', 'organisation/not_found');
      if (org.id === event.organisation.id) throw new ConflictError('event_host/already');
      assertEventEditable(event);
      let host = await tx.findOne(EventHost, { event, organisation: org });
      if (host && (host.status === CoHostStatus.INVITED || host.status === CoHostStatus.ACCEPTED)) throw new ConflictError('event_host/already');
      if ((await tx.count(EventHost, { event, status: { $in: [CoHostStatus.INVITED, CoHostStatus.ACCEPTED] } })) >= MAX_CO_HOSTS) throw new ConflictError('event_host/too_many', { max: MAX_CO_HOSTS });
      // One who may answer for the invited organisation (its admin, or county staff) need not ask itself.
      const to = canOrganisation.edit(this.viewer, org) ? CoHostStatus.ACCEPTED : CoHostStatus.INVITED;
      if (host) {
        assertCoHostMove(host.status, CoHostStatus.INVITED);
        host.status = CoHostStatus.INVITED;
        host.createdAt = new Date();
        host.changedAt = null;
        host.invitedBy = tx.getReference(User, this.viewer.id!);
      } else {
        host = tx.create(EventHost, { event, organisation: org, status: CoHostStatus.INVITED, invitedBy: tx.getReference(User, this.viewer.id!) });
      }
      if (to === CoHostStatus.ACCEPTED) accept(event, host);
      else {
        const admins = await tx.find(Membership, { organisation: org, role: MembershipRole.ADMIN });
        changes.push(
          ...(await notify(tx, admins.map((m) => m.user.id).filter((u) => u !== this.viewer.id), NotificationType.EVENT_CO_HOST_INVITED, {
            eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString(), organisationId: org.id, organisationName: org.name,
          })),
        );
      }
      changes.push({ topic: eventTopic(event.id), type: 'event.updated', payload: {} });
      return host;
    });
  }

  accept(id: string): Promise<EventHost> {
    return this.move(id, CoHostStatus.ACCEPTED);
  }

  decline(id: string): Promise<EventHost> {
    return this.move(id, CoHostStatus.DECLINED);
  }

  /** Withdraws an invitation, removes a co-host, or (an admin of the co-host) leaves. */
  remove(id: string): Promise<EventHost> {
    return this.move(id, CoHostStatus.REMOVED);
  }

  private move(id: string, to: CoHostStatus): Promise<EventHost> {
    this.viewer.requireId();
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const found = isUuid(id) ? await tx.findOne(EventHost, { id }) : null;
      if (!found) throw new NotFoundError('event_host');
      const event = await tx.findOneOrFail(Event, { id: found.event.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const host = await tx.findOneOrFail(EventHost, { id }, { refresh: true });
      const actors = coHostActors(this.viewer, event, host.organisation.id);
      // Neither an organiser nor an admin of the invited organisation: it is none of their business.
      if (!actors.length) throw new NotFoundError('event_host');
      assertCoHostMove(host.status, to);
      authorize(this.viewer, coHostMayMove(host.status, to, actors));
      if (to === CoHostStatus.ACCEPTED) accept(event, host);
      else {
        if (host.status === CoHostStatus.ACCEPTED) {
          event.coHostIds = event.coHostIds.filter((o) => o !== host.organisation.id);
          // Its members' check-in pages stop (common/change-feed/access.ts asks them again).
          changes.push({ topic: checkInTopic(event.id), type: 'event.access_changed', payload: { reason: 'event_host.removed' } });
        }
        host.status = to;
        host.changedAt = new Date();
      }
      changes.push({ topic: eventTopic(event.id), type: 'event.updated', payload: {} });
      return host;
    });
  }

  /** The event's invitations (organisers only): pending, accepted and declined, oldest first. */
  async forEvent(event: Pick<Event, 'id'>): Promise<EventHost[]> {
    return this.ctx.em.find(EventHost, { event: event.id, status: { $ne: CoHostStatus.REMOVED } }, { orderBy: { createdAt: 'asc' } });
  }

  /** Invitations waiting for the organisation's answer (its admins and county staff only). */
  async pendingFor(organisationId: string): Promise<EventHost[]> {
    return this.ctx.em.find(EventHost, { organisation: organisationId, status: CoHostStatus.INVITED, event: { status: { $ne: EventStatus.CANCELLED } } }, { orderBy: { createdAt: 'asc' } });
  }
}

function accept(event: Event, host: EventHost) {
  host.status = CoHostStatus.ACCEPTED;
  host.changedAt = new Date();
  if (!event.coHostIds.includes(host.organisation.id)) event.coHostIds = [...event.coHostIds, host.organisation.id];
}

async function lockedEvent(tx: EntityManager, viewer: Viewer, id: string): Promise<Event> {
  const event = isUuid(id) ? await tx.findOne(Event, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
  if (!event || !eventVisible(viewer, event)) throw new NotFoundError('event');
  return event;
}
