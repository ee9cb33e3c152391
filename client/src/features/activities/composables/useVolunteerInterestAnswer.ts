import { useMutation } from '@vue/apollo-composable';
import { VolunteerInterestAnswerDocument } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

/** Accepts or declines an offer; the offer's status updates in the normalised cache. */
export function useVolunteerInterestAnswer() {
  const { mutate, loading } = useMutation(VolunteerInterestAnswerDocument);
  async function answer(id: string, accepted: boolean) {
    return mutationPayload((await mutate({ id, accepted }))?.data?.volunteerInterestAnswer, 'volunteerInterestAnswer');
  }
  return { answer, loading };
}
