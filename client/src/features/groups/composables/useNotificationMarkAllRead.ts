import { useMutation } from '@vue/apollo-composable';
import { NotificationMarkAllReadDocument, NotificationsDocument, UnreadNotificationsDocument } from '@/gql/graphql';

export function useNotificationMarkAllRead() {
  const { mutate, loading } = useMutation(NotificationMarkAllReadDocument);
  async function markAllRead() {
    const result = await mutate({}, { refetchQueries: [NotificationsDocument, UnreadNotificationsDocument], awaitRefetchQueries: true });
    return result?.data?.notificationMarkAllRead ?? 0;
  }
  return { markAllRead, loading };
}
