import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';

const refuse: GraphQLRequestListener<object> = {
  async didResolveOperation({ operation }) {
    if (operation?.operation !== 'subscription') return;
    throw new GraphQLError('Subscriptions are served over WebSocket (graphql-transport-ws) at /graphql, not over HTTP', {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  },
};

/** graphql-js runs a subscription sent by POST as if it were a query, with no event to resolve: an internal
 * error and a stack trace in the log. Refused before execution instead, with 400 as graphql-http answers. */
export const subscriptionsOverWebSocketOnly: ApolloServerPlugin<object> = {
  requestDidStart: async () => refuse,
};
