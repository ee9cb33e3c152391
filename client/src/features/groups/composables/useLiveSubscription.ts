import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useApolloClient } from '@vue/apollo-composable';
import { onBeforeUnmount, onMounted, watch } from 'vue';
import { onWebSocketConnected } from '@/app/apollo';
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
 * reconnects or the browser comes back online, so missed events are replayed.
 */
export function useLiveSubscription<TData, TVars extends Record<string, unknown>>(options: Options<TData, TVars>) {
  const { resolveClient } = useApolloClient();
  let vars: TVars | null = null;

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
    onEvent: options.onEvent,
    onComplete: options.onComplete,
  });

  function resumeIfWanted() {
    if (vars) live.resume();
  }
  const onOnline = () => resumeIfWanted();
  let removeConnected: (() => void) | null = null;

  onMounted(() => {
    removeConnected = onWebSocketConnected((reconnected) => {
      if (reconnected) resumeIfWanted();
    });
    window.addEventListener('online', onOnline);
  });

  watch(
    () => JSON.stringify(options.variables()),
    () => {
      vars = options.variables();
      if (vars) live.start(null);
      else live.stop();
    },
    { immediate: true },
  );

  onBeforeUnmount(() => {
    live.stop();
    vars = null;
    removeConnected?.();
    window.removeEventListener('online', onOnline);
  });

  return { resume: resumeIfWanted, cursor: () => live.cursor };
}
