import { ApolloClient, HttpLink, split } from '@apollo/client/core';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { createCache } from './cache';
import { liveConnectionOptions, RESTART_CLOSE_CODE } from './liveConnection';

export { describeError, type UserFacingError } from './errors';

export const GRAPHQL_PATH = '/graphql';

/** Same host as the page: the server serves the client, and Vite proxies /graphql in development. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

/** Lets a session change (login, logout) reconnect the WebSocket, which authenticates once, on connect. */
const wsRestarters = new WeakMap<object, () => void>();

/** Closes the client's WebSocket (if open) so graphql-ws reconnects with the new session cookie. */
export function restartWebSocket(client: object): void {
  wsRestarters.get(client)?.();
}

/** Called after every WebSocket (re)connection; `reconnected` is false for the first one. */
type ConnectedListener = (reconnected: boolean) => void;
const connectedListeners = new Set<ConnectedListener>();
let connections = 0;

/** Lets live features resubscribe with their last cursor after a dropped connection; returns an unsubscribe. */
export function onWebSocketConnected(listener: ConnectedListener): () => void {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}

export function createApolloClient() {
  const httpLink = new HttpLink({
    uri: GRAPHQL_PATH,
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention only accepts "simple" requests that carry this header.
    headers: { 'apollo-require-preflight': 'true' },
  });

  // graphql-ws has no restart(): close an open socket with a client code and let it reconnect; a socket that
  // is still connecting is closed as soon as it opens.
  let restartPending = false;
  let restart: () => void = () => undefined; // no socket yet: the first one sends the current cookie
  const live = liveConnectionOptions();
  const wsClient = live.wrap(
    createClient({
      url: () => graphqlWsUrl(),
      ...live.options,
      on: {
        connecting: () => {
          restart = () => {
            restartPending = true;
          };
        },
        opened: (socket) => {
          live.on.opened(socket);
          const ws = socket as WebSocket;
          restart = () => {
            if (ws.readyState === WebSocket.OPEN) ws.close(RESTART_CLOSE_CODE, 'Client Restart');
            else restartPending = true;
          };
          if (restartPending) {
            restartPending = false;
            restart();
          }
        },
        connected: (socket, payload) => {
          live.on.connected(socket, payload);
          connections += 1;
          for (const listener of connectedListeners) listener(connections > 1);
        },
        ping: live.on.ping,
        pong: live.on.pong,
        closed: (event) => {
          live.on.closed(event);
          restartPending = false;
          restart = () => undefined; // the next connection sends the new cookie anyway
        },
      },
    }),
  );
  const wsLink = new GraphQLWsLink(wsClient);

  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    wsLink,
    httpLink,
  );

  const client = new ApolloClient({
    link,
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
  wsRestarters.set(client, () => restart());
  return client;
}
