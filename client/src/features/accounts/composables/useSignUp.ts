import { useMutation } from '@vue/apollo-composable';
import { AccountSignUpDocument, type AccountSignUpInput } from '@/gql/graphql';
import { useSession } from './useSession';

/** Creates the account; the server signs it in and mails a confirmation link. */
export function useSignUp() {
  const { mutate, loading } = useMutation(AccountSignUpDocument);
  const { signedIn } = useSession();
  async function signUp(input: AccountSignUpInput) {
    const result = await mutate({ input });
    const user = result?.data?.accountSignUp;
    if (!user) throw new Error('accountSignUp returned no user');
    await signedIn(user);
    return user;
  }
  return { signUp, loading };
}
