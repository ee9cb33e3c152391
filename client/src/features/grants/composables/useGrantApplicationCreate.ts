import { useMutation } from '@vue/apollo-composable';
import { GrantApplicationCreateDocument } from '@/gql/graphql';

export function useGrantApplicationCreate() {
  const { mutate, loading } = useMutation(GrantApplicationCreateDocument, {
    // The new draft belongs in "my applications".
    update: (cache) => cache.evict({ fieldName: 'myGrantApplications' }),
  });
  async function create(roundId: string, organisationId: string, title: string) {
    const result = await mutate({ roundId, organisationId, title });
    const application = result?.data?.grantApplicationCreate;
    if (!application) throw new Error('grantApplicationCreate returned no data');
    return application;
  }
  return { create, loading };
}
