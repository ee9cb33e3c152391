import { useMutation } from '@vue/apollo-composable';
import { GrantReviewRequestInfoDocument } from '@/gql/graphql';

/** IN_REVIEW → MORE_INFO_REQUESTED; the applicant's members are notified. */
export function useRequestInfo() {
  const { mutate } = useMutation(GrantReviewRequestInfoDocument);
  return { requestInfo: async (id: string, message: string) => (await mutate({ id, message }))?.data?.grantApplicationRequestInfo ?? null };
}
