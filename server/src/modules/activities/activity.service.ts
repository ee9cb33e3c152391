import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, can } from '../../common/auth/policies.js';
import { frontPageChange } from '../../common/change-feed/topics.js';
import { recordChanges, writeAndRecord, type Work } from '../../common/change-feed/write.js';
import { ConflictError, NotFoundError, UserInputError } from '../../common/errors.js';
import { relatedRowsColumn, rememberRelated } from '../../common/read-model/loaded.js';
import type { Logger } from '../../common/logger.js';
import type { Mailer } from '../../common/mail/mailer.js';
import { renderMail } from '../../common/mail/templates.js';
import { renderMarkdown } from '../../common/markdown.js';
import { decodeCursor, pageInfo } from '../../common/pagination.js';
import { chosenValues, pgArray, viewColumns, viewMapper, Where } from '../../common/read-model/rows.js';
import { normaliseEmail, normaliseLanguages } from '../../common/validation.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Membership, MembershipRole } from '../organisations/membership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Activity, ActivityStatus, STALE_AFTER_DAYS, VolunteerInterest, VolunteerStatus } from './activity.entity.js';
import { acceptsVolunteers, answerOffer, moveActivity } from './activity.states.js';
import type { ActivityFilter, ActivityInput, ScheduleInput } from './activity.inputs.js';
import type { ActivityFacets } from './activity.types.js';
import { SEARCH_TSQUERY_SQL } from '../search/search-query.js';
import { fromRrule, occurrences, toRrule, validateSchedule, withFirstOccurrence, type Schedule, type Weekday } from './schedule.js';
import { assertShown, moderatedByStaff } from '../moderation/hidden.js';

const staleBefore = () => new Date(Date.now() - STALE_AFTER_DAYS * 86_400_000);

export function scheduleOf(a: Activity): Schedule {
  return fromRrule(a.rrule, { startDate: a.startDate, startTime: a.startTime, endTime: a.endTime });
}

/** A schedule as given (ScheduleInput): each weekday once, no end for an empty `until`. */
export function scheduleFromInput(input: ScheduleInput): Schedule {
  return { ...input, weekdays: [...new Set(input.weekdays)] as Weekday[], setPos: input.setPos ?? null, until: input.until || null };
}

export function isStale(a: Activity): boolean {
  return a.lastConfirmedAt < staleBefore();
}

type Facet = keyof ActivityFacets;

export class ActivityService {
  constructor(private readonly ctx: Context) {}

  private get viewer() {
    return this.ctx.viewer;
  }

  /**
   * The public catalogue: published activities with facet counts; stale ones rank below fresh ones. The page's
   * ids, the total and the six facets come back in one statement; then the page's rows in one more.
   */
  async list(filter: ActivityFilter, first: number, after?: string | null) {
    const offset = decodeCursor(after);
    const managing = !!filter.organisationId && isUuid(filter.organisationId) && can.activityManage(this.viewer, filter.organisationId);
    // SQL written out rather than built with knex: building this statement cost more than running it.
    const params: unknown[] = [];
    const where = (except?: Facet) => {
      const w = this.conditions(filter, managing, except);
      params.push(...w.params);
      return w.toString();
    };
    // One instant for both uses of the order, so the page's numbering and its sort agree.
    const stale = staleBefore();
    const order = () => (params.push(stale), '(a.last_confirmed_at < ?) asc, a.next_occurrence_at asc nulls last, a.title asc, a.id asc');
    // Each facet counts with every other filter applied but its own, so choices show what they would give.
    const facet = (except: Facet, column: string) =>
      `(select coalesce(json_agg(json_build_object('value', value, 'count', count) order by count desc, value), '[]')
          from (select ${column} as value, count(*) as count from activity a where ${where(except)} group by 1) f) as "${except}"`;
    const ids = `(select coalesce(json_agg(id order by n), '[]')
                    from (select a.id, row_number() over (order by ${order()}) as n from activity a where ${where()} order by ${order()} limit ${Number(first)} offset ${Number(offset)}) p) as ids`;
    const total = `(select count(*) from activity a where ${where()}) as total`;
    const facets = [facet('municipality', 'a.municipality_number'), facet('category', 'a.category'), facet('language', 'unnest(a.languages)'), facet('targetGroup', 'unnest(a.target_groups)'), facet('weekday', 'unnest(a.weekdays)'), facet('dropIn', 'a.drop_in')];
    const [row] = await this.ctx.em.execute<({ ids: string[]; total: string } & Record<Facet, { value: unknown; count: number }[]>)[]>(`select ${[ids, total, ...facets].join(', ')}`, params);
    // Rows into read-only views (common/read-model/rows.ts), with the cards' organisations, so their fields need no
    // statement; municipalities from the reference cache.
    const em = this.ctx.em;
    const organisation = relatedRowsColumn(em, Organisation, 'x.id = a.organisation_id', 'organisation_rows');
    const rows = row!.ids.length ? await em.execute<{ id: string }[]>(`select ${viewColumns(em, Activity, 'a')}, ${organisation} from activity a where a.id = any(?::uuid[])`, [pgArray(row!.ids)]) : [];
    rememberRelated(this.ctx, Organisation, rows, 'organisation_rows');
    const view = viewMapper(em, Activity);
    const byId = new Map(rows.map((r) => [r.id, view(r)]));
    const nodes = row!.ids.map((id) => byId.get(id)!);
    const totalCount = Number(row!.total);
    const counts = (facet: Facet) => row![facet].map((r) => ({ value: String(r.value), count: r.count }));
    const facetCounts: ActivityFacets = { municipality: counts('municipality'), category: counts('category'), language: counts('language'), targetGroup: counts('targetGroup'), weekday: counts('weekday'), dropIn: counts('dropIn') };
    return { nodes, totalCount, facets: facetCounts, pageInfo: pageInfo(offset, nodes.length, totalCount) };
  }

