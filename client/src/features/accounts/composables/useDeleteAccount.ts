import { useMutation } from '@vue/apollo-composable';
import { AccountDeleteDocument } from '@/gql/graphql';

/** Deletes the account after the password is confirmed; the caller navigates and resets the session. */
export function useDeleteAccount() {
  const { mutate, loading } = useMutation(AccountDeleteDocument);
  return { deleteAccount: (password: string) => mutate({ password }), loading };
}
