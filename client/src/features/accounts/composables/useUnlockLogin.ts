import { useMutation } from '@vue/apollo-composable';
import { AccountUnlockLoginDocument } from '@/gql/graphql';

/** The e-mailed unlock link: lifts the account's login lock and makes this browser a known one for it. */
export function useUnlockLogin() {
  const { mutate } = useMutation(AccountUnlockLoginDocument);
  return { unlockLogin: (token: string) => mutate({ token }) };
}
