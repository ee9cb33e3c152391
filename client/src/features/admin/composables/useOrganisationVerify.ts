import { useMutation } from '@vue/apollo-composable';
import { evictDirectory } from '@/features/organisations';
import { OrganisationVerifyDocument } from '@/gql/graphql';

/** The status lands on the cached organisation by id; every list (pending, directory) is fetched again. */
export function useOrganisationVerify() {
  const { mutate, loading } = useMutation(OrganisationVerifyDocument, { update: (cache) => evictDirectory(cache) });
  return { verify: (id: string) => mutate({ id }), loading };
}
