import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { GrantReviewEventsDocument } from '@/gql/graphql';
import { osloDateKey } from '../lib/format';

/** Upcoming events, to choose a round's info meeting from. */
export function useInfoEvents() {
  const { result, loading, error } = useQuery(GrantReviewEventsDocument, () => ({ filter: { from: osloDateKey(new Date()) } }));
  return { events: computed(() => result.value?.events.nodes ?? []), loading: computed(() => loading.value && !result.value), error };
}
