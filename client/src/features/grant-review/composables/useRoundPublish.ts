import { useMutation } from '@vue/apollo-composable';
import { GrantReviewRoundPublishDocument } from '@/gql/graphql';

/** CLOSED → DECIDED: every applicant is told at once. */
export function useRoundPublish() {
  const { mutate } = useMutation(GrantReviewRoundPublishDocument);
  return { publish: async (id: string) => (await mutate({ id }))?.data?.grantRoundPublishDecisions ?? null };
}
