import { useQuery } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { AnnouncementPostedDocument, AnnouncementsDocument, type AnnouncementFieldsFragment } from '@/gql/graphql';
import { useLiveSubscription } from './useLiveSubscription';

export type AnnouncementItem = AnnouncementFieldsFragment;

/** Current announcements for the viewer, newest first, with new ones arriving live. */
export function useAnnouncements(enabled: () => boolean) {
  const { result, loading } = useQuery(AnnouncementsDocument, null, () => ({ enabled: enabled() }));
  const arrived = ref<AnnouncementItem[]>([]);
  useLiveSubscription({
    document: AnnouncementPostedDocument,
    variables: () => (enabled() ? {} : null),
    cursorOf: (data) => data.announcementPosted.cursor,
    onEvent: (data) => {
      const a = data.announcementPosted.announcement;
      if (!arrived.value.some((x) => x.id === a.id)) arrived.value = [a, ...arrived.value];
    },
  });
  const announcements = computed(() => {
    const loaded = result.value?.announcements ?? [];
    const fresh = arrived.value.filter((a) => !loaded.some((l) => l.id === a.id));
    return [...fresh, ...loaded];
  });
  return { announcements, loading: computed(() => loading.value && !result.value) };
}
