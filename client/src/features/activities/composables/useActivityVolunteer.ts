import { useMutation } from '@vue/apollo-composable';
import { ActivityVolunteerDocument } from '@/gql/graphql';

/** "Jeg vil bidra"; the activity's viewerCan.volunteer turns false through the normalised cache. */
export function useActivityVolunteer() {
  const { mutate, loading } = useMutation(ActivityVolunteerDocument);
  async function volunteer(activityId: string, message: string) {
    const result = await mutate({ activityId, message });
    const interest = result?.data?.activityVolunteer;
    if (!interest) throw new Error('activityVolunteer returned nothing');
    return interest;
  }
  return { volunteer, loading };
}
