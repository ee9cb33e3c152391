import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Mailer, MailMessage } from '../../common/mail/mailer.js';
import { renderMail } from '../../common/mail/templates.js';
import { OSLO } from '../../common/time.js';
import { Language } from '../accounts/user.entity.js';
import { AttendanceMode, Event, EventMode, EventStatus, Registration, RegistrationStatus } from './event.entity.js';
import { guestManageToken, meetingUrlFor, releaseReservedSeats } from './registration.service.js';

/**
 * Reminders: a day before the start every confirmed registrant gets an e-mail with the date and time in Oslo time,
 * the place or their meeting link, and how to cancel; an hour before, those taking part online get one more (with
 * the link). The organisers can turn them off per event (`Event.remindersEnabled`). The frequent job (jobs/index.ts) calls
 * `sendEventReminders` every few minutes on every server process: each event's reminders are claimed by one
 * transaction (the row lock and the `reminder…SentAt` mark), so they go out once.
 */
export const REMINDERS = {
  /** The day-before reminder goes out once the start is this close … */
  dayBeforeMs: 24 * 3_600_000,
  /** … but not when it is already this close (the hour reminder, or nothing, is better then). */
  notWithinMs: 2 * 3_600_000,
  /** The online reminder goes out once the start is this close. */
  hourBeforeMs: 3_600_000,
};

type Which = 'day' | 'hour';
const MARK = { day: 'reminderDaySentAt', hour: 'reminderHourSentAt' } as const;

/** What the reminders need of the server: where mail goes, the address and the key of guests' links. */
export interface ReminderServices {
  mailer: Mailer;
  publicUrl: string;
  sessionSecret: string;
}

/** Queues the reminders that are due (in the transaction that claims them); returns how many. */
export async function sendEventReminders(em: EntityManager, services: ReminderServices, now = new Date()): Promise<number> {
  let sent = 0;
  for (const which of ['day', 'hour'] as const) {
    for (const { id } of await dueEvents(em, which, now)) {
      sent += await em.transactional(async (txEm) => {
        const tx = txEm as EntityManager;
        // Waits for a process claiming the same event; the mark it set then keeps this one out.
        const event = await tx.findOne(Event, { id, [MARK[which]]: null }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        // Another process took it, or it changed meanwhile.
        if (!event || !isDue(event, which, now)) return 0;
        event[MARK[which]] = now;
        const online = which === 'hour';
        const regs = await tx.find(
          Registration,
          { event, status: RegistrationStatus.CONFIRMED, ...(online && event.mode === EventMode.HYBRID ? { attendance: AttendanceMode.ONLINE } : {}) },
          { populate: ['user'], orderBy: { seq: 'asc' } },
        );
        for (const r of regs) await services.mailer.send(reminderMail(services, event, r, which), tx);
        return regs.length;
      });
    }
  }
  return sent;
}

function dueEvents(em: EntityManager, which: Which, now: Date): Promise<Pick<Event, 'id'>[]> {
  const until = new Date(now.getTime() + (which === 'day' ? REMINDERS.dayBeforeMs : REMINDERS.hourBeforeMs));
  const from = which === 'day' ? new Date(now.getTime() + REMINDERS.notWithinMs) : now;
  return em.find(
    Event,
    {
      status: EventStatus.PUBLISHED,
      remindersEnabled: true,
      registrationRequired: true,
      externalRegistrationUrl: null,
      [MARK[which]]: null,
      startsAt: { $gt: from, $lte: until },
      ...(which === 'hour' ? { mode: { $in: [EventMode.ONLINE, EventMode.HYBRID] } } : {}),
    },
    { fields: ['id'] },
  );
}

function isDue(event: Event, which: Which, now: Date): boolean {
  const left = event.startsAt.getTime() - now.getTime();
  if (event.status !== EventStatus.PUBLISHED || !event.remindersEnabled || !event.registrationRequired || event.externalRegistrationUrl) return false;
  return which === 'day' ? left > REMINDERS.notWithinMs && left <= REMINDERS.dayBeforeMs : event.mode !== EventMode.IN_PERSON && left > 0 && left <= REMINDERS.hourBeforeMs;
}

const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const TIME_WORDS: Record<Language, string> = { nb: 'norsk tid', nn: 'norsk tid', en: 'Norwegian time' };

/** "tirsdag 10. februar 2027 kl. 09:00–11:00 (norsk tid)": the event's time in Oslo, in the reader's language. */
export function osloWhen(start: Date, end: Date, language: Language): string {
  const locale = LOCALES[language] ?? LOCALES.nb;
  const day = new Intl.DateTimeFormat(locale, { timeZone: OSLO, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: OSLO, hour: '2-digit', minute: '2-digit', hour12: false });
  const sameDay = day.format(start) === day.format(end);
  const span = sameDay ? `${time.format(start)}–${time.format(end)}` : `${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
  return `${day.format(start)} ${language === Language.en ? '' : 'kl. '}${span} (${TIME_WORDS[language] ?? TIME_WORDS.nb})`;
}

function reminderMail(services: ReminderServices, event: Event, r: Registration, which: Which): MailMessage {
  const language = r.user?.preferredLanguage ?? r.guestLanguage ?? Language.nb;
  const page = `${services.publicUrl}/arrangementer/${event.id}`;
  const online = event.mode === EventMode.ONLINE || (event.mode === EventMode.HYBRID && r.attendance === AttendanceMode.ONLINE);
  return renderMail('eventReminder', language, r.user?.email ?? r.guestEmail!, {
    event: event.title,
    when: osloWhen(event.startsAt, event.endsAt, language),
    place: online ? null : [event.venueName, event.venueAddress].filter(Boolean).join(', ') || null,
    meetingLink: online ? meetingUrlFor(event, { registration: r }) : null,
    pageLink: page,
    cancelLink: r.user ? page : `${services.publicUrl}/pamelding?token=${encodeURIComponent(guestManageToken(services.sessionSecret, r.id))}`,
    guest: !r.user,
    soon: which === 'hour',
  });
}

/** The frequent event jobs: reminders that are due, and reserved seats whose date has passed. */
export async function runEventJobs(em: EntityManager, services: ReminderServices, now = new Date()): Promise<{ reminders: number; released: number }> {
  const reminders = await sendEventReminders(em, services, now);
  const released = await releaseReservedSeats(em.fork() as EntityManager, services, now);
  return { reminders, released };
}
