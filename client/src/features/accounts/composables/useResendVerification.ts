import { useMutation } from '@vue/apollo-composable';
import { AccountResendVerificationDocument } from '@/gql/graphql';

/** False when the address was already confirmed. */
export function useResendVerification() {
  const { mutate, loading } = useMutation(AccountResendVerificationDocument);
  async function resend(): Promise<boolean> {
    const result = await mutate();
    return result?.data?.accountResendVerification ?? false;
  }
  return { resend, loading };
}
