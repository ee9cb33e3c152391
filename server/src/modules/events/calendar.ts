import { createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { ICalEventStatus } from 'ical-generator';
import { loadViewer } from '../../common/auth/session.js';
import { cleanText, icsText, osloCalendar, osloEventTimes } from '../../common/ical.js';
import type { AppServices } from '../../context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { isUuid } from '../../common/sql.js';
import { Topic } from '../reference/topic.entity.js';
import { attendeeCsv } from './attendee-csv.js';
import { Event, EventStatus, Registration, RegistrationStatus } from './event.entity.js';
import { managesEvent } from './event.access.js';
import { meetingUrlFor } from './registration.service.js';

/** The personal feed's secret: an HMAC of the user id, so the URL needs no table and works until the secret changes. */
export function calendarFeedToken(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`calendar-feed:${userId}`).digest('base64url').slice(0, 32);
}

export function calendarFeedPath(secret: string, userId: string): string {
  return `/kalender/meg/${userId}/${calendarFeedToken(secret, userId)}.ics`;
}

/** RFC 5545 calendars with Europe/Oslo times (VTIMEZONE included), and the organisers' CSV export. */
export function calendarRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { orm, config } = services;
  const em = () => orm.em.fork();

  // `registrationOf` (the personal feed) gives each event's registration; public feeds show what anyone may see.
  const send = (res: express.Response, name: string, events: Event[], registrationOf?: (e: Event) => Registration | undefined) => {
    const cal = osloCalendar(name);
    for (const e of events) {
      cal.createEvent(cleanText({
        id: `${e.id}@samhandling`,
        ...osloEventTimes(e.startsAt, e.endsAt),
        summary: e.status === EventStatus.CANCELLED ? `AVLYST: ${e.title}` : e.title,
        description: e.description,
        location: [e.venueName, e.venueAddress, meetingUrlFor(e, { registration: registrationOf?.(e) })].filter(Boolean).join(', ') || undefined,
        url: `${config.publicUrl}/arrangementer/${e.id}`,
        status: e.status === EventStatus.CANCELLED ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        lastModified: e.createdAt,
      }));
    }
    res.type('text/calendar; charset=utf-8').setHeader('Content-Disposition', `inline; filename="${name.replace(/[^\w.-]+/g, '-')}.ics"`);
    res.send(icsText(cal));
  };
  const published = { status: { $in: [EventStatus.PUBLISHED, EventStatus.CANCELLED] } };
  const recent = () => ({ endsAt: { $gte: new Date(Date.now() - 90 * 86_400_000) } });

  router.get('/kalender/arrangementer.ics', async (_req, res) => {
    send(res, 'Samhandling – arrangementer', await em().find(Event, { ...published, ...recent() }, { orderBy: { startsAt: 'asc' } }));
  });

  router.get('/kalender/arrangementer/:id.ics', async (req, res) => {
    const event = isUuid(req.params.id) ? await em().findOne(Event, { id: req.params.id, ...published }) : null;
    if (!event) return void res.status(404).type('text/plain').send('Not found');
    send(res, event.title, [event]);
  });

  router.get('/kalender/organisasjoner/:id.ics', async (req, res) => {
    const org = isUuid(req.params.id) ? await em().findOne(Organisation, { id: req.params.id }) : null;
    if (!org) return void res.status(404).type('text/plain').send('Not found');
    send(res, org.name, await em().find(Event, { $or: [{ organisation: org }, { coHostIds: { $contains: [org.id] } }], ...published, ...recent() }, { orderBy: { startsAt: 'asc' } }));
  });

  router.get('/kalender/tema/:slug.ics', async (req, res) => {
    const topic = await em().findOne(Topic, { slug: req.params.slug });
    if (!topic) return void res.status(404).type('text/plain').send('Not found');
    send(res, topic.nameNb, await em().find(Event, { topics: { slug: topic.slug }, ...published, ...recent() }, { orderBy: { startsAt: 'asc' } }));
  });

  router.get('/kalender/meg/:userId/:token.ics', async (req, res) => {
    const { userId, token } = req.params;
    const expected = isUuid(userId) ? calendarFeedToken(config.sessionSecret, userId) : '';
    if (!expected || token.length !== expected.length || !timingSafeEqual(Buffer.from(token), Buffer.from(expected))) {
      return void res.status(404).type('text/plain').send('Not found');
    }
    const regs = await em().find(Registration, { user: userId, status: { $ne: RegistrationStatus.CANCELLED } }, { populate: ['event'] });
    send(res, 'Mine arrangementer', regs.map((r) => r.event).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()), (e) => regs.find((r) => r.event === e));
  });

  router.get('/arrangementer/:id/deltakere.csv', async (req, res) => {
    const e = em();
    const viewer = await loadViewer(e, config.sessionSecret, req.headers.cookie);
    const event = isUuid(req.params.id) ? await e.findOne(Event, { id: req.params.id }) : null;
    if (!event || !managesEvent(viewer, event)) return void res.status(viewer.signedIn ? 403 : 401).type('text/plain').send('Forbidden');
    const regs = await e.find(Registration, { event }, { orderBy: { seq: 'asc' }, populate: ['user'] });
    const csv = attendeeCsv(regs, viewer.user?.preferredLanguage, event.questions);
    res.type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="deltakere-${event.id}.csv"`);
    res.send(csv);
  });

  return router;
}
