import { useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLiveSubscription } from '@/features/groups';
import { FrontPageDocument, FrontPageUpdatesDocument, MyFrontPageDocument, type Language } from '@/gql/graphql';

/** A burst of changes (a series published at once) asks for the lists once. */
const REFETCH_DELAY_MS = 400;

/**
 * The front page's lists, kept live: `frontPageUpdates` says when an event, activity, round or announcement came or
 * went, and the lists are asked for again; the signed-in part (tasks, unread messages, registrations) too, since the
 * same changes move it.
 */
export function useFrontPage(signedIn: () => boolean) {
  const { locale } = useI18n();
  const publicPart = useQuery(FrontPageDocument, () => ({ language: locale.value as Language }), { fetchPolicy: 'cache-and-network' });
  const mine = useQuery(MyFrontPageDocument, null, () => ({ enabled: signedIn(), fetchPolicy: 'cache-and-network' }));

  let timer: ReturnType<typeof setTimeout> | undefined;
  function refresh() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void publicPart.refetch()?.catch(() => undefined);
      if (signedIn()) void mine.refetch()?.catch(() => undefined);
    }, REFETCH_DELAY_MS);
  }
  onBeforeUnmount(() => clearTimeout(timer));
  useLiveSubscription({ document: FrontPageUpdatesDocument, variables: () => ({}), cursorOf: (d) => d.frontPageUpdates.cursor, onEvent: refresh });

  const data = computed(() => publicPart.result.value);
  return {
    events: computed(() => data.value?.events.nodes ?? []),
    rounds: computed(() => (data.value?.grantRounds ?? []).filter((r) => r.acceptingApplications)),
    announcements: computed(() => (data.value?.announcements ?? []).slice(0, 3)),
    activities: computed(() => data.value?.newestActivities ?? []),
    loading: computed(() => publicPart.loading.value && !data.value),
    error: publicPart.error,
    tasks: computed(() => mine.result.value?.myTasks ?? []),
    unreadGroups: computed(() => (mine.result.value?.groups ?? []).filter((g) => g.viewerState.active && g.unreadCount > 0)),
    registrations: computed(() => (mine.result.value?.viewer?.eventRegistrations ?? []).filter((r) => r.status !== 'CANCELLED').slice(0, 4)),
    mineLoading: computed(() => mine.loading.value && !mine.result.value),
    /** Refreshes the signed-in part (after a message was read elsewhere, say). */
    refresh,
  };
}
