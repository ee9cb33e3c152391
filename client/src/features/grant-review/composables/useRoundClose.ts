import { useMutation } from '@vue/apollo-composable';
import { GrantReviewRoundCloseDocument } from '@/gql/graphql';

/** OPEN → CLOSED: no more applications; decisions can be recorded. */
export function useRoundClose() {
  const { mutate } = useMutation(GrantReviewRoundCloseDocument);
  return { close: async (id: string) => (await mutate({ id }))?.data?.grantRoundClose ?? null };
}
