import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { ErrorCode } from './error-codes.js';
import type { Logger } from './logger.js';

// The codes and the message keys, each documented, are in error-codes.ts.
export { ErrorCode };

/** One problem with one input field; `message` is a stable key (`domain/snake_case`) the client translates. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UserInputError extends AppError {
  constructor(message: string, fields: FieldProblem[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, { fields });
  }
  static field(field: string, message: string) {
    return new UserInputError(message, [{ field, message }]);
  }
}
export class UnauthenticatedError extends AppError {
  constructor(message = 'auth/not_signed_in') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'auth/forbidden') {
    super(ErrorCode.FORBIDDEN, message);
  }
}
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(ErrorCode.NOT_FOUND, `${what}/not_found`);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, extra);
  }
}
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
  }
}

const KNOWN_CODES = new Set<string>([
  // INTERNAL_SERVER_ERROR is not here: whatever carries it is masked below.
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  // graphql-js / Apollo's own request errors are the client's mistakes and safe to show.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function validationFields(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...validationFields(e.children ?? [], field)];
  });
}

/** Shapes every error that leaves the server: typed codes pass, class-validator failures become
 * BAD_USER_INPUT with field details, and anything unexpected is logged and masked. */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    // Matched by shape, not instanceof: the class may come from another copy of type-graphql.
    const validationErrors = (original as ArgumentValidationError | undefined)?.extensions?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const fields = validationFields(validationErrors as ValidationError[]);
      return {
        message: fields[0]?.message ?? 'validation/invalid_input',
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && KNOWN_CODES.has(code)) {
      // Drop anything but the code and our own details (never a stack trace).
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