  private conditions(f: ActivityFilter, managing: boolean, except?: Facet): Where {
    const w = new Where();
    if (managing) w.add(`a.organisation_id = ${w.values([f.organisationId])}`);
    else {
      w.add(`a.status = ${w.values([ActivityStatus.PUBLISHED])}`);
      // Hidden by a moderator (modules/moderation): out of the catalogue.
      w.add('a.hidden_at is null');
      if (f.organisationId) w.add(`a.organisation_id = ${w.values([isUuid(f.organisationId) ? f.organisationId : '00000000-0000-0000-0000-000000000000'])}`);
    }
    // Within a facet any chosen value matches; across facets all must.
    const municipalities = chosenValues(f.municipality, f.municipalities);
    const categories = chosenValues<string>(f.category, f.categories);
    const languages = chosenValues(f.language?.toLowerCase(), f.languages?.map((l) => l.toLowerCase()));
    const targetGroups = chosenValues<string>(f.targetGroup, f.targetGroups);
    const weekdays = chosenValues<string>(f.weekday, f.weekdays);
    if (municipalities.length && except !== 'municipality') w.add(`a.municipality_number = any(${w.array(municipalities, 'text')})`);
    if (categories.length && except !== 'category') w.add(`a.category = any(${w.array(categories, 'text')})`);
    if (languages.length && except !== 'language') w.add(`a.languages && ${w.array(languages, 'text')}`);
    if (targetGroups.length && except !== 'targetGroup') w.add(`a.target_groups && ${w.array(targetGroups, 'text')}`);
    if (weekdays.length && except !== 'weekday') w.add(`a.weekdays && ${w.array(weekdays, 'text')}`);
    if (f.dropIn != null && except !== 'dropIn') w.add(`a.drop_in = ${w.values([f.dropIn])}`);
    if (f.search?.trim()) w.add(`a.search_vector @@ ${SEARCH_TSQUERY_SQL.replace('?', w.values([f.search.trim()]))}`);
    return w;
  }

  async get(id: string, em: EntityManager = this.ctx.em): Promise<Activity> {
    const a = isUuid(id) ? await em.findOne(Activity, { id }) : null;
    if (!a || (a.status !== ActivityStatus.PUBLISHED && !can.activityManage(this.viewer, a.organisation.id))) throw new NotFoundError('activity');
    await assertShown(this.ctx, moderatedByStaff(a));
    return a;
  }

  async create(input: ActivityInput): Promise<Activity> {
    const user = this.viewer.requireUser();
    const org = input.organisationId && isUuid(input.organisationId) ? await this.ctx.em.findOne(Organisation, { id: input.organisationId }) : null;
    if (!org) throw UserInputError.field('organisationId', 'organisation/not_found');
    authorize(this.viewer, can.activityManage(this.viewer, org.id));
    if (!input.title?.trim()) throw UserInputError.field('title', 'activity/title_length');
    if (!input.category) throw UserInputError.field('category', 'activity/category_required');
    if (!input.municipalityNumber) throw UserInputError.field('municipalityNumber', 'activity/municipality_required');
    if (!input.schedule) throw UserInputError.field('schedule', 'activity/schedule_required');
    const activity = this.ctx.em.create(Activity, {
      organisation: org,
      title: '',
      category: input.category,
      municipality: this.ctx.em.getReference(Municipality, input.municipalityNumber),
      rrule: '',
      startDate: '',
      startTime: '',
      endTime: '',
      status: ActivityStatus.DRAFT,
      createdBy: this.ctx.em.getReference(User, user.id),
    });
    try {
      await this.apply(activity, input);
    } catch (e) {
      this.ctx.em.clear(); // nothing half-made is flushed later in this operation
      throw e;
    }
    await this.ctx.em.flush();
    return activity;
  }

