import { useMutation } from '@vue/apollo-composable';
import { GroupCreateDocument, GroupsDocument, type GroupInput } from '@/gql/graphql';

export function useGroupCreate() {
  const { mutate, loading } = useMutation(GroupCreateDocument);
  async function create(input: GroupInput) {
    const result = await mutate({ input }, { refetchQueries: [{ query: GroupsDocument }], awaitRefetchQueries: true });
    return result?.data?.groupCreate ?? null;
  }
  return { create, loading };
}
