import express from 'express';
import { cleanText, icsText, osloCalendar } from '../../common/ical.js';
import { isAmbiguousWallClock, OSLO, wallClockDate } from '../../common/time.js';
import type { AppServices } from '../../context.js';
import { isUuid } from '../../common/sql.js';
import { Municipality } from '../reference/municipality.entity.js';
import { Activity, ActivityStatus } from './activity.entity.js';
import { scheduleOf } from './activity.service.js';
import { describeSchedule, firstOccurrence, icalUtc, toRrule, walk, type Schedule } from './schedule.js';

/** Feeds municipal websites can embed (JSON Feed 1.1 and RSS 2.0 per municipality) and an activity's dates as iCal. */
export function activityFeedsRouter(services: AppServices): express.Router {
  const router = express.Router();
  const { orm, config } = services;
  const url = (a: Activity) => `${config.publicUrl}/aktiviteter/${a.id}`;

  const published = async (number: string) => {
    const em = orm.em.fork();
    const municipality = await em.findOne(Municipality, { number });
    if (!municipality) return null;
    const activities = await em.find(Activity, { municipality, status: ActivityStatus.PUBLISHED, hiddenAt: null }, { orderBy: { nextOccurrenceAt: 'asc' }, populate: ['organisation'], limit: 200 });
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
    const a = isUuid(req.params.id) ? await orm.em.fork().findOne(Activity, { id: req.params.id, status: ActivityStatus.PUBLISHED, hiddenAt: null }) : null;
    if (!a) return void res.status(404).type('text/plain').send('Not found');
    const cal = osloCalendar(a.title);
    const s = scheduleOf(a);
    // DTSTART is the first date the rule produces (older rows may start on another); the RRULE is written anew, so
    // rows stored with an older UNTIL are right too.
    const first = firstOccurrence(s);
    if (first) {
      const event = cal.createEvent(cleanText({ id: `${a.id}@samhandling`, start: wallClockDate(`${first.date}T${s.startTime}`), timezone: OSLO, summary: a.title, description: a.description, location: a.address ?? undefined, url: url(a), repeating: [`RRULE:${toRrule(s)}`, ...pinned({ ...s, startDate: first.date })].join('\r\n') }));
      // DURATION, not DTEND: every occurrence lasts the schedule's length in real time, as the API says, also when
      // the first one crosses a change of offset. (ical-generator has no DURATION; an entry of x() given as a pair
      // is written as it is.)
      event.x([['DURATION', `PT${(first.endsAt.getTime() - first.startsAt.getTime()) / 60_000}M`]]);
    }
    res.type('text/calendar; charset=utf-8').send(icsText(cal));
  });

  return router;
}

/** How far ahead occurrences at a skipped or repeated wall-clock time are pinned (an unending rule has one or two a year). */
const PIN_YEARS = 5;

/**
 * EXDATE and RDATE lines that pin each occurrence whose start is skipped or repeated by a change of offset (02:30 on
 * the last Sunday of March or October) to its instant in UTC: readers differ on such times (ical.js takes the second
 * 02:30 in autumn and 01:30 CET in spring, where RFC 5545 §3.3.5 says the first and 03:30 CEST), UTC they all read alike.
 */
function pinned(s: Schedule): string[] {
  const days = Math.ceil((Date.now() - Date.parse(s.startDate)) / 86_400_000) + PIN_YEARS * 366;
  const lines: string[] = [];
  for (const o of walk(s, new Date(0), days)) {
    if (!isAmbiguousWallClock(o.date, s.startTime)) continue;
    lines.push(`EXDATE;TZID=${OSLO}:${o.date.replace(/-/g, '')}T${s.startTime.replace(':', '')}00`, `RDATE:${icalUtc(o.startsAt)}`);
  }
  return lines;
}

function xml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
