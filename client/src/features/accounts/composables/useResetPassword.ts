import { useMutation } from '@vue/apollo-composable';
import { AccountResetPasswordDocument } from '@/gql/graphql';
import { useSession } from './useSession';

/** Sets a new password; the server ends every session, so the cache is reset as after a logout. */
export function useResetPassword() {
  const { mutate, loading } = useMutation(AccountResetPasswordDocument);
  const { signedOut } = useSession();
  async function resetPassword(token: string, password: string) {
    await mutate({ token, password });
    await signedOut();
  }
  return { resetPassword, loading };
}
