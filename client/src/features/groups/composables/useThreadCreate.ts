import { useMutation } from '@vue/apollo-composable';
import { GroupThreadsDocument, ThreadCreateDocument } from '@/gql/graphql';

export function useThreadCreate() {
  const { mutate, loading } = useMutation(ThreadCreateDocument);
  async function create(groupId: string, title: string, body: string) {
    const result = await mutate({ groupId, title, body }, { refetchQueries: [GroupThreadsDocument] });
    return result?.data?.threadCreate ?? null;
  }
  return { create, loading };
}
