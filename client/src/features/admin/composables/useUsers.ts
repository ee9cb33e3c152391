import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { UsersDocument } from '@/gql/graphql';

export const USERS_PAGE = 50;

/** Users matching `search` (name or e-mail), for admins granting platform roles. */
export function useUsers(search: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(UsersDocument, () => ({ search: search.value || null, first: USERS_PAGE }));
  return {
    users: computed(() => result.value?.users ?? []),
    loading: computed(() => loading.value && !result.value),
    refreshing: computed(() => loading.value && !!result.value),
    error,
    refetch,
  };
}
