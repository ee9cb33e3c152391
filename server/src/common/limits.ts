import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

/**
 * Limits on every operation, the same over HTTP and graphql-ws (graphql-armor's rules, at its defaults or
 * stricter). Lists are capped separately: `first` ≤ 100 (pagination.ts).
 */
export const LIMITS = {
  maxTokens: 2_000,
  maxDocumentBytes: 20_000,
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 5_000,
  /** A request body over HTTP (express.json in app.ts: '2mb') and one graphql-ws message (ws-server.ts). */
  maxBodyBytes: 2 * 1024 * 1024,
};

export const validationRules: ValidationRule[] = [
  maxDepthRule({ n: LIMITS.maxDepth, flattenFragments: true, exposeLimits: true, propagateOnRejection: false, onReject: [(ctx, error) => ctx?.reportError(error)] }) as unknown as ValidationRule,
  maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: true, propagateOnRejection: false, onReject: [(ctx, error) => ctx?.reportError(error)] }) as unknown as ValidationRule,
  maxDirectivesRule({ n: LIMITS.maxDirectives, exposeLimits: true, propagateOnRejection: false, onReject: [(ctx, error) => ctx?.reportError(error)] }) as unknown as ValidationRule,
  costLimitRule({ maxCost: LIMITS.maxCost, flattenFragments: true, exposeLimits: true, propagateOnRejection: false, onReject: [(ctx, error) => ctx?.reportError(error)] }) as unknown as ValidationRule,
];

export const parseOptions = { maxTokens: LIMITS.maxTokens };

function limitError(message: string) {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

export function documentTooLarge(query: string | undefined): GraphQLError | null {
  return query && Buffer.byteLength(query) > LIMITS.maxDocumentBytes ? limitError(`Document too large: at most ${LIMITS.maxDocumentBytes} bytes.`) : null;
}

/** Parse and validate as Apollo does for HTTP, for graphql-ws operations. */
export function checkOperation(schema: GraphQLSchema, query: string): { document: DocumentNode } | { errors: GraphQLError[] } {
  const tooLarge = documentTooLarge(query);
  if (tooLarge) return { errors: [tooLarge] };
  let document: DocumentNode;
  try {
    document = parse(query, parseOptions);
  } catch (e) {
    return { errors: [new GraphQLError((e as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
  // No "Did you mean …?": the schema is not for browsing by strangers.
  if (errors.length) return { errors: errors.map((e) => limitError(e.message.replace(/ ?Did you mean .*$/, ''))) };
  return { document };
}
