import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { NotificationPreferencesDocument } from '@/gql/graphql';

export function useNotificationPreferences() {
  const { result, loading, error, refetch } = useQuery(NotificationPreferencesDocument);
  return {
    preferences: computed(() => result.value?.notificationPreferences ?? []),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
