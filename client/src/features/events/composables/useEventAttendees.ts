import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { EventAttendeesDocument } from '@/gql/graphql';

/** Organisers only: the attendee list (null for others). */
export function useEventAttendees(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(EventAttendeesDocument, () => ({ id: id.value }));
  return {
    event: computed(() => result.value?.event ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
