import { useMutation } from '@vue/apollo-composable';
import { useRouter } from 'vue-router';
import { AccountLogoutDocument } from '@/gql/graphql';
import { useSession } from './useSession';

/** Ends this browser's session and goes home (before the reset, so no signed-in page refetches). */
export function useLogout() {
  const { mutate, loading } = useMutation(AccountLogoutDocument);
  const { signedOut } = useSession();
  const router = useRouter();
  async function logout(after: () => void = () => undefined) {
    await mutate();
    after();
    await router.push({ name: 'home' });
    await signedOut();
  }
  return { logout, loading };
}
