import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.js';
import { fetchCalendar } from '../../../test/ical.js';
import { testServerForFile } from '../../../test/test-server.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Topic } from '../reference/topic.entity.js';
import { Event, EventKind, EventMode, EventStatus } from './event.entity.js';

const server = testServerForFile();
const make = factories(server);

const Y = new Date().getFullYear() + 1;
/** The last Sunday of October of Y: 02:00–03:00 happens twice in Oslo that night. */
const autumnChange = (() => {
  const d = new Date(Date.UTC(Y, 10, 0));
  return new Date(d.getTime() - d.getUTCDay() * 86_400_000).toISOString().slice(0, 10);
})();

/** An event written straight into the database, past any input checks (the feed must be safe whatever is stored). */
async function event(org: Organisation, fields: Partial<Pick<Event, 'title' | 'description' | 'venueName' | 'venueAddress' | 'startsAt' | 'endsAt'>> & { topic?: string } = {}): Promise<Event> {
  const em = server.orm.em.fork() as EntityManager;
  const e = em.create(Event, {
    organisation: em.getReference(Organisation, org.id),
    title: 'Fagdag',
    kind: EventKind.SEMINAR,
    mode: EventMode.IN_PERSON,
    startsAt: new Date(`${Y}-07-01T07:00:00Z`),
    endsAt: new Date(`${Y}-07-01T08:30:00Z`),
    status: EventStatus.PUBLISHED,
    ...fields,
  });
  if (fields.topic) e.topics.set([em.getReference(Topic, fields.topic)]);
  await em.flush();
  return e;
}

const INJECTION = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:injisert@example.no\r\nDTSTART:20300101T000000Z\r\nSUMMARY:Injisert\r\nEND:VEVENT\r\nBEGIN:VEVENT';

describe('event calendars, read by ical.js', () => {
  it('are RFC 5545: DTSTAMP and LAST-MODIFIED in UTC, CRLF to the last line, Oslo times with their VTIMEZONE', async () => {
    const org = await make.organisation();
    const summer = await event(org, { title: 'Sommermøte', topic: 'interpreting' });
    const winter = await event(org, { title: 'Vintermøte', startsAt: new Date(`${Y}-01-14T08:00:00Z`), endsAt: new Date(`${Y}-01-14T09:00:00Z`) });
    const user = await make.user();
    const cookie = await make.cookieFor(user);
    await server.gql(`mutation($id: ID!) { eventRegister(eventId: $id) { status } }`, { id: summer.id }, { cookie });
    const me = await server.gql<{ viewer: { calendarFeedUrl: string } }>(`{ viewer { calendarFeedUrl } }`, {}, { cookie });

    const single = await fetchCalendar(`${server.url}/kalender/arrangementer/${summer.id}.ics`);
    expect(single.text).toContain(`DTSTART;TZID=Europe/Oslo:${Y}0701T090000\r\n`);
    expect(single.text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(single.text).toMatch(/\r\nLAST-MODIFIED:\d{8}T\d{6}Z\r\n/);
    const org_ = await fetchCalendar(`${server.url}/kalender/organisasjoner/${org.id}.ics`);
    expect(org_.events.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      ['Vintermøte', winter.startsAt.toISOString(), winter.endsAt.toISOString()],
      ['Sommermøte', summer.startsAt.toISOString(), summer.endsAt.toISOString()],
    ]);
    for (const url of [`${server.url}/kalender/arrangementer.ics`, `${server.url}/kalender/tema/interpreting.ics`, me.data!.viewer.calendarFeedUrl.replace(server.config.publicUrl, server.url)]) {
      const feed = await fetchCalendar(url); // checks line ends, stamps and time zones of every event
      expect(feed.events.map((e) => e.uid)).toContain(`${summer.id}@samhandling`);
    }
  });

  it('a title or organisation name with CR/LF cannot add events or properties: the feed holds exactly the stored events', async () => {
    const org = await make.organisation({ name: `Org\r\nBEGIN:VEVENT\r\nUID:injisert@example.no\r\nDTSTART:20300101T000000Z\r\nSUMMARY:Injisert\r\nEND:VEVENT` });
    const bad = await event(org, { title: INJECTION, description: 'Linje 1\r\nLinje 2\u0007; med, tegn', venueName: 'Sal\r\nEND:VEVENT', venueAddress: 'Gate 1' });
    const plain = await event(org, { title: 'Vanlig' });

    const single = await fetchCalendar(`${server.url}/kalender/arrangementer/${bad.id}.ics`);
    expect(single.events.map((e) => e.uid)).toEqual([`${bad.id}@samhandling`]);
    const flat = 'x END:VEVENT BEGIN:VEVENT UID:injisert@example.no DTSTART:20300101T000000Z SUMMARY:Injisert END:VEVENT BEGIN:VEVENT';
    expect(single.events[0]!.summary).toBe(flat);
    expect(single.events[0]!.description).toBe('Linje 1\nLinje 2; med, tegn');
    expect(single.events[0]!.location).toBe('Sal END:VEVENT, Gate 1');
    expect(single.calendar.getAllProperties().map((p) => p.name).sort()).toEqual(['name', 'prodid', 'version', 'x-wr-calname']);
    expect(single.calendar.getFirstPropertyValue('name')).toBe(flat);
    expect(single.calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtimezone', 'vevent']);

    const byOrg = await fetchCalendar(`${server.url}/kalender/organisasjoner/${org.id}.ics`);
    expect(byOrg.events.map((e) => e.uid).sort()).toEqual([`${bad.id}@samhandling`, `${plain.id}@samhandling`].sort());
    expect(byOrg.calendar.getAllProperties().map((p) => p.name).sort()).toEqual(['name', 'prodid', 'version', 'x-wr-calname']);
    expect(byOrg.calendar.getFirstPropertyValue('name')).toBe('Org BEGIN:VEVENT UID:injisert@example.no DTSTART:20300101T000000Z SUMMARY:Injisert END:VEVENT');
  });

  it('writes a time the autumn change repeats in UTC, so both 02:30s are read as the instants stored', async () => {
    const org = await make.organisation();
    // 00:30Z is 02:30 CEST (the first 02:30), 01:30Z is 02:30 CET (the second).
    const first = await event(org, { title: 'Første', startsAt: new Date(`${autumnChange}T00:30:00Z`), endsAt: new Date(`${autumnChange}T01:15:00Z`) });
    const second = await event(org, { title: 'Andre', startsAt: new Date(`${autumnChange}T01:30:00Z`), endsAt: new Date(`${autumnChange}T02:15:00Z`) });
    const feed = await fetchCalendar(`${server.url}/kalender/organisasjoner/${org.id}.ics`);
    expect(feed.events.map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()])).toEqual([
      ['Første', first.startsAt.toISOString(), first.endsAt.toISOString()],
      ['Andre', second.startsAt.toISOString(), second.endsAt.toISOString()],
    ]);
    expect(feed.text).toContain(`DTSTART:${autumnChange.replace(/-/g, '')}T003000Z`);
  });
});
