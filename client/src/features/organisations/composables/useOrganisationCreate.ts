import { useMutation } from '@vue/apollo-composable';
import { OrganisationCreateDocument, ViewerMembershipsDocument, type OrganisationInput } from '@/gql/graphql';
import { evictDirectory } from './evictDirectory';

/** Registers an organisation; the viewer becomes its admin, so "Mine organisasjoner" is refetched. */
export function useOrganisationCreate() {
  const { mutate, loading } = useMutation(OrganisationCreateDocument, {
    update: (cache) => evictDirectory(cache),
    refetchQueries: [ViewerMembershipsDocument],
  });
  async function create(input: OrganisationInput) {
    const result = await mutate({ input });
    const organisation = result?.data?.organisationCreate;
    if (!organisation) throw new Error('organisationCreate returned nothing');
    return organisation;
  }
  return { create, loading };
}
