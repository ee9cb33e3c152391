import { useMutation } from '@vue/apollo-composable';
import { AccountRequestPasswordResetDocument } from '@/gql/graphql';

export function useRequestPasswordReset() {
  const { mutate, loading } = useMutation(AccountRequestPasswordResetDocument);
  return { requestPasswordReset: (email: string) => mutate({ email: email.trim() }), loading };
}
