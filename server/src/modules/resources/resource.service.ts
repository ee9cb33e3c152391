import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../../common/auth/policies.js';
import { canGroup } from '../groups/group.policy.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import { fileKeys } from '../../common/files/keys.js';
import { normaliseLanguages } from '../../common/validation.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { Event } from '../events/event.entity.js';
import { eventVisible, managesEvent } from '../events/event.access.js';
import { loadGroupAccess } from '../groups/group-access.js';
import { NetworkGroup } from '../groups/group.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { topicsBySlug } from '../reference/reference.service.js';
import { Resource, ResourceAccess, ResourceFile, ResourceKind } from './resource.entity.js';
import type { ResourceFilter, ResourceInput } from './resource.inputs.js';

/** Who may read a resource (and download its files): the one rule for the API and the file routes. */
export async function canReadResource(em: EntityManager, viewer: Viewer, r: Resource): Promise<boolean> {
  if (r.access === ResourceAccess.PUBLIC) return true;
  if (!viewer.signedIn) return false;
  if (r.access === ResourceAccess.MEMBERS) return true;
  if (can.resourceManage(viewer, r.organisation.id)) return true;
  if (!r.group) return false;
  const group = await em.findOne(NetworkGroup, { id: r.group.id });
  return !!group && canGroup.read(viewer, group, await loadGroupAccess(em, viewer.id, group.id));
}

/** SQL for the same rule, for lists and search: $1 viewer id (or null). */
export const RESOURCE_VISIBLE_SQL = `(r.access = 'PUBLIC'
  or (?::uuid is not null and r.access = 'MEMBERS')
  or (?::uuid is not null and r.access = 'GROUP' and (
        ?::boolean
     or exists (select 1 from membership m where m.organisation_id = r.organisation_id and m.user_id = ?::uuid)
     or exists (select 1 from network_group g where g.id = r.group_id and g.visibility = 'PUBLIC')
     or exists (select 1 from group_member gm where gm.group_id = r.group_id and gm.user_id = ?::uuid and gm.status = 'ACTIVE')
     or exists (select 1 from group_organisation go join membership m2 on m2.organisation_id = go.organisation_id where go.group_id = r.group_id and m2.user_id = ?::uuid))))`;

export const resourceVisibleParams = (viewer: Viewer) => [viewer.id, viewer.id, viewer.isStaff, viewer.id, viewer.id, viewer.id];

export class ResourceService {
  constructor(private readonly ctx: Context) {}

  async get(id: string): Promise<Resource> {
    const r = isUuid(id) ? await this.ctx.em.findOne(Resource, { id }) : null;
    if (!r || !(await canReadResource(this.ctx.em, this.ctx.viewer, r))) throw new NotFoundError('resource');
    return r;
  }

