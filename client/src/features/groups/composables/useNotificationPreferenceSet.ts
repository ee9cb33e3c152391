import { useMutation } from '@vue/apollo-composable';
import { NotificationPreferenceSetDocument, NotificationPreferencesDocument, type NotificationChannel, type NotificationType } from '@/gql/graphql';

export function useNotificationPreferenceSet() {
  const { mutate, loading } = useMutation(NotificationPreferenceSetDocument);
  async function set(type: NotificationType, channel: NotificationChannel) {
    await mutate(
      { type, channel },
      {
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: NotificationPreferencesDocument, data: { notificationPreferences: data.notificationPreferenceSet } });
        },
      },
    );
  }
  return { set, loading };
}
