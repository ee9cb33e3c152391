import { useMutation } from '@vue/apollo-composable';
import { ThreadMarkReadDocument } from '@/gql/graphql';

/** Marks a thread read; failures are not the reader's problem, so they are swallowed. */
export function useThreadMarkRead() {
  const { mutate } = useMutation(ThreadMarkReadDocument);
  async function markRead(threadId: string) {
    try {
      await mutate({ threadId });
    } catch {
      // Stays unread; the next visit tries again.
    }
  }
  return { markRead };
}
