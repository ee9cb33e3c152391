import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { authorize } from '../../common/auth/policies.js';
import { checkInTopic } from '../../common/change-feed/topics.js';
import { writeAndRecord } from '../../common/change-feed/write.js';
import { NotFoundError, UserInputError } from '../../common/errors.js';
import { pgArray } from '../../common/read-model/rows.js';
import type { Context } from '../../context.js';
import { User } from '../accounts/user.entity.js';
import { OrganisationKind } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { CheckIn, Event, EventStatus, Registration, RegistrationStatus } from './event.entity.js';
import { assertCheckIn } from './check-in.states.js';
import { managesEvent } from './event.access.js';
import { osloDate } from './event.service.js';

/** The organisers' live check-in topic (common/change-feed/topics.ts): not the public `event/<id>` one, whose subscribers may not learn who came. */
export { checkInTopic };

@ObjectType({ description: 'Confirmed registrants and whether they came.' })
export class AttendanceCount {
  @Field(() => Int, { description: 'Confirmed registrations.' }) registered!: number;
  @Field(() => Int, { description: 'Marked as come.' }) attended!: number;
  @Field(() => Int, { description: 'Marked as not come.' }) noShow!: number;
  @Field(() => Int, { description: 'Not marked.' }) notMarked!: number;
}

@ObjectType({ description: 'Attendance of registrants from one kind of organisation.' })
export class AttendanceByKind extends AttendanceCount {
  @Field(() => OrganisationKind, { nullable: true, description: 'The kind of the organisation they came for; null: none given (guests, people on their own).' }) kind!: OrganisationKind | null;
}

@ObjectType({ description: 'Attendance of registrants from one municipality.' })
export class AttendanceByMunicipality extends AttendanceCount {
  @Field(() => Municipality, { nullable: true, description: 'The municipality they work in or come from; null: not given.' }) municipality!: Municipality | null;
}

@ObjectType({ description: "Attendance figures for the county's reporting: totals, by organisation kind and by municipality." })
export class AttendanceFigures {
  @Field(() => Int, { description: 'How many events the figures cover.' }) events!: number;
  @Field(() => AttendanceCount, { description: 'All confirmed registrants.' }) total!: AttendanceCount;
  @Field(() => [AttendanceByKind], { description: 'By the kind of organisation registrants came for, largest first.' }) byOrganisationKind!: AttendanceByKind[];
  @Field(() => [AttendanceByMunicipality], { description: 'By municipality, largest first.' }) byMunicipality!: AttendanceByMunicipality[];
}

type CountRow = { key: string | null; registered: number; attended: number; no_show: number };
const counts = (r: CountRow): AttendanceCount => ({ registered: r.registered, attended: r.attended, noShow: r.no_show, notMarked: r.registered - r.attended - r.no_show });

/**
 * Check-in at the door and the attendance figures. Marks are made by the event's organisers, under the event's row
 * lock (so the counts each mark announces are right however many organisers mark at once), and announced on
 * `checkInTopic` for the other organisers' phones.
 */
export class CheckInService {
  constructor(private readonly ctx: Context) {}

  async mark(registrationId: string, to: CheckIn): Promise<Registration> {
    this.ctx.viewer.requireId();
    return writeAndRecord(this.ctx, async (tx, changes) => {
      const found = isUuid(registrationId) ? await tx.findOne(Registration, { id: registrationId }) : null;
      if (!found) throw new NotFoundError('registration');
      const event = await tx.findOneOrFail(Event, { id: found.event.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (event.status === EventStatus.DRAFT && !managesEvent(this.ctx.viewer, event)) throw new NotFoundError('registration');
      authorize(this.ctx.viewer, managesEvent(this.ctx.viewer, event));
      const r = await tx.findOneOrFail(Registration, { id: registrationId }, { refresh: true, populate: ['user'] });
      assertCheckIn(event, r, to);
      if (r.checkIn === to) return r;
      r.checkIn = to;
      r.checkedInAt = new Date();
      r.checkedInBy = tx.getReference(User, this.ctx.viewer.id!);
      await tx.flush();
      const total = await eventCounts(tx, event.id);
      changes.push({ topic: checkInTopic(event.id), type: 'registration.check_in', payload: { registrationId: r.id, checkIn: to, attended: total.attended, noShow: total.noShow, registered: total.registered } });
      return r;
    });
  }

  /** The figures of one event (its organisers). */
  async forEvent(event: Pick<Event, 'id'>): Promise<AttendanceFigures> {
    return figures(this.ctx.em, 'r.event_id = ?', [event.id]);
  }

  /** The figures of every published event starting between two Oslo dates, inclusive (county staff). */
  async between(from: string, to: string): Promise<AttendanceFigures> {
    const start = osloDate('from', from);
    const end = new Date(osloDate('to', to).getTime() + 86_400_000);
    if (end <= start) throw UserInputError.field('to', 'validation/date_invalid');
    const ids = await this.ctx.em.execute<{ id: string }[]>(`select id from event where status = ? and starts_at >= ? and starts_at < ?`, [EventStatus.PUBLISHED, start, end]);
    return figures(this.ctx.em, 'r.event_id = any(?::uuid[])', [pgArray(ids.map((e) => e.id))], ids.length);
  }
}

export async function eventCounts(em: EntityManager, eventId: string): Promise<AttendanceCount> {
  return (await figures(em, 'r.event_id = ?', [eventId])).total;
}

/** Confirmed registrations of the events `where` picks, counted by check-in, in total, by organisation kind and by municipality: one statement. */
async function figures(em: EntityManager, where: string, params: unknown[], events = 1): Promise<AttendanceFigures> {
  const rows = await em.execute<(CountRow & { grouping: 'total' | 'kind' | 'municipality' })[]>(
    `select case when grouping(o.kind) = 0 then 'kind' when grouping(r.municipality_number) = 0 then 'municipality' else 'total' end as grouping,
            coalesce(o.kind, r.municipality_number) as key,
            count(*)::int as registered,
            (count(*) filter (where r.check_in = ?))::int as attended,
            (count(*) filter (where r.check_in = ?))::int as no_show
       from registration r left join organisation o on o.id = r.organisation_id
      where r.status = ? and ${where}
      group by grouping sets ((), (o.kind), (r.municipality_number))
      order by registered desc, key nulls last`,
    [CheckIn.ATTENDED, CheckIn.NO_SHOW, RegistrationStatus.CONFIRMED, ...params],
  );
  const total = rows.find((r) => r.grouping === 'total');
  const numbers = rows.filter((r) => r.grouping === 'municipality' && r.key).map((r) => r.key!);
  const municipalities = new Map((numbers.length ? await em.find(Municipality, { number: { $in: numbers } }) : []).map((m) => [m.number, m]));
  return {
    events,
    total: total ? counts(total) : { registered: 0, attended: 0, noShow: 0, notMarked: 0 },
    byOrganisationKind: rows.filter((r) => r.grouping === 'kind').map((r) => ({ kind: r.key as OrganisationKind | null, ...counts(r) })),
    byMunicipality: rows.filter((r) => r.grouping === 'municipality').map((r) => ({ municipality: r.key ? (municipalities.get(r.key) ?? null) : null, ...counts(r) })),
  };
}
