import { useMutation } from '@vue/apollo-composable';
import { OrganisationUpdateDocument, type OrganisationInput } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
import { evictDirectory } from './evictDirectory';

/** The organisation itself updates through the normalised cache; lists are dropped (name order may change). */
export function useOrganisationUpdate() {
  const { mutate, loading } = useMutation(OrganisationUpdateDocument, { update: (cache) => evictDirectory(cache) });
  async function update(id: string, input: OrganisationInput) {
    return mutationPayload((await mutate({ id, input }))?.data?.organisationUpdate, 'organisationUpdate');
  }
  return { update, loading };
}
