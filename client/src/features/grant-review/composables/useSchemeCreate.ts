import { useMutation } from '@vue/apollo-composable';
import { GrantReviewSchemeCreateDocument, GrantReviewSchemesDocument } from '@/gql/graphql';

export function useSchemeCreate() {
  const { mutate } = useMutation(GrantReviewSchemeCreateDocument, { refetchQueries: [{ query: GrantReviewSchemesDocument }] });
  async function create(name: string, description: string) {
    const scheme = (await mutate({ name, description }))?.data?.grantSchemeCreate;
    if (!scheme) throw new Error('grantSchemeCreate returned nothing');
    return scheme;
  }
  return { create };
}
