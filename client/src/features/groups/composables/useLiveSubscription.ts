import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useApolloClient } from '@vue/apollo-composable';
import { onBeforeUnmount, onMounted, watch } from 'vue';
import { onWebSocketConnected } from '@/app/apollo';
import { isTransientLiveError, liveCursorFloor, noteLiveCursor, retryDelay } from '@/app/liveConnection';
import { createCursorSubscription } from './cursorSubscription';

interface Options<TData, TVars> {
  document: TypedDocumentNode<TData, TVars & { after?: string | null }>;
  /** The variables without `after`; null: not subscribed (e.g. signed out). A change starts over. */
  variables: () => TVars | null;
  cursorOf: (data: TData) => string;
  onEvent: (data: TData) => void;
  onComplete?: () => void;
}

/**
 * A cursor subscription for a component's lifetime: resubscribes with the last cursor after the WebSocket
 * reconnects, so missed events are replayed once. One that fails for a reason about the connection (a close
 * code graphql-ws gives up on, an internal error) is started again after a capped backoff: live views never
 * give up while the page is open; one the server refuses (signed out, no access) stays ended.
 */
export function useLiveSubscription<TData, TVars extends Record<string, unknown>>(options: Options<TData, TVars>) {
  const { resolveClient } = useApolloClient();
  let vars: TVars | null = null;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  const live = createCursorSubscription<TData>({
    subscribe: (after, handlers) => {
      const observable = resolveClient().subscribe({ query: options.document, variables: { ...(vars as TVars), after } });
      return observable.subscribe({
        next: (result) => {
          if (result.data) handlers.next(result.data);
        },
        error: handlers.error,
        complete: handlers.complete,
      });
    },
    cursorOf: options.cursorOf,
    onEvent: (data) => {
      failures = 0;
      noteLiveCursor(options.cursorOf(data));
      options.onEvent(data);
    },
    onComplete: options.onComplete,
    onError: (error) => {
      if (!vars || !isTransientLiveError(error)) return;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(resumeIfWanted, retryDelay(failures++));
    },
    floor: liveCursorFloor,
  });

  function resumeIfWanted() {
    clearTimeout(retryTimer);
    if (vars) live.resume();
  }
  let removeConnected: (() => void) | null = null;

  onMounted(() => {
    removeConnected = onWebSocketConnected((reconnected) => {
      failures = 0;
      // The first connection since this subscription started tells where the feed was (see `floor`).
      live.noteFloor(liveCursorFloor());
      if (reconnected) resumeIfWanted();
    });
  });

  watch(
    () => JSON.stringify(options.variables()),
    () => {
      vars = options.variables();
      clearTimeout(retryTimer);
      live.reset();
      if (vars) live.start(null);
    },
    { immediate: true },
  );

  onBeforeUnmount(() => {
    clearTimeout(retryTimer);
    live.stop();
    vars = null;
    removeConnected?.();
  });

  return { resume: resumeIfWanted, cursor: () => live.cursor };
}
