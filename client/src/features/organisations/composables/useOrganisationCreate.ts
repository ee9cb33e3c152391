import { useMutation } from '@vue/apollo-composable';
import { OrganisationCreateDocument, ViewerMembershipsDocument, type OrganisationInput } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
import { evictDirectory } from './evictDirectory';

/** Registers an organisation; the viewer becomes its admin, so "Mine organisasjoner" is refetched. */
export function useOrganisationCreate() {
  const { mutate, loading } = useMutation(OrganisationCreateDocument, {
    update: (cache) => evictDirectory(cache),
    refetchQueries: [ViewerMembershipsDocument],
  });
  async function create(input: OrganisationInput) {
    return mutationPayload((await mutate({ input }))?.data?.organisationCreate, 'organisationCreate');
  }
  return { create, loading };
}
