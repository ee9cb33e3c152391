import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ViewerDocument, type PlatformRole, type ViewerFieldsFragment } from '@/gql/graphql';

export type Viewer = ViewerFieldsFragment;

export const STAFF_ROLES: readonly PlatformRole[] = ['COUNTY_STAFF', 'ADMIN'];

export function isStaff(viewer: Pick<Viewer, 'platformRole'> | null | undefined): boolean {
  return !!viewer?.platformRole && STAFF_ROLES.includes(viewer.platformRole);
}

/**
 * The signed-in user (null when signed out), shared by the header, the guards and the pages. Read from
 * the cache once loaded: logging in or out resets the cache, which asks again.
 */
export function useViewer() {
  const { result, loading, error, refetch } = useQuery(ViewerDocument, null, { fetchPolicy: 'cache-first' });
  const viewer = computed<Viewer | null>(() => result.value?.viewer ?? null);
  return {
    viewer,
    signedIn: computed(() => viewer.value !== null),
    isStaff: computed(() => isStaff(viewer.value)),
    isAdmin: computed(() => viewer.value?.platformRole === 'ADMIN'),
    /** True only until the first answer. */
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
