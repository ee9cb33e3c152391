import { useMutation } from '@vue/apollo-composable';
import { ActivityConfirmDocument } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
import { evictCatalogue } from './evictCatalogue';

/** "Bekreft at aktiviteten fortsatt går": a fresh listing ranks above stale ones, so lists are dropped. */
export function useActivityConfirm() {
  const { mutate, loading } = useMutation(ActivityConfirmDocument, { update: (cache) => evictCatalogue(cache) });
  async function confirm(id: string) {
    return mutationPayload((await mutate({ id }))?.data?.activityConfirm, 'activityConfirm');
  }
  return { confirm, loading };
}
