import { ApolloError } from '@apollo/client/core';
import type { GraphQLFormattedError } from 'graphql';
import { useI18n } from 'vue-i18n';
import { ERROR_CODES, type ServerErrorCode } from '@/gql/error-codes';

/** The codes the server promises in `extensions.code` (ERROR_CODES, generated from server/src/common/error-codes.ts), and ours. */
export type ErrorCode = ServerErrorCode | 'NETWORK' | 'UNKNOWN';

export interface UserFacingError {
  code: ErrorCode;
  /** One translated sentence for an alert. */
  message: string;
  /** Translated problems by input field name (first problem per field), for inline validation. */
  fields: Record<string, string>;
}

/** The two i18n functions the helper needs; `useI18n()` and `i18n.global` both provide them. */
export interface Translator {
  t: (key: string, named?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
}

interface FieldProblem {
  field: string;
  message: string;
}

/** Server message keys look like `municipality/not_found`; the locale files nest them under errors.messages. */
function messageKey(serverMessage: string): string | null {
  return /^[a-z][a-z0-9_-]*(\/[a-z0-9_]+)+$/.test(serverMessage)
    ? `errors.messages.${serverMessage.replaceAll('/', '.')}`
    : null;
}

function isKnownCode(code: unknown): code is ServerErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

function fieldProblems(error: GraphQLFormattedError): FieldProblem[] {
  const fields = error.extensions?.fields;
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldProblem => typeof f === 'object' && f !== null && typeof f.field === 'string' && typeof f.message === 'string',
  );
}

/** GraphQL errors from the response body, also when the server answered with a 4xx status. */
function graphQLErrors(error: ApolloError): readonly GraphQLFormattedError[] {
  if (error.graphQLErrors.length) return error.graphQLErrors;
  const network = error.networkError as { result?: { errors?: GraphQLFormattedError[] } } | null;
  const fromBody = network?.result?.errors;
  return Array.isArray(fromBody) ? fromBody : [];
}

/**
 * Turns whatever an Apollo operation failed with into one translated message plus per-field
 * messages. Unknown message keys fall back to the text for the error code, never to the raw
 * server text, so users see no English internals.
 */
export function describeError(error: unknown, { t, te }: Translator): UserFacingError {
  if (!(error instanceof ApolloError)) {
    return { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} };
  }
  const [first] = graphQLErrors(error);
  if (!first) {
    const code: ErrorCode = error.networkError ? 'NETWORK' : 'UNKNOWN';
    return { code, message: t(`errors.${code}`), fields: {} };
  }

  const rawCode = first.extensions?.code;
  const code: ErrorCode = isKnownCode(rawCode) ? rawCode : 'UNKNOWN';
  const key = messageKey(first.message);
  let message = key && te(key) ? t(key) : t(`errors.${code}`);
  const retryAfter = first.extensions?.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof retryAfter === 'number') {
    message = `${message} ${t('errors.retryAfter', { seconds: Math.ceil(retryAfter) })}`;
  }

  const fields: Record<string, string> = {};
  for (const problem of fieldProblems(first)) {
    if (problem.field in fields) continue;
    const fieldKey = messageKey(problem.message);
    fields[problem.field] = fieldKey && te(fieldKey) ? t(fieldKey) : t('errors.fieldInvalid');
  }
  return { code, message, fields };
}

/** `describeError` bound to the component's i18n scope. */
export function useDescribeError(): (error: unknown) => UserFacingError {
  const { t, te } = useI18n();
  return (error) => describeError(error, { t: (key, named) => t(key, named ?? {}), te: (key) => te(key) });
}

/** One `extensions` value of the first GraphQL error, e.g. `organisations` on CONFLICT account/last_admin. */
export function errorExtension(error: unknown, name: string): unknown {
  if (!(error instanceof ApolloError)) return undefined;
  return graphQLErrors(error)[0]?.extensions?.[name];
}
