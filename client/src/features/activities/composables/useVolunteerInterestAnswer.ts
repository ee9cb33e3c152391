import { useMutation } from '@vue/apollo-composable';
import { VolunteerInterestAnswerDocument } from '@/gql/graphql';

/** Accepts or declines an offer; the offer's status updates in the normalised cache. */
export function useVolunteerInterestAnswer() {
  const { mutate, loading } = useMutation(VolunteerInterestAnswerDocument);
  async function answer(id: string, accepted: boolean) {
    const result = await mutate({ id, accepted });
    const interest = result?.data?.volunteerInterestAnswer;
    if (!interest) throw new Error('volunteerInterestAnswer returned nothing');
    return interest;
  }
  return { answer, loading };
}
