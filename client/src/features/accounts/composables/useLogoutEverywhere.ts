import { useMutation } from '@vue/apollo-composable';
import { AccountLogoutEverywhereDocument } from '@/gql/graphql';

/** Ends every session of the account; returns how many. The caller navigates and resets the session. */
export function useLogoutEverywhere() {
  const { mutate, loading } = useMutation(AccountLogoutEverywhereDocument);
  async function logoutEverywhere(): Promise<number> {
    const result = await mutate();
    return result?.data?.accountLogoutEverywhere ?? 0;
  }
  return { logoutEverywhere, loading };
}