  async update(id: string, input: ActivityInput): Promise<Activity> {
    const activity = await this.get(id);
    authorize(this.viewer, can.activityManage(this.viewer, activity.organisation.id));
    await this.apply(activity, input);
    await this.ctx.em.flush();
    return activity;
  }

  async setStatus(id: string, status: ActivityStatus): Promise<Activity> {
    return this.write(async (tx, changes) => {
      const activity = await this.get(id, tx);
      authorize(this.viewer, can.activityManage(this.viewer, activity.organisation.id));
      const wasPublished = activity.status === ActivityStatus.PUBLISHED;
      moveActivity(activity, status);
      if (status === ActivityStatus.PUBLISHED) {
        activity.lastConfirmedAt = new Date();
        activity.nextOccurrenceAt = occurrences(scheduleOf(activity), new Date(), 1)[0]?.startsAt ?? null;
      }
      // Coming into the catalogue or leaving it changes the front page's "new activities".
      if (wasPublished !== (status === ActivityStatus.PUBLISHED)) changes.push(frontPageChange('activity', activity.id));
      return activity;
    });
  }

  /** "Still running": the listing counts as fresh for another 180 days. */
  async confirm(id: string): Promise<Activity> {
    const activity = await this.get(id);
    authorize(this.viewer, can.activityManage(this.viewer, activity.organisation.id));
    activity.lastConfirmedAt = new Date();
    activity.staleReminderSentAt = null;
    await this.ctx.em.flush();
    return activity;
  }

  /** A volunteer offers to help; the organisation's admins hear of it in their inbox. */
  async volunteer(activityId: string, message: string): Promise<VolunteerInterest> {
    const user = this.viewer.requireUser();
    authorize(this.viewer, can.activityVolunteer(this.viewer), 'auth/email_not_verified');
    if (message.length > 2000) throw UserInputError.field('message', 'activity/message_length');
    return this.write(async (tx, changes) => {
      const activity = await this.get(activityId, tx);
      if (!acceptsVolunteers(activity)) throw new ConflictError('activity/not_published');
      if (await tx.count(VolunteerInterest, { activity, user: user.id, status: VolunteerStatus.PENDING })) throw new ConflictError('activity/already_offered');
      const interest = tx.create(VolunteerInterest, { activity, user: tx.getReference(User, user.id), message: message.trim() });
      const admins = await orgAdmins(tx, activity.organisation.id);
      changes.push(...(await notify(tx, admins, NotificationType.VOLUNTEER_INTEREST, { activityId: activity.id, title: activity.title, actorName: user.name, excerpt: message.slice(0, 140) })));
      return interest;
    });
  }

  async answerVolunteer(id: string, accepted: boolean): Promise<VolunteerInterest> {
    return this.write(async (tx, changes) => {
      const interest = isUuid(id) ? await tx.findOne(VolunteerInterest, { id }, { populate: ['activity'] }) : null;
      if (!interest) throw new NotFoundError('volunteer_interest');
      authorize(this.viewer, can.activityManage(this.viewer, interest.activity.organisation.id));
      answerOffer(interest, accepted ? 'accept' : 'decline');
      interest.answeredAt = new Date();
      const org = await tx.findOneOrFail(Organisation, { id: interest.activity.organisation.id });
      changes.push(...(await notify(tx, [interest.user.id], NotificationType.VOLUNTEER_ANSWERED, { activityId: interest.activity.id, title: interest.activity.title, actorName: org.name, accepted })));
      return interest;
    });
  }

  interests(activity: Activity): Promise<VolunteerInterest[]> {
    // By id: the catalogue hands over plain rows (views), which are no entity to compare with.
    return this.ctx.em.find(VolunteerInterest, { activity: activity.id }, { orderBy: { createdAt: 'desc' }, populate: ['user'] });
  }

  private write<T>(work: Work<T>): Promise<T> {
    return writeAndRecord(this.ctx, work);
  }

