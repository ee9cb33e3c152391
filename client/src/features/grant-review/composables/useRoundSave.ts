import { useMutation } from '@vue/apollo-composable';
import { GrantReviewRoundCreateDocument, GrantReviewRoundUpdateDocument, type GrantRoundInput } from '@/gql/graphql';
import { mutationPayload } from '@/shared/lib/mutation';

/** Creating a round drops the cached round lists (a new draft joins them); an update merges by id. */
export function useRoundSave() {
  const { mutate: createMutation } = useMutation(GrantReviewRoundCreateDocument, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'grantRounds' });
      cache.gc();
    },
  });
  const { mutate: updateMutation } = useMutation(GrantReviewRoundUpdateDocument);
  async function create(input: GrantRoundInput) {
    return mutationPayload((await createMutation({ input }))?.data?.grantRoundCreate, 'grantRoundCreate');
  }
  async function update(id: string, input: GrantRoundInput) {
    return mutationPayload((await updateMutation({ id, input }))?.data?.grantRoundUpdate, 'grantRoundUpdate');
  }
  return { create, update };
}
