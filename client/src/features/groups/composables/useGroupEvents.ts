import { GroupEventsDocument, type GroupEventsSubscription } from '@/gql/graphql';
import { useLiveSubscription } from './useLiveSubscription';

export type GroupEvent = GroupEventsSubscription['groupEvents'];

/** The group's live events, resumed from the last cursor after a reconnection. */
export function useGroupEvents(groupId: () => string | null, onEvent: (event: GroupEvent) => void, onComplete?: () => void) {
  return useLiveSubscription({
    document: GroupEventsDocument,
    variables: () => {
      const id = groupId();
      return id ? { groupId: id } : null;
    },
    cursorOf: (data) => data.groupEvents.cursor,
    onEvent: (data) => onEvent(data.groupEvents),
    onComplete,
  });
}
