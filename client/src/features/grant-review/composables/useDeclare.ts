import { useMutation } from '@vue/apollo-composable';
import { GrantReviewDeclareDocument } from '@/gql/graphql';

/** Declares no conflict of interest; only then does the server show the application. */
export function useDeclare() {
  const { mutate } = useMutation(GrantReviewDeclareDocument);
  return { declare: async (applicationId: string) => (await mutate({ applicationId }))?.data?.grantAssessmentDeclare ?? null };
}
