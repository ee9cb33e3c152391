import { useMutation } from '@vue/apollo-composable';
import { GrantReviewDecideDocument, type Decision } from '@/gql/graphql';

export interface DecideInput {
  decision: Decision;
  grantedAmount: number;
  reason: string;
  overrideNote?: string | null;
}

/** Records a decision (published with the round). Beyond the budget: CONFLICT grant/over_budget until overrideNote. */
export function useDecide() {
  const { mutate } = useMutation(GrantReviewDecideDocument);
  return { decide: async (id: string, input: DecideInput) => (await mutate({ id, ...input }))?.data?.grantApplicationDecide ?? null };
}
