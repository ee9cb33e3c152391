import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { NotificationEventsDocument, NotificationsDocument, UnreadNotificationsDocument } from '@/gql/graphql';
import { useLiveSubscription } from './useLiveSubscription';

/** The last live count; shared so every badge shows the same number. */
const liveCount = ref<number | null>(null);

/** Sets the shown count after the viewer marked notifications read. */
export function setUnreadNotificationCount(count: number) {
  liveCount.value = count;
}

/**
 * The viewer's unread notification count, kept live by notificationEvents; every event also refreshes an
 * open inbox.
 */
export function useUnreadNotifications(enabled: () => boolean) {
  const { resolveClient } = useApolloClient();
  const { result } = useQuery(UnreadNotificationsDocument, null, () => ({ enabled: enabled(), fetchPolicy: 'network-only' }));
  useLiveSubscription({
    document: NotificationEventsDocument,
    variables: () => (enabled() ? {} : null),
    cursorOf: (data) => data.notificationEvents.cursor,
    onEvent: (data) => {
      liveCount.value = data.notificationEvents.unreadCount;
      // A new notification, or some read elsewhere (a thread read in another tab): an open inbox shows it.
      void resolveClient().refetchQueries({ include: [NotificationsDocument] });
    },
  });
  return {
    count: computed(() => (enabled() ? (liveCount.value ?? result.value?.notifications.unreadCount ?? 0) : 0)),
  };
}
