import { useMutation } from '@vue/apollo-composable';
import { AccountVerifyEmailDocument, ViewerDocument, ViewerMembershipsDocument } from '@/gql/graphql';

/** Confirms the address; a signed-in viewer's `emailVerified` is refreshed (it may be another account). */
export function useVerifyEmail() {
  const { mutate, loading, error } = useMutation(AccountVerifyEmailDocument, {
    refetchQueries: [ViewerDocument, ViewerMembershipsDocument],
  });
  return { verifyEmail: (token: string) => mutate({ token }), loading, error };
}
