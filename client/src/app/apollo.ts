import { ApolloClient, HttpLink, InMemoryCache, split } from '@apollo/client/core';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';

export { describeError, type UserFacingError } from './errors';

export const GRAPHQL_PATH = '/graphql';

/** Same host as the page: the server serves the client, and Vite proxies /graphql in development. */
export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${GRAPHQL_PATH}`;
}

/** Exponential backoff with jitter, capped at 30 s, so a restarted server is not stampeded. */
export function retryDelay(retries: number): number {
  const base = Math.min(30_000, 1_000 * 2 ** retries);
  return base / 2 + Math.random() * (base / 2);
}

export function createApolloClient() {
  const httpLink = new HttpLink({
    uri: GRAPHQL_PATH,
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention only accepts "simple" requests that carry this header.
    headers: { 'apollo-require-preflight': 'true' },
  });

  const wsLink = new GraphQLWsLink(
    createClient({
      url: () => graphqlWsUrl(),
      lazy: true,
      retryAttempts: Infinity,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    }),
  );

  const link = split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.SUBSCRIPTION;
    },
    wsLink,
    httpLink,
  );

  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        // Reference data is keyed by its natural identifiers, not `id`.
        Municipality: { keyFields: ['number'] },
        Topic: { keyFields: ['slug'] },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
