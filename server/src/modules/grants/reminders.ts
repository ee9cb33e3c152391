import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { recordChanges } from '../../common/change-feed/write.js';
import { NotificationType } from '../notifications/notification.entity.js';
import { notify } from '../notifications/notification.service.js';
import { Membership } from '../organisations/membership.entity.js';
import { ApplicationState, GrantApplication, GrantRound, RoundState } from './grant.entity.js';

/**
 * Reminds organisations with drafts in an open round 7 days and 1 day before the deadline (each once per
 * round). Run now and then by every process; the round row lock keeps them from reminding twice.
 */
export async function grantDeadlineReminders(em: EntityManager, now = new Date()): Promise<number> {
  let reminded = 0;
  const rounds = await em.find(GrantRound, { state: RoundState.OPEN, closesAt: { $gt: now, $lte: new Date(now.getTime() + 7 * 86_400_000) } });
  for (const r of rounds) {
    await em.transactional(async (txEm) => {
      const tx = txEm as EntityManager;
      const round = await tx.findOneOrFail(GrantRound, { id: r.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const left = round.closesAt.getTime() - now.getTime();
      const which = left <= 86_400_000 ? (round.reminded1At ? null : 'reminded1At') : round.reminded7At ? null : 'reminded7At';
      if (!which) return;
      round[which] = now;
      const drafts = await tx.find(GrantApplication, { round, state: ApplicationState.DRAFT });
      const members = await tx.find(Membership, { organisation: { $in: drafts.map((d) => d.organisation.id) } });
      const changes = await notify(tx, [...new Set(members.map((m) => m.user.id))], NotificationType.GRANT_DEADLINE, { roundId: round.id, title: round.title, startsAt: round.closesAt.toISOString() });
      await tx.flush();
      await recordChanges(tx, changes);
      reminded += changes.length;
    });
  }
  return reminded;
}
