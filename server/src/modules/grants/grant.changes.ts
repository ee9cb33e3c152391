import { roundTopic, type ChangeType, type NewChange } from '../../common/change-feed/topics.js';

type RoundStep = 'round.opened' | 'round.closed' | 'round.decided';

/** A change on the round's topic (common/change-feed/topics.ts): a step of the round, or of one of its applications. */
export function roundChange(round: { id: string }, type: RoundStep): NewChange;
export function roundChange(round: { id: string }, type: Exclude<ChangeType<`round/${string}`>, RoundStep>, applicationId: string): NewChange;
export function roundChange(round: { id: string }, type: ChangeType<`round/${string}`>, applicationId?: string): NewChange {
  const topic = roundTopic(round.id);
  if (type === 'round.opened' || type === 'round.closed' || type === 'round.decided') return { topic, type, payload: {} };
  if (applicationId === undefined) throw new Error(`${type} needs the application`); // the overloads rule it out
  return { topic, type, payload: { applicationId } };
}
