import { useMutation } from '@vue/apollo-composable';
import { GrantReviewDeclareDocument, type ConflictDeclaration } from '@/gql/graphql';

/** Answers the conflict-of-interest question: NO_CONFLICT opens the application, CONFLICT (inhabil) takes the reviewer out of it. */
export function useDeclare() {
  const { mutate } = useMutation(GrantReviewDeclareDocument);
  return { declare: async (applicationId: string, declaration: ConflictDeclaration = 'NO_CONFLICT') => (await mutate({ applicationId, declaration }))?.data?.grantAssessmentDeclare ?? null };
}
