import { useMutation } from '@vue/apollo-composable';
import { AccountLoginDocument } from '@/gql/graphql';
import { useSession } from './useSession';

export function useLogin() {
  const { mutate, loading } = useMutation(AccountLoginDocument);
  const { signedIn } = useSession();
  async function login(email: string, password: string) {
    const result = await mutate({ email: email.trim(), password });
    const user = result?.data?.accountLogin;
    if (!user) throw new Error('accountLogin returned no user');
    await signedIn(user);
    return user;
  }
  return { login, loading };
}
