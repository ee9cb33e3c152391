import { useMutation } from '@vue/apollo-composable';
import { GrantApplicationSubmitDocument } from '@/gql/graphql';

export function useGrantApplicationSubmit() {
  const { mutate, loading } = useMutation(GrantApplicationSubmitDocument, {
    update: (cache) => cache.evict({ fieldName: 'myGrantApplications' }),
  });
  async function submit(id: string) {
    const result = await mutate({ id });
    return result?.data?.grantApplicationSubmit ?? null;
  }
  return { submit, loading };
}
