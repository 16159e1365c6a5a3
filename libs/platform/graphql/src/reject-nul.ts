import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit } from 'graphql';
import { badInput, ErrorCode } from './errors.js';

const NUL = '\u0000';

/**
 * How deep variables may nest (objects and lists). The schema's inputs need a handful of levels; the limit only has
 * to keep a hostile body (a JSON array nested 50,000 times fits in 100 KB) from reaching code that recurses.
 */
export const MAX_VARIABLE_DEPTH = 32;

export type VariablesProblem = { kind: 'nul' | 'depth'; variable: string };

/**
 * What is wrong with a request's variables, if anything: U+0000 in a string or key, or nesting deeper than
 * MAX_VARIABLE_DEPTH. Walks with an explicit stack, so that no nesting can overflow the call stack.
 */
export function inspectVariables(variables: unknown): VariablesProblem | null {
  if (variables === null || typeof variables !== 'object') return null;
  const stack: { value: unknown; depth: number; variable: string }[] = Object.entries(variables).flatMap(
    ([variable, value]) => [
      { value: variable, depth: 1, variable },
      { value, depth: 1, variable },
    ],
  );
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, depth, variable } = item;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return { kind: 'nul', variable };
    } else if (value !== null && typeof value === 'object') {
      if (depth > MAX_VARIABLE_DEPTH) return { kind: 'depth', variable };
      for (const [key, child] of Object.entries(value)) {
        if (key.includes(NUL)) return { kind: 'nul', variable };
        stack.push({ value: child, depth: depth + 1, variable });
      }
    }
  }
  return null;
}

// A ForumError inside, so that the error formatter keeps its details (the variable) as it does for a service's.
const refuse = (message: string, details: Record<string, unknown> = {}) =>
  new GraphQLError(message, {
    originalError: badInput(message, details),
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
  });

/**
 * PostgreSQL text cannot hold U+0000: such input would fail deep in a query as INTERNAL. Refused here, once for every
 * domain, in variables and in string literals alike; so are variables nested deeper than any input of the schema.
 */
export const rejectNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const problem = inspectVariables(request.variables);
        if (problem?.kind === 'depth')
          throw refuse(`Variables may nest at most ${MAX_VARIABLE_DEPTH} levels deep`, { variable: problem.variable });
        if (problem) throw refuse('Text may not contain the NUL character (U+0000)', { variable: problem.variable });
        let found = false;
        visit(document, { StringValue: (node) => void (found ||= node.value.includes(NUL)) });
        if (found) throw refuse('Text may not contain the NUL character (U+0000)');
      },
    };
  },
};
