import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { expand, fetchCalendar } from '../../../test/ical.js';
import { testServerForFile } from '../../../test/test-server.js';
import { createLogger } from '../../common/logger.js';
import { seedDemoIfEmpty } from '../../seed/demo.js';
import { Activity } from './activity.entity.js';
import { scheduleOf } from './activity.service.js';
import { occurrences } from './schedule.js';

const server = testServerForFile();
let cookie: string;
let orgId: string;
beforeAll(async () => {
  await seedDemoIfEmpty(server.orm, createLogger('silent')); // while the database is empty
  const make = factories(server);
  const admin = await make.user();
  orgId = (await make.organisation({ admins: [admin] })).id;
  cookie = await make.cookieFor(admin);
});

// A whole year ahead, so every date below is still to come and the API's next dates are the activity's first ones.
const Y = new Date().getFullYear() + 1;
const cutoff = new Date(Date.UTC(Y + 1, 0, 1));
/** The last Sunday of a month (1–12) of Y: the days Oslo changes offset in March and October. */
const lastSunday = (month: number) => {
  const d = new Date(Date.UTC(Y, month, 0));
  return addDays(d.toISOString().slice(0, 10), -d.getUTCDay());
};
const addDays = (date: string, n: number) => new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);

type Schedule = { frequency: string; interval: number; weekdays: string[]; setPos?: number; startDate: string; until?: string; startTime: string; endTime: string };
type Created = { id: string; schedule: { startDate: string }; nextOccurrences: { startsAt: string; endsAt: string }[] };

async function activity(title: string, schedule: Schedule): Promise<Created> {
  const res = await server.gql<{ activityCreate: { id: string } }>(`mutation($i: ActivityInput!) { activityCreate(input: $i) { id } }`, { i: { organisationId: orgId, title, category: 'OTHER', municipalityNumber: '4003', schedule } }, { cookie });
  expect(res.errors).toBeUndefined();
  const id = res.data!.activityCreate.id;
  await server.gql(`mutation($id: ID!) { activitySetStatus(id: $id, status: PUBLISHED) { id } }`, { id }, { cookie });
  const read = await server.gql<{ activity: Created }>(`query($id: ID!) { activity(id: $id) { id schedule { startDate } nextOccurrences(count: 10) { startsAt endsAt } } }`, { id });
  return read.data!.activity;
}

/** The API's own dates for the activity (the function its `nextOccurrences` and `nextOccurrenceAt` use) before the cut-off. */
async function apiOccurrences(id: string) {
  const a = await server.orm.em.fork().findOneOrFail(Activity, { id });
  return occurrences(scheduleOf(a), new Date(0), 1000)
    .filter((o) => o.startsAt < cutoff)
    .map((o) => ({ startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString() }));
}

async function feedOf(id: string) {
  const { events, text } = await fetchCalendar(`${server.url}/kalender/aktiviteter/${id}.ics`);
  expect(events).toHaveLength(1);
  return { event: events[0]!, text };
}

