import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { AccountDeletionDocument } from '@/gql/graphql';

/** What blocks deleting the viewer's account (the server's rule: the same as for leaving), fresh on every visit. */
export function useAccountDeletion() {
  const { result, refetch } = useQuery(AccountDeletionDocument, null, { fetchPolicy: 'network-only' });
  const deletion = computed(() => result.value?.viewer?.accountDeletion ?? null);
  return { deletion, refetch };
}