  /** One page in two statements whatever its size: the visible ids (filtered and paged in SQL), then the rows with what cards show. */
  async list(filter: ResourceFilter, first: number, after?: string | null) {
    const offset = decodeCursor(after);
    const where = [RESOURCE_VISIBLE_SQL];
    const params: unknown[] = [...resourceVisibleParams(this.ctx.viewer)];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (filter.kinds?.length) add('r.kind in (?)', filter.kinds);
    if (filter.topic) add('exists (select 1 from resource_topic rt where rt.resource_id = r.id and rt.topic_slug = ?)', filter.topic);
    if (filter.language) add('? = any(r.languages)', filter.language);
    if (filter.access) add('r.access = ?', filter.access);
    if (filter.organisationId) add('r.organisation_id = ?', isUuid(filter.organisationId) ? filter.organisationId : randomUUID());
    if (filter.eventId) add('r.event_id = ?', isUuid(filter.eventId) ? filter.eventId : randomUUID());
    const page = await this.ctx.em.getConnection().execute<{ id: string; total: string }[]>(
      `select r.id, count(*) over () as total from resource r where ${where.join(' and ')} order by r.created_at desc, r.id asc limit ? offset ?`,
      [...params, first, offset],
    );
    const totalCount = page.length ? Number(page[0]!.total) : offset ? await this.count(where, params) : 0;
    const loaded = page.length ? await this.ctx.em.find(Resource, { id: { $in: page.map((r) => r.id) } }, { populate: ['organisation', 'topics', 'group'] }) : [];
    const byId = new Map(loaded.map((r) => [r.id, r]));
    const nodes = page.map((r) => byId.get(r.id)!).filter(Boolean);
    return { nodes, totalCount, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.ctx.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from resource r where ${where.join(' and ')}`, params);
    return Number(row!.n);
  }

  async create(input: ResourceInput): Promise<Resource> {
    const user = this.ctx.viewer.requireUser();
    const org = input.organisationId && isUuid(input.organisationId) ? await this.ctx.em.findOne(Organisation, { id: input.organisationId }) : null;
    if (!org) throw UserInputError.field('organisationId', 'organisation/not_found');
    authorize(this.ctx.viewer, can.resourceManage(this.ctx.viewer, org.id));
    if (!input.title?.trim()) throw UserInputError.field('title', 'resource/title_length');
    if (!input.kind) throw UserInputError.field('kind', 'resource/kind_required');
    if (!input.access) throw UserInputError.field('access', 'resource/access_required');
    const r = this.ctx.em.create(Resource, { organisation: org, title: input.title.trim(), kind: input.kind, access: input.access, createdBy: this.ctx.em.getReference(User, user.id) });
    try {
      await this.apply(r, input);
    } catch (e) {
      this.ctx.em.clear();
      throw e;
    }
    await this.ctx.em.flush();
    return r;
  }

  async update(id: string, input: ResourceInput): Promise<Resource> {
    const r = await this.get(id);
    authorize(this.ctx.viewer, can.resourceManage(this.ctx.viewer, r.organisation.id));
    await this.apply(r, input);
    await this.ctx.em.flush();
    return r;
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.get(id);
    authorize(this.ctx.viewer, can.resourceManage(this.ctx.viewer, r.organisation.id));
    await this.ctx.em.remove(r).flush();
    // The rows are gone (versions cascade); the files go after the commit, so a failed delete loses nothing.
    await this.ctx.files.deletePrefix(fileKeys.resource(r.id)).catch((err) => this.ctx.logger.warn({ err, resource: r.id }, 'could not remove resource files'));
    return true;
  }

  versions(r: Resource): Promise<ResourceFile[]> {
    return this.ctx.em.find(ResourceFile, { resource: r }, { orderBy: { version: 'desc' } });
  }

  private async apply(r: Resource, input: ResourceInput) {
    if (input.title != null) r.title = input.title.trim();
    if (r.title.length < 3) throw UserInputError.field('title', 'resource/title_length');
    if (input.summary != null) r.summary = input.summary.trim();
    if (input.publisher != null) r.publisher = input.publisher.trim() || null;
    if (input.kind) r.kind = input.kind;
    if (input.access) r.access = input.access;
    if (input.groupId !== undefined) {
      const group = input.groupId && isUuid(input.groupId) ? await this.ctx.em.findOne(NetworkGroup, { id: input.groupId }) : null;
      if (input.groupId && !group) throw UserInputError.field('groupId', 'group/not_found');
      r.group = group;
    }
    if (r.access === ResourceAccess.GROUP && !r.group) throw UserInputError.field('groupId', 'resource/group_required');
    if (input.url != null) {
      const url = input.url.trim();
      if (url && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(url)) throw UserInputError.field('url', 'validation/url_invalid');
      r.url = url || null;
    }
    if (r.kind === ResourceKind.LINK && !r.url) throw UserInputError.field('url', 'resource/url_required');
    if (input.languages != null) r.languages = normaliseLanguages('languages', input.languages);
    if (input.audience != null) r.audience = [...new Set(input.audience.map((a) => a.trim()).filter(Boolean))];
    if (input.topicSlugs != null) r.topics.set(await topicsBySlug(this.ctx.em, input.topicSlugs));
    if (input.eventId !== undefined && input.eventId !== (r.event?.id ?? null)) {
      const event = input.eventId && isUuid(input.eventId) ? await this.ctx.em.findOne(Event, { id: input.eventId }) : null;
      // A draft the viewer may not see is "not found", as `event(id)` answers; a visible event needs the right to manage it.
      if (input.eventId && (!event || !eventVisible(this.ctx.viewer, event))) throw UserInputError.field('eventId', 'event/not_found');
      if (event) authorize(this.ctx.viewer, managesEvent(this.ctx.viewer, event));
      r.event = event;
    }
  }
}
