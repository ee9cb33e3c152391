import type { NewChange } from '../../common/change-feed/change-feed.js';

/** A round's live topic: its dashboard hears submissions, assessments and decisions there. */
export const roundTopic = (id: string) => `round/${id}`;

export function roundChange(round: { id: string }, type: string, applicationId?: string): NewChange {
  return { topic: roundTopic(round.id), type, payload: applicationId ? { applicationId } : {} };
}
