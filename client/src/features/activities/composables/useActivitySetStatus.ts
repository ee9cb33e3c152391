import { useMutation } from '@vue/apollo-composable';
import { ActivitySetStatusDocument, type ActivityStatus } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';
import { evictCatalogue } from './evictCatalogue';

export function useActivitySetStatus() {
  const { mutate, loading } = useMutation(ActivitySetStatusDocument, { update: (cache) => evictCatalogue(cache) });
  async function setStatus(id: string, status: ActivityStatus) {
    return mutationPayload((await mutate({ id, status }))?.data?.activitySetStatus, 'activitySetStatus');
  }
  return { setStatus, loading };
}
