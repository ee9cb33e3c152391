import { useMutation } from '@vue/apollo-composable';
import { useI18n } from 'vue-i18n';
import { ActivityUpdateDocument, type ActivityInput, type Language } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
import { evictCatalogue } from './evictCatalogue';

/** The activity updates through the normalised cache; lists are dropped (order and filters may change). */
export function useActivityUpdate() {
  const { locale } = useI18n();
  const { mutate, loading } = useMutation(ActivityUpdateDocument, { update: (cache) => evictCatalogue(cache) });
  async function update(id: string, input: ActivityInput) {
    return mutationPayload((await mutate({ id, input, language: locale.value as Language }))?.data?.activityUpdate, 'activityUpdate');
  }
  return { update, loading };
}
