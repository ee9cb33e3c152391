import { User } from '../accounts/user.entity.js';
import { municipalitiesByNumber, topicsBySlug } from '../reference/reference.service.js';
import { EventAccess } from './event.access.js';
import { Follow } from './event.entity.js';

/** The topics and municipalities a user follows: new events there reach the inbox (`EventService.publish`). */
export class FollowService extends EventAccess {
  async setFollows(topicSlugs: string[], municipalityNumbers: string[]): Promise<Follow[]> {
    const user = this.viewer.requireUser();
    const topics = await topicsBySlug(this.ctx.em, topicSlugs);
    const municipalities = await municipalitiesByNumber(this.ctx.em, municipalityNumbers);
    return this.ctx.em.transactional(async (tx) => {
      await tx.nativeDelete(Follow, { user: user.id });
      const ref = tx.getReference(User, user.id);
      const follows = [...topics.map((topic) => tx.create(Follow, { user: ref, topic })), ...municipalities.map((municipality) => tx.create(Follow, { user: ref, municipality }))];
      await tx.flush();
      return follows;
    });
  }
}