describe('an activity’s iCal feed, read by ical.js', () => {
  it('gives exactly the API’s dates over a year with both changes of offset: 02:30 in the spring gap is 03:30 CEST, the repeated 02:30 in autumn is the first', async () => {
    const monthly = await activity('Nattkafé siste søndag', { frequency: 'MONTHLY', interval: 1, weekdays: ['SU'], setPos: -1, startDate: `${Y}-01-01`, startTime: '02:30', endTime: '03:30' });
    const weekly = await activity('Nattkafé hver søndag', { frequency: 'WEEKLY', interval: 1, weekdays: ['SU'], startDate: `${Y}-03-01`, until: lastSunday(11), startTime: '02:30', endTime: '03:30' });
    const mine = await apiOccurrences(monthly.id);
    expect(mine).toHaveLength(12);
    // RFC 5545 §3.3.5 read by the API: 02:30 CET+1 = 01:30Z (03:30 CEST) in March, 02:30 CEST = 00:30Z in October.
    expect(mine).toContainEqual({ startsAt: `${lastSunday(3)}T01:30:00.000Z`, endsAt: `${lastSunday(3)}T02:30:00.000Z` });
    expect(mine).toContainEqual({ startsAt: `${lastSunday(10)}T00:30:00.000Z`, endsAt: `${lastSunday(10)}T01:30:00.000Z` });
    expect(mine[0]!.startsAt).toBe(`${lastSunday(1)}T01:30:00.000Z`); // winter: CET

    for (const a of [monthly, weekly]) {
      const { event, text } = await feedOf(a.id);
      const api = await apiOccurrences(a.id);
      expect(expand(event, cutoff)).toEqual(api);
      // The API's next dates (GraphQL) are the first ten of the same list, the two days of change among them.
      expect(a.nextOccurrences.map((o) => ({ startsAt: new Date(o.startsAt).toISOString(), endsAt: new Date(o.endsAt).toISOString() }))).toEqual(api.slice(0, 10));
      expect(text).toContain(`DTSTART;TZID=Europe/Oslo:${a.schedule.startDate.replace(/-/g, '')}T023000`);
    }
    // Starting on the very night of a change: DTSTART itself is pinned, and DURATION keeps the length.
    for (const [month, instant] of [[3, 'T01:30:00.000Z'], [10, 'T00:30:00.000Z']] as const) {
      const a = await activity(`Nattkafé fra ${month}`, { frequency: 'WEEKLY', interval: 1, weekdays: ['SU'], startDate: lastSunday(month), until: addDays(lastSunday(month), 21), startTime: '02:30', endTime: '03:30' });
      const api = await apiOccurrences(a.id);
      expect(api).toHaveLength(4);
      expect(api[0]!.startsAt).toBe(`${lastSunday(month)}${instant}`);
      expect(expand((await feedOf(a.id)).event, cutoff)).toEqual(api);
    }
    const weeklyDates = await apiOccurrences(weekly.id);
    expect(weeklyDates.map((o) => o.startsAt)).toEqual(expect.arrayContaining([`${lastSunday(3)}T01:30:00.000Z`, `${lastSunday(10)}T00:30:00.000Z`]));
    expect(weeklyDates.at(-1)!.startsAt.slice(0, 10)).toBe(lastSunday(11));
  });

  it('ends on the UNTIL day in summer too (UNTIL is 23:59:59 Oslo summer time in UTC), with no extra date after it', async () => {
    const until = addDays(lastSunday(6), -5); // a Tuesday in June; the rule's next date would be 00:30 the Wednesday after
    const a = await activity('Sen leksehjelp', { frequency: 'WEEKLY', interval: 1, weekdays: ['TU', 'WE'], startDate: `${Y}-06-01`, until, startTime: '00:30', endTime: '01:30' });
    const { event, text } = await feedOf(a.id);
    expect(text).toContain(`UNTIL=${until.replace(/-/g, '')}T215959Z`);
    const api = await apiOccurrences(a.id);
    expect(api.at(-1)!.startsAt).toBe(`${addDays(until, -1)}T22:30:00.000Z`); // 00:30 CEST on the UNTIL day
    expect(expand(event, cutoff)).toEqual(api);
  });

  it('counts weeks from Monday for every other week, and starts on the first date the rule produces', async () => {
    // 1 January is not a Sunday or Monday in most years: the activity starts on the first one its rule gives.
    const a = await activity('Annenhver søndag og mandag', { frequency: 'WEEKLY', interval: 2, weekdays: ['SU', 'MO'], startDate: `${Y}-01-01`, startTime: '18:00', endTime: '20:00' });
    const { event, text } = await feedOf(a.id);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=SU,MO');
    const api = await apiOccurrences(a.id);
    expect(a.schedule.startDate).toBe(api[0]!.startsAt.slice(0, 10));
    expect(expand(event, cutoff)).toEqual(api);
  });

  it('the demo activities start on a date their rule produces (read by ical.js), and the feed’s DTSTART is that date', async () => {
    const res = await server.gql<{ activities: { nodes: { id: string; title: string; schedule: { startDate: string } }[] } }>(`{ activities(first: 50) { nodes { id title schedule { startDate } } } }`);
    const demo = res.data!.activities.nodes.filter((n) => !n.title.startsWith('Nattkafé') && !['Sen leksehjelp', 'Annenhver søndag og mandag'].includes(n.title));
    expect(demo).toHaveLength(22);
    const wrong: string[] = [];
    for (const a of demo) {
      const { event } = await feedOf(a.id);
      expect(event.startDate.toString().slice(0, 10), a.title).toBe(a.schedule.startDate);
      if (!producedByRule(event, a.schedule.startDate)) wrong.push(`${a.title} (${a.schedule.startDate})`);
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * Whether the event's RRULE produces `date`, by ical.js alone: the rule is expanded from a start well before
 * (a whole number of intervals for a weekly rule, so its weeks line up), and that start itself is left out.
 */
function producedByRule(event: ICAL.Event, date: string): boolean {
  const rule = event.component.getFirstPropertyValue('rrule') as ICAL.Recur;
  const earlier = event.startDate.clone();
  earlier.adjust(rule.freq === 'WEEKLY' ? -28 * (rule.interval || 1) : -90, 0, 0, 0);
  const start = earlier.toString();
  const it = rule.iterator(earlier);
  for (let next = it.next(); next; next = it.next()) {
    const day = next.toString().slice(0, 10);
    if (next.toString() === start) continue;
    if (day >= date) return day === date;
  }
  return false;
}
