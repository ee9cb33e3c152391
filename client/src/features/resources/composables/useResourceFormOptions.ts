import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { ResourceEventOptionsDocument, ResourceFormOptionsDocument, ResourceStaffOrganisationsDocument } from '@/gql/graphql';
import { isStaff } from '@/features/accounts';

export interface OrganisationOption {
  id: string;
  name: string;
}

const byName = new Intl.Collator('nb').compare;

/** The viewer's organisations first; county staff may also share for any other organisation. */
export function mergeOrganisations(own: OrganisationOption[], all: OrganisationOption[]): { own: OrganisationOption[]; others: OrganisationOption[] } {
  const ownIds = new Set(own.map((o) => o.id));
  return {
    own: [...own].sort((a, b) => byName(a.name, b.name)),
    others: all.filter((o) => !ownIds.has(o.id)).sort((a, b) => byName(a.name, b.name)),
  };
}

/** What the share form needs: organisations the viewer may share for, and the network groups. */
export function useResourceFormOptions() {
  const { result, loading, error, refetch } = useQuery(ResourceFormOptionsDocument);
  const staff = computed(() => isStaff(result.value?.viewer));
  const staffQuery = useQuery(ResourceStaffOrganisationsDocument, null, () => ({ enabled: staff.value }));
  const organisations = computed(() =>
    mergeOrganisations(
      (result.value?.viewer?.memberships ?? []).map((m) => m.organisation),
      staff.value ? (staffQuery.result.value?.organisations.nodes ?? []) : [],
    ),
  );
  return {
    organisations,
    groups: computed(() => [...(result.value?.groups ?? [])].sort((a, b) => byName(a.name, b.name))),
    loading: computed(() => (loading.value && !result.value) || (staff.value && staffQuery.loading.value && !staffQuery.result.value)),
    error,
    refetch,
  };
}

/** The organisation's events, for linking a recording or slides to one. */
export function useResourceEventOptions(organisationId: Ref<string>) {
  const { result, loading } = useQuery(ResourceEventOptionsDocument, () => ({ organisationId: organisationId.value }), () => ({ enabled: !!organisationId.value }));
  return {
    events: computed(() => (organisationId.value ? (result.value?.events.nodes ?? []) : [])),
    loading: computed(() => loading.value && !result.value),
  };
}
