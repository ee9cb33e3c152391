import { useMutation } from '@vue/apollo-composable';
import { computed } from 'vue';
import { useDescribeError } from '@/app/errors';
import { AccountSignUpDocument, type AccountSignUpInput } from '@/gql/graphql';
import { useLogin } from './useLogin';

/**
 * Creates the account, then signs in with the same password. The server answers sign-up the same way
 * whether or not the address already had an account (it mails the owner instead), so nobody can find out
 * who has one here. The sign-in tells: the user when it worked, null when it did not (the address had an
 * account with another password, whose owner now has a mail about it).
 */
export function useSignUp() {
  const { mutate, loading: signingUp } = useMutation(AccountSignUpDocument);
  const { login, loading: loggingIn } = useLogin();
  const describeError = useDescribeError();
  async function signUp(input: AccountSignUpInput) {
    await mutate({ input });
    try {
      return await login(input.email, input.password);
    } catch (error) {
      const { code } = describeError(error);
      if (code === 'BAD_USER_INPUT' || code === 'RATE_LIMITED') return null;
      throw error;
    }
  }
  return { signUp, loading: computed(() => signingUp.value || loggingIn.value) };
}
