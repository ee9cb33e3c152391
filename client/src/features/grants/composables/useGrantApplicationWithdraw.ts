import { useMutation } from '@vue/apollo-composable';
import { GrantApplicationWithdrawDocument } from '@/gql/graphql';

export function useGrantApplicationWithdraw() {
  const { mutate, loading } = useMutation(GrantApplicationWithdrawDocument, {
    update: (cache) => cache.evict({ fieldName: 'myGrantApplications' }),
  });
  async function withdraw(id: string) {
    const result = await mutate({ id });
    return result?.data?.grantApplicationWithdraw ?? null;
  }
  return { withdraw, loading };
}
