import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, canAnnounce } from '../../common/auth/policies.js';
import { ANNOUNCEMENTS_TOPIC } from '../../common/change-feed/topics.js';
import { recordChanges } from '../../common/change-feed/write.js';
import { UserInputError } from '../../common/errors.js';
import { renderMarkdown } from '../../common/markdown.js';
import { pgArray } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { municipalitiesByNumber } from '../reference/reference.service.js';
import { Announcement } from './announcement.entity.js';
import type { AnnouncementInput } from './announcement.inputs.js';


// A user is in the audience when some organisation they belong to is of one of the kinds (if any are given)
// and serves one of the municipalities (if any are given); no kinds and no municipalities means everyone.
const AUDIENCE_SQL = `
  (cardinality(?::text[]) = 0 and cardinality(?::text[]) = 0)
  or exists (
    select 1 from membership m join organisation o on o.id = m.organisation_id
     where m.user_id = u.id
       and (cardinality(?::text[]) = 0 or o.kind = any(?::text[]))
       and (cardinality(?::text[]) = 0 or exists (select 1 from organisation_municipality om
                                                   where om.organisation_id = o.id and om.municipality_number = any(?::text[]))))`;

const audienceParams = (a: Pick<Announcement, 'audienceKinds' | 'audienceMunicipalities'>) => {
  const kinds = pgArray(a.audienceKinds);
  const munis = pgArray(a.audienceMunicipalities);
  return [kinds, munis, kinds, kinds, munis, munis];
};

export async function inAudience(em: EntityManager, userId: string, a: Announcement): Promise<boolean> {
  const rows = await em.execute(`select 1 from app_user u where u.id = ? and (${AUDIENCE_SQL})`, [userId, ...audienceParams(a)]);
  return rows.length > 0;
}

export class AnnouncementService {
  constructor(private readonly ctx: Context) {}

  /** Posts an announcement: stored, shown live to its audience, and put in their inboxes, in one transaction. */
  async post(input: AnnouncementInput): Promise<Announcement> {
    const author = this.ctx.viewer.requireUser();
    authorize(this.ctx.viewer, canAnnounce(this.ctx.viewer));
    const title = input.title.trim();
    if (title.length < 3) throw UserInputError.field('title', 'announcement/title_length');
    if (!input.body.trim()) throw UserInputError.field('body', 'announcement/body_required');
    if (input.expiresAt && input.expiresAt <= new Date()) throw UserInputError.field('expiresAt', 'announcement/expires_in_past');
    const municipalities = (await municipalitiesByNumber(this.ctx.em, input.audienceMunicipalities ?? [], 'audienceMunicipalities')).map((m) => m.number);
    return this.ctx.em.transactional(async (em) => {
      const tx = em as EntityManager;
      const a = tx.create(Announcement, {
        title,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        audienceKinds: [...new Set(input.audienceKinds ?? [])],
        audienceMunicipalities: municipalities,
        createdBy: tx.getReference(User, author.id),
        expiresAt: input.expiresAt ?? null,
      });
      await tx.flush();
      const audience = await tx.getConnection().execute<{ id: string }[]>(`select u.id from app_user u where ${AUDIENCE_SQL}`, audienceParams(a), 'all', tx.getTransactionContext());
      const inbox = await notify(tx, audience.map((r) => r.id).filter((id) => id !== author.id), NotificationType.ANNOUNCEMENT, { announcementId: a.id, title, actorName: author.name });
      await recordChanges(tx, [{ topic: ANNOUNCEMENTS_TOPIC, type: 'announcement.posted', payload: { announcementId: a.id }, actorId: author.id }, ...inbox]);
      return a;
    });
  }

  /** Unexpired announcements for the viewer, newest first (staff see all). */
  async active(limit = 10): Promise<Announcement[]> {
    const v = this.ctx.viewer;
    const current = await this.ctx.em.find(Announcement, { $or: [{ expiresAt: null }, { expiresAt: { $gt: new Date() } }] }, { orderBy: { createdAt: 'desc' }, limit: 50 });
    if (!v.id) return current.filter((a) => !a.audienceKinds.length && !a.audienceMunicipalities.length).slice(0, limit);
    if (v.isStaff) return current.slice(0, limit);
    const mine: Announcement[] = [];
    for (const a of current) if (await inAudience(this.ctx.em, v.id, a)) mine.push(a);
    return mine.slice(0, limit);
  }
}
