import { userTopic } from '../../common/change-feed/topics.js';
import { ConflictError, UserInputError } from '../../common/errors.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { osloReadable } from '../../common/time.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { EventAccess } from './event.access.js';
import { eventUpdated } from './event.changes.js';
import { Event, Registration, RegistrationStatus } from './event.entity.js';
import { checkUrl } from './event.service.js';
import { takesMaterials } from './event.states.js';
import { language, recipient } from './registration.service.js';

/** What comes after an event: the recording link and the materials, and telling the participants once. */
export class MaterialsService extends EventAccess {
  /**
   * Attaches the recording link and materials. The first time there is something (a recording or materials), the
   * confirmed registrants are told: in the inbox (users) and by e-mail (users who have not turned the type off,
   * and guests). The mail links to the event page, never to the organiser's link itself. Later edits tell nobody.
   */
  async attachMaterials(eventId: string, recordingUrl: string | null | undefined, materials: string | null | undefined): Promise<Event> {
    return this.write(async (tx, changes, mails) => {
      const event = await this.managed(tx, eventId);
      if (!takesMaterials(event)) throw new ConflictError('event/not_published');
      if (recordingUrl != null) event.recordingUrl = recordingUrl.trim() ? checkUrl('recordingUrl', recordingUrl) : null;
      if (materials != null) {
        if (materials.length > 20_000) throw UserInputError.field('materials', 'event/materials_length');
        event.materials = materials;
        event.materialsHtml = renderMarkdown(materials);
      }
      if (!event.materialsNotifiedAt && (event.recordingUrl || event.materials.trim())) {
        event.materialsNotifiedAt = new Date();
        const regs = await tx.find(Registration, { event, status: RegistrationStatus.CONFIRMED }, { populate: ['user'] });
        const told = await notify(tx, regs.flatMap((r) => (r.user ? [r.user.id] : [])), NotificationType.EVENT_MATERIALS, { eventId: event.id, title: event.title, startsAt: event.startsAt.toISOString() });
        changes.push(...told);
        const inbox = new Set(told.map((c) => c.topic));
        const link = `${this.ctx.config.publicUrl}/arrangementer/${event.id}`;
        for (const r of regs) {
          if (r.user && !inbox.has(userTopic(r.user.id))) continue;
          mails.push(renderMail('eventMaterials', language(r), recipient(r), { event: event.title, when: osloReadable(event.startsAt), link }));
        }
      }
      changes.push(eventUpdated(event));
      return event;
    });
  }
}
