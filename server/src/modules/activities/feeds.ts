import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import express from 'express';
import ical from 'ical-generator';
import { OSLO, wallClockDate } from '../../common/time.js';
import type { AppServices } from '../../context.js';
import { isUuid } from '../organisations/organisation.service.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Activity, ActivityStatus } from './activity.entity.js';
import { scheduleOf } from './activity.service.js';
import { describeSchedule, occurrences } from './schedule.js';

/** Feeds municipal websites can embed (JSON Feed 1.1 and RSS 2.0 per municipality) and an activity's dates as iCal. */
export function activityFeedsRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { orm, config } = services;
  const url = (a: Activity) => `${config.publicUrl}/aktiviteter/${a.id}`;

  const published = async (number: string) => {
    const em = orm.em.fork();
    const municipality = await em.findOne(Municipality, { number });
    if (!municipality) return null;
    const activities = await em.find(Activity, { municipality, status: ActivityStatus.PUBLISHED }, { orderBy: { nextOccurrenceAt: 'asc' }, populate: ['organisation'], limit: 200 });
    return { municipality, activities };
  };

  router.get('/feeds/kommuner/:number/aktiviteter.json', async (req, res) => {
    const found = await published(req.params.number);
    if (!found) return void res.status(404).json({ error: 'unknown municipality' });
    res.setHeader('Access-Control-Allow-Origin', '*'); // for embedding on the municipality's own site
    res.type('application/feed+json').json({
      version: 'https://jsonfeed.org/version/1.1',
      title: `Aktiviteter for nye innbyggere i ${found.municipality.name}`,
      home_page_url: `${config.publicUrl}/aktiviteter?kommune=${found.municipality.number}`,
      feed_url: `${config.publicUrl}/feeds/kommuner/${found.municipality.number}/aktiviteter.json`,
      language: 'nb',
      items: found.activities.map((a) => ({
        id: a.id,
        url: url(a),
        title: a.title,
        content_html: a.descriptionHtml,
        summary: describeSchedule(scheduleOf(a), 'nb'),
        date_modified: a.lastConfirmedAt.toISOString(),
        authors: [{ name: a.organisation.name }],
        tags: [a.category, ...a.languages],
        _samhandling: { category: a.category, address: a.address, next_occurrence: a.nextOccurrenceAt?.toISOString() ?? null, drop_in: a.dropIn, languages: a.languages, target_groups: a.targetGroups },
      })),
    });
  });

  router.get('/feeds/kommuner/:number/aktiviteter.rss', async (req, res) => {
    const found = await published(req.params.number);
    if (!found) return void res.status(404).type('text/plain').send('Not found');
    const items = found.activities
      .map((a) => `<item><title>${xml(a.title)}</title><link>${xml(url(a))}</link><guid isPermaLink="false">${a.id}</guid><description>${xml(`${describeSchedule(scheduleOf(a), 'nb')}. ${a.description}`)}</description><pubDate>${a.lastConfirmedAt.toUTCString()}</pubDate></item>`)
      .join('');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('application/rss+xml; charset=utf-8').send(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(`Aktiviteter i ${found.municipality.name}`)}</title><link>${xml(`${config.publicUrl}/aktiviteter?kommune=${found.municipality.number}`)}</link><description>${xml('Frivillige aktiviteter for nye innbyggere')}</description><language>nb</language>${items}</channel></rss>`,
    );
  });

  router.get('/kalender/aktiviteter/:id.ics', async (req, res) => {
    const a = isUuid(req.params.id) ? await orm.em.fork().findOne(Activity, { id: req.params.id, status: ActivityStatus.PUBLISHED }) : null;
    if (!a) return void res.status(404).type('text/plain').send('Not found');
    const cal = ical({ name: a.title, prodId: { company: 'Samhandling', product: 'samhandling', language: 'NB' }, timezone: { name: OSLO, generator: getVtimezoneComponent } });
    const first = occurrences({ ...scheduleOf(a) }, new Date(`${a.startDate}T00:00:00Z`), 1)[0];
    if (first) {
      cal.createEvent({ id: `${a.id}@samhandling`, start: wallClockDate(`${a.startDate}T${a.startTime}`), end: wallClockDate(`${a.startDate}T${a.endTime}`), timezone: OSLO, summary: a.title, description: a.description, location: a.address ?? undefined, url: url(a), repeating: `RRULE:${a.rrule}` });
    }
    res.type('text/calendar; charset=utf-8').send(cal.toString());
  });

  return router;
}

function xml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
