import { useMutation } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { ActivityCreateDocument, type ActivityInput, type Language } from '@/gql/graphql';
import { evictCatalogue } from './evictCatalogue';

export function useActivityCreate() {
  const { locale } = useI18n();
  const { mutate, loading } = useMutation(ActivityCreateDocument, { update: (cache) => evictCatalogue(cache) });
  async function create(input: ActivityInput) {
    const result = await mutate({ input, language: locale.value as Language });
    const activity = result?.data?.activityCreate;
    if (!activity) throw new Error('activityCreate returned nothing');
    return activity;
  }
  return { create, loading };
}