  /** Applies and checks the given fields; the schedule must produce at least one date. */
  private async apply(a: Activity, input: ActivityInput): Promise<void> {
    if (input.title != null) a.title = input.title.trim();
    if (a.title.length < 3) throw UserInputError.field('title', 'activity/title_length');
    if (input.description != null) {
      a.description = input.description;
      a.descriptionHtml = renderMarkdown(input.description);
    }
    if (input.category) a.category = input.category;
    if (input.municipalityNumber != null) {
      const m = await this.ctx.em.findOne(Municipality, { number: input.municipalityNumber });
      if (!m) throw UserInputError.field('municipalityNumber', 'municipality/unknown');
      a.municipality = m;
    }
    if (input.address != null) a.address = input.address.trim() || null;
    if (input.schedule) {
      const given = scheduleFromInput(input.schedule);
      validateSchedule(given);
      const s = withFirstOccurrence(given); // DTSTART in iCal: a date the rule produces
      a.rrule = toRrule(s);
      a.startDate = s.startDate;
      a.startTime = s.startTime;
      a.endTime = s.endTime;
      a.weekdays = s.weekdays;
      a.nextOccurrenceAt = occurrences(s, new Date(), 1)[0]?.startsAt ?? null;
    }
    if (input.dropIn != null) a.dropIn = input.dropIn;
    if (input.languages != null) a.languages = normaliseLanguages('languages', input.languages);
    if (input.targetGroups != null) a.targetGroups = [...new Set(input.targetGroups)];
    if (input.ageMin !== undefined) a.ageMin = input.ageMin;
    if (input.ageMax !== undefined) a.ageMax = input.ageMax;
    if (a.ageMin != null && a.ageMax != null && a.ageMax < a.ageMin) throw UserInputError.field('ageMax', 'activity/age_range_invalid');
    if (input.free != null) a.free = input.free;
    if (input.cost != null) a.cost = input.cost.trim() || null;
    if (input.accessibility != null) a.accessibility = input.accessibility.trim() || null;
    if (input.contactName != null) a.contactName = input.contactName.trim() || null;
    if (input.contactEmail != null) a.contactEmail = input.contactEmail.trim() ? normaliseEmail('contactEmail', input.contactEmail) : null;
    if (input.contactPhone != null) {
      const phone = input.contactPhone.trim();
      if (phone && !/^\+?[\d\s()-]{5,20}$/.test(phone)) throw UserInputError.field('contactPhone', 'organisation/phone_invalid');
      a.contactPhone = phone || null;
    }
  }
}

async function orgAdmins(em: EntityManager, organisationId: string): Promise<string[]> {
  const admins = await em.find(Membership, { organisation: organisationId, role: MembershipRole.ADMIN });
  return admins.map((m) => m.user.id);
}

/**
 * Upkeep, run now and then by every process (idempotent): move next-occurrence times forward, remind
 * organisations of listings not confirmed for 180 days (inbox and e-mail, at most monthly), and remind of
 * volunteer offers unanswered for 3 days.
 */
export async function activityUpkeep(opts: { em: EntityManager; mailer: Mailer; logger: Logger; publicUrl: string; now?: Date }): Promise<{ refreshed: number; staleReminded: number; volunteerReminded: number }> {
  const now = opts.now ?? new Date();
  const em = opts.em;
  const due = await em.find(Activity, { status: ActivityStatus.PUBLISHED, $or: [{ nextOccurrenceAt: null }, { nextOccurrenceAt: { $lt: now } }] });
  for (const a of due) a.nextOccurrenceAt = occurrences(scheduleOf(a), now, 1)[0]?.startsAt ?? null;
  await em.flush();

  let staleReminded = 0;
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000);
  const stale = await em.find(Activity, {
    status: ActivityStatus.PUBLISHED,
    lastConfirmedAt: { $lt: new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000) },
    $or: [{ staleReminderSentAt: null }, { staleReminderSentAt: { $lt: monthAgo } }],
  });
  for (const a of stale) {
    await em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const activity = await tx.findOneOrFail(Activity, { id: a.id });
      activity.staleReminderSentAt = now;
      const admins = await tx.find(Membership, { organisation: activity.organisation.id, role: MembershipRole.ADMIN }, { populate: ['user'] });
      const changes = await notify(tx, admins.map((m) => m.user.id), NotificationType.ACTIVITY_STALE, { activityId: activity.id, title: activity.title });
      await tx.flush();
      await recordChanges(tx, changes);
      for (const { user } of admins) {
        await opts.mailer.send(renderMail('activityStale', user.preferredLanguage, user.email, { activity: activity.title, link: `${opts.publicUrl}/aktiviteter/${activity.id}` })).catch((err) => opts.logger.error({ err }, 'stale reminder mail failed'));
      }
    });
    staleReminded++;
  }

  let volunteerReminded = 0;
  const pending = await em.find(VolunteerInterest, { status: VolunteerStatus.PENDING, reminderSentAt: null, createdAt: { $lt: new Date(now.getTime() - 3 * 86_400_000) } }, { populate: ['activity', 'user'] });
  for (const interest of pending) {
    await em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const fresh = await tx.findOneOrFail(VolunteerInterest, { id: interest.id });
      fresh.reminderSentAt = now;
      const changes = await notify(tx, await orgAdmins(tx, interest.activity.organisation.id), NotificationType.VOLUNTEER_INTEREST, { activityId: interest.activity.id, title: interest.activity.title, actorName: interest.user.name, excerpt: interest.message.slice(0, 140) });
      await tx.flush();
      await recordChanges(tx, changes);
    });
    volunteerReminded++;
  }
  return { refreshed: due.length, staleReminded, volunteerReminded };
}
