import { useLiveSubscription } from '@/features/groups';
import { GrantReviewRoundUpdatesDocument, type GrantReviewRoundUpdatesSubscription } from '@/gql/graphql';

export type RoundUpdate = GrantReviewRoundUpdatesSubscription['grantRoundUpdates'];

/** The round's live changes (submissions, assessments, decisions), resumed from the last cursor after a reconnect. */
export function useRoundUpdates(roundId: () => string | null, onUpdate: (update: RoundUpdate) => void) {
  return useLiveSubscription({
    document: GrantReviewRoundUpdatesDocument,
    variables: () => {
      const id = roundId();
      return id ? { roundId: id } : null;
    },
    cursorOf: (data) => data.grantRoundUpdates.cursor,
    onEvent: (data) => onUpdate(data.grantRoundUpdates),
  });
}
