import { useMutation } from '@vue/apollo-composable';
import { GrantReviewRoundOpenDocument } from '@/gql/graphql';

/** DRAFT → OPEN; announced live to the whole network by the server. */
export function useRoundOpen() {
  const { mutate } = useMutation(GrantReviewRoundOpenDocument);
  return { open: async (id: string) => (await mutate({ id }))?.data?.grantRoundOpen ?? null };
}
