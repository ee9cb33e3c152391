import type { EntityManager } from '@mikro-orm/postgresql';
import { sendMail, type Context } from '../../context.js';
import type { MailMessage } from '../mail/mailer.js';
import { recordChanges, type NewChange } from './change-feed.js';

export type Work<T> = (tx: EntityManager, changes: NewChange[], mails: MailMessage[]) => Promise<T>;

/**
 * The one way a change others should see is written: `work` runs in a transaction and collects change
 * events (recorded last, so their ids commit in order) and mails (sent only after the commit, so a
 * rolled-back change never mails anyone).
 */
export async function writeAndRecord<T>(ctx: Context, work: Work<T>): Promise<T> {
  const mails: MailMessage[] = [];
  const result = await ctx.em.transactional(async (em) => {
    const tx = em as EntityManager;
    const changes: NewChange[] = [];
    const r = await work(tx, changes, mails);
    await tx.flush();
    await recordChanges(tx, changes.map((c) => ({ actorId: ctx.viewer.id, ...c })));
    return r;
  });
  for (const m of mails) await sendMail(ctx, m);
  return result;
}
