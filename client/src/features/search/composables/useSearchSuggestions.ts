import { useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { SearchSuggestionsDocument } from '@/gql/graphql';
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from './filters';

export const SUGGESTION_COUNT = 8;
export const DEBOUNCE_MS = 250;

/** The header box's hits for what is typed, asked for once typing pauses. */
export function useSearchSuggestions(text: Ref<string>, delay = DEBOUNCE_MS) {
  const term = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(text, (value) => {
    clearTimeout(timer);
    const next = value.trim().slice(0, MAX_QUERY_LENGTH);
    // Too short: clear at once, so stale hits never show for a one-letter query.
    if (next.length < MIN_QUERY_LENGTH) term.value = '';
    else timer = setTimeout(() => (term.value = next), delay);
  });
  onBeforeUnmount(() => clearTimeout(timer));

  const enabled = computed(() => term.value.length >= MIN_QUERY_LENGTH);
  const { result, loading, error } = useQuery(SearchSuggestionsDocument, () => ({ query: term.value, first: SUGGESTION_COUNT }), () => ({
    enabled: enabled.value,
  }));
  // Only an answer for the current term counts; the previous one shows while the next loads.
  const search = computed(() => (enabled.value ? (result.value?.search ?? null) : null));
  return {
    term,
    hits: computed(() => search.value?.hits ?? []),
    totalCount: computed(() => search.value?.totalCount ?? 0),
    /** An answer for `term` is there (not still loading the first time). */
    ready: computed(() => enabled.value && !loading.value && !!result.value),
    loading: computed(() => enabled.value && loading.value),
    error: computed(() => (enabled.value ? error.value : null)),
  };
}
