import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../../common/auth/policies.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/sql.js';
import type { Context } from '../../context.js';
import { Event, EventStatus } from './event.entity.js';

/** What the host rules read of an event: an entity or a view of its row. */
export type HostFacts = { organisation: { id: string }; coHostIds?: readonly string[] | null };

/** The event's hosts: the primary host first, then the co-hosts that accepted. */
export function eventHostIds(event: HostFacts): string[] {
  return [event.organisation.id, ...(event.coHostIds ?? [])];
}

/** Whether the viewer runs the event: a member of any of its hosts, or county staff. */
export function managesEvent(viewer: Viewer, event: HostFacts): boolean {
  return can.eventManage(viewer, eventHostIds(event));
}

/** Who may see an event (the rule of `event(id)`, and of every field that links to one): published and cancelled
 * events everyone, drafts those who manage them. */
export function eventVisible(viewer: Viewer, event: HostFacts & { status: EventStatus }): boolean {
  return event.status !== EventStatus.DRAFT || managesEvent(viewer, event);
}

/**
 * What every event service starts from (as grants/grant.access.ts for grants): the viewer, one way to write, and
 * an event as the viewer may see it (`eventVisible`), read or locked.
 */
export class EventAccess {
  constructor(protected readonly ctx: Context) {}

  protected get viewer() {
    return this.ctx.viewer;
  }

  protected write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  /** Visible (`eventVisible`) or NOT_FOUND. */
  async get(id: string, em: EntityManager = this.ctx.em): Promise<Event> {
    const event = isUuid(id) ? await em.findOne(Event, { id }) : null;
    if (!event || !eventVisible(this.viewer, event)) throw new NotFoundError('event');
    return event;
  }

  /** The event row, locked for this transaction. */
  protected async locked(tx: EntityManager, id: string): Promise<Event> {
    const event = isUuid(id) ? await tx.findOne(Event, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }) : null;
    if (!event || !eventVisible(this.viewer, event)) throw new NotFoundError('event');
    return event;
  }

  /** The event row locked for this transaction, for one who manages it (FORBIDDEN otherwise). */
  protected async managed(tx: EntityManager, id: string): Promise<Event> {
    const event = await this.locked(tx, id);
    authorize(this.viewer, managesEvent(this.viewer, event));
    return event;
  }
}
