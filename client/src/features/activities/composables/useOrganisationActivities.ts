import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { OrganisationActivitiesDocument, type Language } from '@/gql/graphql';

/** One organisation's activities, drafts included for its members (up to 100). */
export function useOrganisationActivities(organisationId: Ref<string>) {
  const { locale } = useI18n();
  const { result, loading, error, refetch } = useQuery(OrganisationActivitiesDocument, () => ({
    organisationId: organisationId.value,
    first: 100,
    language: locale.value as Language,
  }));
  return {
    activities: computed(() => result.value?.activities.nodes ?? []),
    totalCount: computed(() => result.value?.activities.totalCount ?? 0),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
