import { useMutation } from '@vue/apollo-composable';
import { ActivitySetStatusDocument, type ActivityStatus } from '@/gql/graphql';
import { evictCatalogue } from './evictCatalogue';

export function useActivitySetStatus() {
  const { mutate, loading } = useMutation(ActivitySetStatusDocument, { update: (cache) => evictCatalogue(cache) });
  async function setStatus(id: string, status: ActivityStatus) {
    const result = await mutate({ id, status });
    const activity = result?.data?.activitySetStatus;
    if (!activity) throw new Error('activitySetStatus returned nothing');
    return activity;
  }
  return { setStatus, loading };
}
