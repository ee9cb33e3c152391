import { useMutation } from '@vue/apollo-composable';
import { MessagePostDocument } from '@/gql/graphql';

export function useMessagePost() {
  const { mutate, loading } = useMutation(MessagePostDocument);
  async function post(threadId: string, body: string) {
    const result = await mutate({ threadId, body });
    return result?.data?.messagePost ?? null;
  }
  return { post, loading };
}
