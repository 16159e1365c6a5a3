import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';
import { ErrorCode } from './errors.js';

const NUL = '\u0000';

export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(containsNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/**
 * PostgreSQL text cannot hold U+0000: such input would fail deep in a query as INTERNAL. Refused here, once for every
 * domain, in variables and in string literals alike.
 */
export const rejectNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let found = containsNul(request.variables);
        if (!found) visit(document, { StringValue: (node) => void (found ||= node.value.includes(NUL)) });
        if (found) {
          throw new GraphQLError('Text may not contain the NUL character (U+0000)', {
            extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
          });
        }
      },
    };
  },
};
