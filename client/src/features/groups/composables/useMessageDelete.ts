import { useMutation } from '@vue/apollo-composable';
import { MessageDeleteDocument } from '@/gql/graphql';

export function useMessageDelete() {
  const { mutate, loading } = useMutation(MessageDeleteDocument);
  async function remove(id: string) {
    const result = await mutate({ id });
    return result?.data?.messageDelete ?? null;
  }
  return { remove, loading };
}
