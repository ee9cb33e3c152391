import { useMutation } from '@vue/apollo-composable';
import { OrganisationUpdateDocument, type OrganisationInput } from '@/gql/graphql';
import { evictDirectory } from './evictDirectory';

/** The organisation itself updates through the normalised cache; lists are dropped (name order may change). */
export function useOrganisationUpdate() {
  const { mutate, loading } = useMutation(OrganisationUpdateDocument, { update: (cache) => evictDirectory(cache) });
  async function update(id: string, input: OrganisationInput) {
    const result = await mutate({ id, input });
    const organisation = result?.data?.organisationUpdate;
    if (!organisation) throw new Error('organisationUpdate returned nothing');
    return organisation;
  }
  return { update, loading };
}
