import { useMutation } from '@vue/apollo-composable';
import { GrantReviewRoundCreateDocument, GrantReviewRoundUpdateDocument, type GrantRoundInput } from '@/gql/graphql';

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
    const round = (await createMutation({ input }))?.data?.grantRoundCreate;
    if (!round) throw new Error('grantRoundCreate returned nothing');
    return round;
  }
  async function update(id: string, input: GrantRoundInput) {
    const round = (await updateMutation({ id, input }))?.data?.grantRoundUpdate;
    if (!round) throw new Error('grantRoundUpdate returned nothing');
    return round;
  }
  return { create, update };
}
