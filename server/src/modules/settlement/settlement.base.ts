import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { authorize } from '../../common/auth/policies.js';
import type { NewChange } from '../../common/change-feed/topics.js';
import { writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import type { MailMessage } from '../../common/mail/mailer.js';
import { renderMail } from '../../common/mail/templates.js';
import type { Context } from '../../context.js';
import { Language } from '../accounts/user.entity.js';
import type { NotificationData, NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { SettlementYear } from './settlement.entity.js';
import { canSettlement, settlementStanding, type SettlementStanding } from './settlement.policy.js';

/** Where a year's changes are announced (the topic map, common/change-feed/topics.ts, says what each carries): the
 * survey tracker (county staff), the board (staff and agencies), the numbers and progress (everyone who may read
 * them). Split so that each subscriber runs only its own updates. */
export { settlementTopics } from '../../common/change-feed/topics.js';

/** The presence room of a year's allocation board (who looks at which row); short-lived, never stored. */
export const boardPresenceRoom = (yearId: string) => `settlement-board-${yearId}`;

/** The services of the settlement module share how they find years and municipalities and who is asking. */
export abstract class SettlementBase {
  constructor(protected readonly ctx: Context) {}

  protected get viewer() {
    return this.ctx.viewer;
  }

  standing(): Promise<SettlementStanding> {
    return settlementStanding(this.ctx);
  }

  protected actor() {
    const u = this.viewer.user;
    return u ? { id: u.id, name: u.name } : null;
  }

  protected write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  /** A year as the viewer may see it (NOT_FOUND otherwise, whether or not it exists); `lock` locks its row. */
  async year(id: string, em: EntityManager = this.ctx.em, lock?: LockMode): Promise<SettlementYear> {
    const year = isUuid(id) ? await em.findOne(SettlementYear, { id }, lock ? { lockMode: lock } : {}) : null;
    if (!year || !canSettlement.readYear(this.viewer, await this.standing(), year)) throw new NotFoundError('settlement_year');
    return year;
  }

  /** A year the viewer may read and `allowed` says they may act on (FORBIDDEN otherwise). */
  async yearFor(id: string, allowed: (s: SettlementStanding, y: SettlementYear) => boolean, em: EntityManager = this.ctx.em, lock?: LockMode): Promise<SettlementYear> {
    const year = await this.year(id, em, lock);
    authorize(this.viewer, allowed(await this.standing(), year));
    return year;
  }

  /** A municipality of the year's county, or BAD_USER_INPUT municipality/unknown on `field`. */
  protected async municipalityOf(year: SettlementYear, number: string, em: EntityManager = this.ctx.em, field = 'municipalityNumber'): Promise<Municipality> {
    const m = /^\d{4}$/.test(number) ? await em.findOne(Municipality, { number }) : null;
    if (!m || m.countyNumber !== year.countyNumber) throw UserInputError.field(field, 'municipality/unknown');
    return m;
  }
}

export function countyMunicipalities(em: EntityManager, countyNumber: string): Promise<Municipality[]> {
  return em.find(Municipality, { countyNumber }, { orderBy: { number: 'asc' } });
}

interface Recipient {
  id: string;
  email: string;
  name: string;
  preferred_language: Language | null;
  municipality_number: string;
}

/** The members of the verified municipality organisations serving these municipalities: who answers their survey. */
export async function municipalityPeople(em: EntityManager, numbers: string[]): Promise<Recipient[]> {
  if (!numbers.length) return [];
  return em.getConnection().execute<Recipient[]>(
    `select distinct u.id, u.email, u.name, u.preferred_language, om.municipality_number
       from organisation_municipality om
       join organisation o on o.id = om.organisation_id and o.kind = 'MUNICIPALITY' and o.verification_status = 'VERIFIED'
       join membership m on m.organisation_id = o.id
       join app_user u on u.id = m.user_id
      where om.municipality_number = any(?::text[])
      order by om.municipality_number, u.id`,
    [`{${numbers.join(',')}}`],
    'all',
    em.getTransactionContext(),
  );
}

/** Tells `people` in their inbox and by e-mail, whatever their inbox preference: they have a deadline to meet. */
export async function notifyAndMail(
  em: EntityManager,
  people: { id: string; email: string; preferred_language: Language | null }[],
  type: NotificationType,
  data: NotificationData,
  mail: (language: Language) => { template: 'settlementSurveySent' | 'settlementSurveyReminder' | 'settlementMilestoneReminder'; args: Record<string, string> },
): Promise<{ changes: NewChange[]; mails: MailMessage[] }> {
  const unique = [...new Map(people.map((p) => [p.id, p])).values()];
  const changes = await notify(em, unique.map((p) => p.id), type, data);
  const mails = unique.map((p) => {
    const language = p.preferred_language ?? Language.nb;
    const { template, args } = mail(language);
    return renderMail(template, language, p.email, args as never);
  });
  return { changes, mails };
}

/** A plain "YYYY-MM-DD" that is a real date, or BAD_USER_INPUT validation/date_invalid on `field`. */
export function parseDate(field: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value || Number(m[1]) < 2000 || Number(m[1]) > 2100) throw UserInputError.field(field, 'validation/date_invalid');
  return value;
}
