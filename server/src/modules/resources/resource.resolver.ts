import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { can } from '../../common/auth/policies.js';
import { clampFirst, PageInfo } from '../../common/pagination.js';
import { loadedItems, loadedView } from '../../common/read-model/loaded.js';
import type { Context } from '../../context.js';
import type { MaybePromise } from '../../common/maybe-promise.js';
import { Event } from '../events/event.entity.js';
import { eventVisible } from '../events/event.access.js';
import { NetworkGroup } from '../groups/group.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import type { OrganisationView } from '../organisations/organisation.service.js';
import { Topic } from '../reference/topic.entity.js';
import { Resource, ResourceFile } from './resource.entity.js';
import { ResourceFilter, ResourceInput } from './resource.inputs.js';
import { ResourceService } from './resource.service.js';

@ObjectType({ description: 'A page of the resource library.' })
export class ResourceConnection {
  @Field(() => [Resource], { description: 'The resources on this page.' }) nodes!: Resource[];
  @Field(() => Int, { description: 'How many resources match the filter in all.' }) totalCount!: number;
  @Field(() => PageInfo, { description: 'Where this page ends.' }) pageInfo!: PageInfo;
}

@ObjectType({ description: 'What the viewer may do with a resource.' })
export class ResourcePermissions {
  @Field(() => Boolean, { description: 'Edit, delete and upload new versions.' }) manage!: boolean;
}

@Resolver(() => Resource)
export class ResourceResolver {
  @Query(() => ResourceConnection, { description: 'The resource library: what the viewer may see, newest first.' })
  resources(
    @Ctx() ctx: Context,
    @Arg('filter', () => ResourceFilter, { nullable: true, description: 'Which resources; all the viewer may see when omitted.' }) filter?: ResourceFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many resources, 1–100.' }) first = 20,
    @Arg('after', () => String, { nullable: true, description: 'The previous page’s pageInfo.endCursor; from the start when omitted.' }) after?: string | null,
  ): Promise<ResourceConnection> {
    return new ResourceService(ctx).list(filter ?? {}, clampFirst(first), after);
  }

  @Query(() => Resource, { description: 'One resource; NOT_FOUND unless the viewer may see it.' })
  resource(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The resource’s id.' }) id: string): Promise<Resource> {
    return new ResourceService(ctx).get(id);
  }

  @Authorized()
  @Mutation(() => Resource, { description: 'Shares a resource (members of the organisation, or county staff). Upload its file afterwards.' })
  resourceCreate(@Ctx() ctx: Context, @Arg('input', () => ResourceInput, { description: 'The new resource; organisationId, title, kind and access are required.' }) input: ResourceInput): Promise<Resource> {
    return new ResourceService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Resource, { description: 'Edits a resource (members of its organisation, or county staff).' })
  resourceUpdate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The resource to edit.' }) id: string, @Arg('input', () => ResourceInput, { description: 'The fields to change; omitted fields stay as they are (organisationId is ignored).' }) input: ResourceInput): Promise<Resource> {
    return new ResourceService(ctx).update(id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes a resource and every uploaded version of its file (members of its organisation, or county staff).' })
  resourceDelete(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'The resource to delete.' }) id: string): Promise<boolean> {
    return new ResourceService(ctx).delete(id);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that shared it.' })
  organisation(@Root() r: Resource, @Ctx() ctx: Context): MaybePromise<OrganisationView> {
    return loadedView(ctx, r.organisation);
  }

  @FieldResolver(() => [Topic], { description: 'Its topics, in display order.' })
  topics(@Root() r: Resource): Promise<Topic[]> {
    return loadedItems(r.topics, (a, b) => a.sortOrder - b.sortOrder);
  }

  @FieldResolver(() => NetworkGroup, { nullable: true, description: 'The network group whose readers may see it, for GROUP access; otherwise null.' })
  group(@Root() r: Resource, @Ctx() ctx: Context): MaybePromise<NetworkGroup | null> {
    const group = r.group;
    return group ? loadedView(ctx, group) : null;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The linked event, when the viewer may see it (a draft only for those who manage it, as `event(id)`).' })
  async event(@Root() r: Resource, @Ctx() ctx: Context): Promise<Event | null> {
    const event = r.event ? await ctx.em.findOne(Event, { id: r.event.id }) : null;
    return event && eventVisible(ctx.viewer, event) ? event : null;
  }

  @FieldResolver(() => [ResourceFile], { description: 'Uploaded versions, newest first.' })
  versions(@Root() r: Resource, @Ctx() ctx: Context): Promise<ResourceFile[]> {
    return new ResourceService(ctx).versions(r);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where to download the current file (the server checks access).' })
  fileUrl(@Root() r: Resource): string | null {
    return r.currentVersion ? `/filer/ressurser/${r.id}` : null;
  }

  @FieldResolver(() => ResourcePermissions, { description: 'What the viewer may do with this resource.' })
  viewerCan(@Root() r: Resource, @Ctx() ctx: Context): ResourcePermissions {
    return { manage: can.resourceManage(ctx.viewer, r.organisation.id) };
  }
}

@Resolver(() => ResourceFile)
export class ResourceFileResolver {
  @FieldResolver(() => String, { description: 'Where to download this version (the server checks access).' })
  url(@Root() f: ResourceFile): string {
    return `/filer/ressurser/${f.resource.id}/v/${f.version}`;
  }
}
