import type { EntityManager } from '@mikro-orm/postgresql';
import { EventAccess } from './event.access.js';
import { eventUpdated } from './event.changes.js';
import type { Event } from './event.entity.js';
import { ANSWER_RETENTION_DAYS } from './questions.js';

/** The answers to an event's registration questions: deleted by its organisers, or by the hourly job after ANSWER_RETENTION_DAYS. */
export class QuestionsService extends EventAccess {
  /** Deletes the answers to the event's questions now (the organisers; otherwise done 90 days after the event). */
  async deleteAnswers(eventId: string): Promise<Event> {
    return this.write(async (tx, changes) => {
      const event = await this.managed(tx, eventId);
      await tx.execute('update registration set answers = null where event_id = ? and answers is not null', [event.id]);
      event.answersDeletedAt = new Date();
      changes.push(eventUpdated(event));
      return event;
    });
  }
}

/**
 * Deletes the answers of events that ended ANSWER_RETENTION_DAYS ago (the hourly job), in one statement; returns
 * how many events had answers deleted.
 */
export async function deleteExpiredAnswers(em: EntityManager): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `with due as (
       select e.id from event e
        where e.ends_at < now() - make_interval(days => ?)
          and exists (select 1 from registration r where r.event_id = e.id and r.answers is not null)),
     emptied as (update registration r set answers = null from due where r.event_id = due.id and r.answers is not null returning r.event_id)
     update event e set answers_deleted_at = now() from due where e.id = due.id and (select count(*) from emptied) >= 0 returning e.id`,
    [ANSWER_RETENTION_DAYS],
  );
  return rows.length;
}
