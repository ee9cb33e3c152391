import { useMutation } from '@vue/apollo-composable';
import { NotificationMarkReadDocument, NotificationsDocument, UnreadNotificationsDocument } from '@/gql/graphql';

export function useNotificationMarkRead() {
  const { mutate, loading } = useMutation(NotificationMarkReadDocument);
  async function markRead(id: string) {
    await mutate({ id }, { refetchQueries: [NotificationsDocument, UnreadNotificationsDocument], awaitRefetchQueries: true });
  }
  return { markRead, loading };
}
