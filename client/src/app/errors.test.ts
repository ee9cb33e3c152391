import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeError } from './errors';
import { createAppI18n } from './i18n';

const { t, te } = createAppI18n('nb').global;
const translator = { t: (key: string, named?: Record<string, unknown>) => t(key, named ?? {}), te: (key: string) => te(key) };

function graphQLFailure(message: string, extensions: Record<string, unknown>) {
  return new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions })] });
}

describe('describeError', () => {
  it('translates a known message key', () => {
    const result = describeError(graphQLFailure('municipality/not_found', { code: 'NOT_FOUND' }), translator);
    expect(result).toEqual({ code: 'NOT_FOUND', message: 'Vi fant ikke kommunen.', fields: {} });
  });

  it('falls back to the code when the message key is unknown, never showing server text', () => {
    const result = describeError(graphQLFailure('event/full', { code: 'CONFLICT' }), translator);
    expect(result.message).toBe(t('errors.CONFLICT'));
    expect(describeError(graphQLFailure('Some internal detail', { code: 'WEIRD' }), translator)).toMatchObject({
      code: 'UNKNOWN',
      message: t('errors.UNKNOWN'),
    });
  });

  it('maps field problems, first problem per field', () => {
    const error = graphQLFailure('validation/invalid_input', {
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'email', message: 'auth/not_signed_in' },
        { field: 'email', message: 'second problem' },
        { field: 'name', message: 'name must be longer than or equal to 2 characters' },
        { nonsense: true },
      ],
    });
    const result = describeError(error, translator);
    expect(result.code).toBe('BAD_USER_INPUT');
    expect(result.message).toBe(t('errors.messages.validation.invalid_input'));
    expect(result.fields).toEqual({ email: t('errors.messages.auth.not_signed_in'), name: t('errors.fieldInvalid') });
  });

  it('adds the wait time when rate limited', () => {
    const result = describeError(graphQLFailure('auth/too_many_attempts', { code: 'RATE_LIMITED', retryAfterSeconds: 29.2 }), translator);
    expect(result.message).toBe(`${t('errors.messages.auth.too_many_attempts')} Du kan prøve igjen om 30 sekunder.`);
  });

  it('reads GraphQL errors from a 4xx response body', () => {
    const networkError = Object.assign(new Error('Response not successful'), {
      statusCode: 400,
      result: { errors: [{ message: 'validation/invalid_input', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    expect(describeError(new ApolloError({ networkError }), translator).code).toBe('BAD_USER_INPUT');
  });

  it('reports an unreachable server as a network problem', () => {
    const result = describeError(new ApolloError({ networkError: new TypeError('Failed to fetch') }), translator);
    expect(result).toEqual({ code: 'NETWORK', message: t('errors.NETWORK'), fields: {} });
  });

  it('handles anything else', () => {
    expect(describeError(new Error('boom'), translator).code).toBe('UNKNOWN');
  });
});
