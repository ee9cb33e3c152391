import { useMutation } from '@vue/apollo-composable';
import { GrantReviewSchemeCreateDocument, GrantReviewSchemesDocument } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

export function useSchemeCreate() {
  const { mutate } = useMutation(GrantReviewSchemeCreateDocument, { refetchQueries: [{ query: GrantReviewSchemesDocument }] });
  async function create(name: string, description: string) {
    return mutationPayload((await mutate({ name, description }))?.data?.grantSchemeCreate, 'grantSchemeCreate');
  }
  return { create };
}
