import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { NotificationsDocument, type NotificationFieldsFragment } from '@/gql/graphql';

export type NotificationItem = NotificationFieldsFragment;

export function useNotifications(unreadOnly: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(NotificationsDocument, () => ({ first: 50, unreadOnly: unreadOnly.value }));
  return {
    notifications: computed(() => result.value?.notifications.nodes ?? []),
    unreadCount: computed(() => result.value?.notifications.unreadCount ?? 0),
    totalCount: computed(() => result.value?.notifications.totalCount ?? 0),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
