import { useMutation } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { ActivityCreateDocument, type ActivityInput, type Language } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
import { evictCatalogue } from './evictCatalogue';

export function useActivityCreate() {
  const { locale } = useI18n();
  const { mutate, loading } = useMutation(ActivityCreateDocument, { update: (cache) => evictCatalogue(cache) });
  async function create(input: ActivityInput) {
    return mutationPayload((await mutate({ input, language: locale.value as Language }))?.data?.activityCreate, 'activityCreate');
  }
  return { create, loading };
}
