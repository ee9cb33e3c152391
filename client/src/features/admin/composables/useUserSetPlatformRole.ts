import { useMutation } from '@vue/apollo-composable';
import { UserSetPlatformRoleDocument, type PlatformRole } from '@/gql/graphql';

/** The new role lands on the cached user by id (and on the viewer, if it is them). */
export function useUserSetPlatformRole() {
  const { mutate, loading } = useMutation(UserSetPlatformRoleDocument);
  return { setRole: (userId: string, role: PlatformRole) => mutate({ userId, role }), loading };
}
