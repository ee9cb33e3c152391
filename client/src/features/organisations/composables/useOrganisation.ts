import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { OrganisationDocument, type OrganisationQuery } from '@/gql/graphql';

export type OrganisationDetails = OrganisationQuery['organisation'];
export type MemberItem = NonNullable<OrganisationDetails['members']>[number];
export type InvitationItem = NonNullable<OrganisationDetails['invitations']>[number];

export function useOrganisation(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(OrganisationDocument, () => ({ id: id.value }));
  return {
    organisation: computed(() => result.value?.organisation ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
