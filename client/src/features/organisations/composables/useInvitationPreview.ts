import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { InvitationPreviewDocument } from '@/gql/graphql';

/** What an invitation link is for; asked only when there is a token. */
export function useInvitationPreview(token: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(
    InvitationPreviewDocument,
    () => ({ token: token.value }),
    () => ({ enabled: !!token.value, fetchPolicy: 'network-only' }),
  );
  return {
    invitation: computed(() => result.value?.invitation ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
