import { useMutation } from '@vue/apollo-composable';
import { ActivityVolunteerDocument } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

/** "Jeg vil bidra"; the activity's viewerCan.volunteer turns false through the normalised cache. */
export function useActivityVolunteer() {
  const { mutate, loading } = useMutation(ActivityVolunteerDocument);
  async function volunteer(activityId: string, message: string) {
    return mutationPayload((await mutate({ activityId, message }))?.data?.activityVolunteer, 'activityVolunteer');
  }
  return { volunteer, loading };
}
