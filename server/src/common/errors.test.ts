import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { makeFormatError, NotFoundError } from './errors.js';

const format = makeFormatError(createLogger('silent'));

describe('error shaping', () => {
  it('masks anything unexpected, including errors already labelled INTERNAL_SERVER_ERROR', () => {
    const dbError = new GraphQLError('select "u0".* from "app_user" … invalid input syntax for type uuid', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format(dbError.toJSON(), dbError)).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const plain = new Error('connection refused at 10.0.0.1');
    expect(format({ message: plain.message }, plain)).toMatchObject({ message: 'Internal server error' });
  });

  it('passes typed errors through without stack traces', () => {
    const e = new NotFoundError('event');
    const formatted = format({ ...e.toJSON(), extensions: { ...e.extensions, stacktrace: ['at x'] } }, e);
    expect(formatted).toEqual({ message: 'event/not_found', extensions: { code: 'NOT_FOUND' } });
  });
});
