import { useQuery } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue';
import { usePartnerSearch } from '@/features/grants';
import { SettlementMilestoneLinkSearchDocument } from '@/gql/graphql';

/** What a milestone links to: the organisations reminded before it, and events and resources about it. */
export type MilestoneLinkKind = 'organisations' | 'events' | 'resources';

export interface MilestoneLink {
  id: string;
  name: string;
}

/** The shortest text searched for; shorter finds too much to be useful. */
export const MIN_LINK_SEARCH = 2;
const DEBOUNCE_MS = 250;

/**
 * Organisations (by name, as a grant application's partners are found) or events and resources (the platform
 * search) for what is typed, asked for once typing pauses.
 */
export function useMilestoneLinkSearch(kind: MilestoneLinkKind, text: Ref<string>) {
  const term = ref('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(text, (value) => {
    clearTimeout(timer);
    const next = value.trim().slice(0, 200);
    // Too short: clear at once, so stale hits never show.
    if (next.length < MIN_LINK_SEARCH) term.value = '';
    else timer = setTimeout(() => (term.value = next), DEBOUNCE_MS);
  });
  onBeforeUnmount(() => clearTimeout(timer));

  if (kind === 'organisations') {
    const { results, loading } = usePartnerSearch(term);
    return { term, loading, results: computed<MilestoneLink[]>(() => results.value.map((o) => ({ id: o.id, name: o.name }))) };
  }
  const enabled = computed(() => term.value.length >= MIN_LINK_SEARCH);
  const { result, loading } = useQuery(
    SettlementMilestoneLinkSearchDocument,
    () => ({ query: term.value, types: [kind === 'events' ? ('EVENT' as const) : ('RESOURCE' as const)] }),
    () => ({ enabled: enabled.value, fetchPolicy: 'network-only' }),
  );
  return {
    term,
    loading: computed(() => enabled.value && loading.value),
    results: computed<MilestoneLink[]>(() => (enabled.value ? (result.value?.search.hits ?? []).map((h) => ({ id: h.id, name: h.title })) : [])),
  };
}
