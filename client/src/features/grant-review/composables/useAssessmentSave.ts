import { useMutation } from '@vue/apollo-composable';
import { GrantReviewAssessmentSaveDocument, type ScoreInput } from '@/gql/graphql';

export function useAssessmentSave() {
  const { mutate } = useMutation(GrantReviewAssessmentSaveDocument);
  return { save: async (applicationId: string, scores: ScoreInput[], comment: string) => (await mutate({ applicationId, scores, comment }))?.data?.grantAssessmentSave ?? null };
}
