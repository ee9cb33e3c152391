import { useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLiveSubscription } from '@/features/groups';
import { FrontPageDocument, FrontPageReadingDocument, FrontPageUpdatesDocument, MyFrontPageDocument, type Language } from '@/gql/graphql';

/** A burst of changes (a series published at once) asks for the lists once. */
const REFETCH_DELAY_MS = 400;
/** How many of the viewer's groups the page follows live, one groupEvents subscription each (a socket allows 50). */
export const FOLLOWED_GROUPS_MAX = 20;

/**
 * The front page's lists, kept live: `frontPageUpdates` says when an event, activity, round or announcement came or
 * went, and the lists are asked for again; the signed-in part (tasks, unread messages, registrations) too, since the
 * same changes move it. The unread messages also move when a message is posted in one of the viewer's groups
 * (`followedGroupIds`: HomeView follows each with GroupMessagesWatch, and calls `refreshMine`) and when the viewer
 * reads a thread, here or on another device (their inbox stream's `threadId`).
 */
export function useFrontPage(signedIn: () => boolean) {
  const { locale } = useI18n();
  const publicPart = useQuery(FrontPageDocument, () => ({ language: locale.value as Language }), { fetchPolicy: 'cache-and-network' });
  const mine = useQuery(MyFrontPageDocument, null, () => ({ enabled: signedIn(), fetchPolicy: 'cache-and-network' }));

  let timer: ReturnType<typeof setTimeout> | undefined;
  let publicToo = false;
  function refetchSoon(withPublic: boolean) {
    publicToo ||= withPublic;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (publicToo) void publicPart.refetch()?.catch(() => undefined);
      if (signedIn()) void mine.refetch()?.catch(() => undefined);
      publicToo = false;
    }, REFETCH_DELAY_MS);
  }
  const refresh = () => refetchSoon(true);
  const refreshMine = () => refetchSoon(false);
  onBeforeUnmount(() => clearTimeout(timer));
  useLiveSubscription({ document: FrontPageUpdatesDocument, variables: () => ({}), cursorOf: (d) => d.frontPageUpdates.cursor, onEvent: refresh });
  useLiveSubscription({
    document: FrontPageReadingDocument,
    variables: () => (signedIn() ? {} : null),
    cursorOf: (d) => d.notificationEvents.cursor,
    onEvent: (d) => {
      if (d.notificationEvents.threadId) refreshMine();
    },
  });

  const myGroups = computed(() => (signedIn() ? (mine.result.value?.groups ?? []).filter((g) => g.viewerState.active) : []));
  const data = computed(() => publicPart.result.value);
  return {
    events: computed(() => data.value?.events.nodes ?? []),
    rounds: computed(() => (data.value?.grantRounds ?? []).filter((r) => r.acceptingApplications)),
    announcements: computed(() => (data.value?.announcements ?? []).slice(0, 3)),
    activities: computed(() => data.value?.newestActivities ?? []),
    loading: computed(() => publicPart.loading.value && !data.value),
    error: publicPart.error,
    tasks: computed(() => mine.result.value?.myTasks ?? []),
    unreadGroups: computed(() => myGroups.value.filter((g) => g.unreadCount > 0)),
    followedGroupIds: computed(() => myGroups.value.slice(0, FOLLOWED_GROUPS_MAX).map((g) => g.id)),
    registrations: computed(() => (mine.result.value?.viewer?.eventRegistrations ?? []).filter((r) => r.status !== 'CANCELLED').slice(0, 4)),
    mineLoading: computed(() => mine.loading.value && !mine.result.value),
    /** Asks for every list again. */
    refresh,
    /** Asks for the signed-in part again (a message in one of the viewer's groups). */
    refreshMine,
  };
}
