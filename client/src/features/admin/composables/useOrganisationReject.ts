import { useMutation } from '@vue/apollo-composable';
import { evictDirectory } from '@/features/organisations';
import { OrganisationRejectDocument } from '@/gql/graphql';

export function useOrganisationReject() {
  const { mutate, loading } = useMutation(OrganisationRejectDocument, { update: (cache) => evictDirectory(cache) });
  return { reject: (id: string, reason: string) => mutate({ id, reason }), loading };
}
