import { useMutation } from '@vue/apollo-composable';
import { ActivityConfirmDocument } from '@/gql/graphql';
import { evictCatalogue } from './evictCatalogue';

/** "Bekreft at aktiviteten fortsatt går": a fresh listing ranks above stale ones, so lists are dropped. */
export function useActivityConfirm() {
  const { mutate, loading } = useMutation(ActivityConfirmDocument, { update: (cache) => evictCatalogue(cache) });
  async function confirm(id: string) {
    const result = await mutate({ id });
    const activity = result?.data?.activityConfirm;
    if (!activity) throw new Error('activityConfirm returned nothing');
    return activity;
  }
  return { confirm, loading };
}
