import type { MaybePromise } from '../../common/maybe-promise.js';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../../common/auth/policies.js';
import { canGroup } from './group.policy.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { groupTopic } from '../../common/change-feed/topics.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import { nameKey } from '../../common/text.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { isUuid } from '../../common/sql.js';
import { loadGroupAccess, viewerAccess, type GroupAccess } from './group-access.js';
import { GroupMember, GroupMemberStatus, GroupRole, NetworkGroup } from './group.entity.js';
import type { GroupInput } from './group.inputs.js';

/*
 * The groups module's services, one per part: the group itself (here: finding it, who may read it, creating and
 * editing it), its members (membership.service.ts), its threads (thread.service.ts) and their messages
 * (message.service.ts, with the post's single statement in message-statement.ts).
 */

/** Two groups whose names differ only in case or lookalike letters, created at once: the unique name key
 * lets one in, and the other gets the answer the check before it would have given. */
async function nameTaken<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException && /network_group_name/.test(err.message)) throw UserInputError.field('name', 'group/name_taken');
    throw err;
  }
}

/** Writing in groups needs a confirmed address (canGroup.post, .join): said as such, before any other reason. */
export function assertVerified(viewer: Viewer): void {
  authorize(viewer, viewer.emailVerified, 'auth/email_not_verified');
}

export class GroupService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  /** Once per operation on the read path (a thread page asks for the thread, its group and its messages); fresh inside a transaction. */
  access(groupId: string, em: EntityManager = this.ctx.em): MaybePromise<GroupAccess> {
    return em === this.ctx.em ? viewerAccess(this.ctx, groupId) : loadGroupAccess(em, this.viewer.id, groupId);
  }

  async group(id: string, em: EntityManager = this.ctx.em): Promise<NetworkGroup> {
    const g = isUuid(id) ? await em.findOne(NetworkGroup, { id }) : null;
    if (!g) throw new NotFoundError('group');
    return g;
  }

  /** The group, after checking the viewer may read it; NOT_FOUND hides MEMBERS groups' content only, not their existence. */
  async readable(id: string, em: EntityManager = this.ctx.em): Promise<{ group: NetworkGroup; access: GroupAccess }> {
    this.viewer.requireId();
    const group = await this.group(id, em);
    const access = await this.access(group.id, em);
    authorize(this.viewer, canGroup.read(this.viewer, group, access), 'group/members_only');
    return { group, access };
  }

  list(): Promise<NetworkGroup[]> {
    this.viewer.requireId();
    return this.ctx.em.find(NetworkGroup, {}, { orderBy: { name: 'asc' } });
  }

  async create(input: GroupInput): Promise<NetworkGroup> {
    const user = this.viewer.requireUser();
    authorize(this.viewer, canGroup.create(this.viewer), 'auth/email_not_verified');
    const name = input.name?.trim() ?? '';
    if (name.length < 3) throw UserInputError.field('name', 'group/name_length');
    if (!input.visibility) throw UserInputError.field('visibility', 'group/visibility_required');
    if (!input.joinPolicy) throw UserInputError.field('joinPolicy', 'group/join_policy_required');
    if (await this.ctx.em.count(NetworkGroup, { nameKey: nameKey(name) })) throw UserInputError.field('name', 'group/name_taken');
    return nameTaken(writeAndRecord(this.ctx, async (tx) => {
      const group = tx.create(NetworkGroup, { name, description: input.description?.trim() ?? '', visibility: input.visibility!, joinPolicy: input.joinPolicy!, createdBy: tx.getReference(User, user.id) });
      tx.create(GroupMember, { group, user: tx.getReference(User, user.id), role: GroupRole.OWNER, status: GroupMemberStatus.ACTIVE });
      return group;
    }));
  }

  async update(id: string, input: GroupInput): Promise<NetworkGroup> {
    return nameTaken(writeAndRecord(this.ctx, async (tx, changes) => {
      const group = await this.group(id, tx);
      authorize(this.viewer, canGroup.manage(this.viewer, group, await this.access(id, tx)));
      if (input.name != null) {
        const name = input.name.trim();
        if (name.length < 3) throw UserInputError.field('name', 'group/name_length');
        if (await tx.count(NetworkGroup, { nameKey: nameKey(name), id: { $ne: id } })) throw UserInputError.field('name', 'group/name_taken');
        group.name = name;
      }
      if (input.description != null) group.description = input.description.trim();
      if (input.visibility) group.visibility = input.visibility;
      if (input.joinPolicy) group.joinPolicy = input.joinPolicy;
      // Visibility decides who may read: subscribers check again on this event.
      changes.push({ topic: groupTopic(id), type: 'group.access_changed', payload: {} });
      return group;
    }));
  }
}
