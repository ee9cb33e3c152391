import { useMutation } from '@vue/apollo-composable';
import { GroupTypingDocument } from '@/gql/graphql';

/** Tells the group the viewer is typing, at most every few seconds. */
export function useGroupTyping(intervalMs = 3000) {
  const { mutate } = useMutation(GroupTypingDocument);
  let last = 0;
  function typing(threadId: string) {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    void mutate({ threadId }).catch(() => undefined);
  }
  return { typing };
}
