import { useMutation } from '@vue/apollo-composable';
import { GrantApplicationCreateDocument } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

export function useGrantApplicationCreate() {
  const { mutate, loading } = useMutation(GrantApplicationCreateDocument, {
    // The new draft belongs in "my applications".
    update: (cache) => cache.evict({ fieldName: 'myGrantApplications' }),
  });
  async function create(roundId: string, organisationId: string, title: string) {
    return mutationPayload((await mutate({ roundId, organisationId, title }))?.data?.grantApplicationCreate, 'grantApplicationCreate');
  }
  return { create, loading };
}
