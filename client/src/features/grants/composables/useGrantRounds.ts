import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { GrantRoundsDocument, type GrantRoundSummaryFragment } from '@/gql/graphql';

export type GrantRoundItem = GrantRoundSummaryFragment;

/** Open rounds first (nearest deadline first), then the rest (latest deadline first, as the server sends them). */
export function splitRounds(rounds: readonly GrantRoundItem[]): { open: GrantRoundItem[]; other: GrantRoundItem[] } {
  const open = rounds.filter((r) => r.acceptingApplications).sort((a, b) => a.closesAt.localeCompare(b.closesAt));
  const other = rounds.filter((r) => !r.acceptingApplications);
  return { open, other };
}

export function useGrantRounds() {
  const { result, loading, error, refetch } = useQuery(GrantRoundsDocument);
  const split = computed(() => splitRounds(result.value?.grantRounds ?? []));
  return {
    open: computed(() => split.value.open),
    other: computed(() => split.value.other),
    loaded: computed(() => !!result.value),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
