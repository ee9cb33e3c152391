import { useApolloClient } from '@vue/apollo-composable';
import { restartWebSocket } from '@/app/apollo';
import { isLocale, setLocale } from '@/app/i18n';

/**
 * What changes when the session cookie does. Cached data was fetched as someone else (members,
 * permissions): reset the store, which refetches the active queries (the header's viewer among them),
 * and reconnect the WebSocket, which authenticated with the old cookie.
 */
export function useSession() {
  const { resolveClient } = useApolloClient();

  async function sessionChanged(): Promise<void> {
    const client = resolveClient();
    restartWebSocket(client);
    // In-flight queries of the old session are cancelled by the reset; their errors do not matter.
    await client.resetStore().catch(() => undefined);
  }

  /** After login or sign-up: the user's own language, then fresh data. */
  async function signedIn(user: { preferredLanguage: string }): Promise<void> {
    if (isLocale(user.preferredLanguage)) setLocale(user.preferredLanguage);
    await sessionChanged();
  }

  return { sessionChanged, signedIn, signedOut: sessionChanged };
}
