import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { ActivityDocument, type ActivityDetailsFieldsFragment, type Language } from '@/gql/graphql';

export type ActivityDetails = ActivityDetailsFieldsFragment;
export type VolunteerInterestItem = NonNullable<ActivityDetails['volunteerInterests']>[number];

export function useActivity(id: Ref<string>) {
  const { locale } = useI18n();
  const { result, loading, error, refetch } = useQuery(ActivityDocument, () => ({ id: id.value, language: locale.value as Language }));
  return {
    activity: computed(() => result.value?.activity ?? null),
    loading: computed(() => loading.value && !result.value),
    error,
    refetch,
  };
}
