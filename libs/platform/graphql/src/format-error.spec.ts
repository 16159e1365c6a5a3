import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ForumError, notFound, rateLimited } from './errors.js';
import { createErrorFormatter } from './format-error.js';

const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });
const formattedOf = (error: GraphQLError) => ({
  message: error.message,
  path: error.path,
  extensions: error.extensions,
});

describe('createErrorFormatter', () => {
  const reported: unknown[] = [];
  const production = createErrorFormatter({ production: true, report: (e) => reported.push(e) });
  const development = createErrorFormatter({ production: false, report: () => undefined });

  beforeEach(() => (reported.length = 0));

  it('keeps the code and message of a ForumError', () => {
    for (const error of [
      notFound('Thread not found'),
      rateLimited(),
      new ForumError('CONFLICT', 'Taken', { field: 'email' }),
    ]) {
      const graphqlError = wrap(error);
      const out = production(formattedOf(graphqlError), graphqlError);
      expect(out.extensions).toEqual({ code: error.code, ...error.details });
      expect(out.message).toBe(error.message);
    }
    expect(reported).toEqual([]);
  });

  it('carries a domain reason to extensions.reason, so that one FORBIDDEN can be told from another', () => {
    const error = new ForumError('FORBIDDEN', 'This thread is locked', { threadId: 't1', reason: 'spoofed' }).because(
      'discussions.thread-locked',
    );
    const graphqlError = wrap(error);
    expect(production(formattedOf(graphqlError), graphqlError).extensions).toEqual({
      code: 'FORBIDDEN',
      threadId: 't1',
      reason: 'discussions.thread-locked',
    });
    const plain = wrap(notFound());
    expect(production(formattedOf(plain), plain).extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('maps Nest HTTP exceptions by status', () => {
    const forbidden = wrap(new ForbiddenException('no'));
    expect(production(formattedOf(forbidden), forbidden).extensions).toEqual({ code: 'FORBIDDEN' });
    const bad = wrap(new BadRequestException('bad'));
    expect(production(formattedOf(bad), bad).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('maps Apollo validation failures to BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(production(formattedOf(error), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('hides an unexpected error in production and reports it', () => {
    const error = wrap(new Error('relation "member" does not exist: SELECT * FROM member'));
    const out = production(formattedOf(error), error);
    expect(out).toEqual({ message: 'Internal server error', path: ['field'], extensions: { code: 'INTERNAL' } });
    expect(reported).toHaveLength(1);
  });

  it('shows the stack of an unexpected error outside production', () => {
    const error = wrap(new Error('boom'));
    const out = development(formattedOf(error), error);
    expect(out.extensions?.code).toBe('INTERNAL');
    expect(out.message).toBe('boom');
    expect(Array.isArray(out.extensions?.stacktrace)).toBe(true);
  });

  it('maps a lost connection, a restarting server or a full pool to a retriable UNAVAILABLE, reporting nothing', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    const wrapped = Object.assign(new Error('Query failed'), { driverError: terminated }); // TypeORM's QueryFailedError
    for (const cause of [
      terminated,
      wrapped,
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      Object.assign(new Error('Database connection provided by a query runner was already released'), {
        name: 'QueryRunnerProviderAlreadyReleasedError',
      }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ]) {
      const error = wrap(cause);
      const out = production(formattedOf(error), error);
      expect(out.extensions).toEqual({ code: 'UNAVAILABLE', retriable: true });
      expect(out.message).not.toMatch(/administrator|5432/);
    }
    expect(reported).toEqual([]);
    // A client's own text that merely reads like one is not.
    const typed = new GraphQLError('Expected type Int, found "Connection terminated"');
    expect(production(formattedOf(typed), typed).extensions?.code).not.toBe('UNAVAILABLE');
  });
});
