import { useMutation } from '@vue/apollo-composable';
import { MessageEditDocument } from '@/gql/graphql';

export function useMessageEdit() {
  const { mutate, loading } = useMutation(MessageEditDocument);
  async function edit(id: string, body: string) {
    const result = await mutate({ id, body });
    return result?.data?.messageEdit ?? null;
  }
  return { edit, loading };
}
