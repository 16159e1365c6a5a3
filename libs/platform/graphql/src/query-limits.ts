import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from './connection.js';
import { ErrorCode } from './errors.js';

export interface QueryLimits {
  /** The deepest nesting of fields allowed. */
  maxDepth: number;
  /** The most fields a query may resolve, estimated by multiplying each page size (`first`) into what it contains. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 25_000 };

function pageSizeOf(
  args: readonly { name: { value: string }; value: ValueNode }[] | undefined,
  variables: Record<string, unknown>,
): number {
  const first = args?.find((arg) => arg.name.value === 'first');
  if (!first) return 1;
  const value =
    first.value.kind === Kind.VARIABLE
      ? variables[first.value.name.value]
      : first.value.kind === Kind.INT
        ? Number(first.value.value)
        : undefined;
  // An absent variable takes the field's default; the largest page is the safe guess.
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : MAX_PAGE_SIZE;
}

/** Depth and estimated cost of an operation (fragments expanded; a fragment cycle is invalid GraphQL anyway). */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  const walk = (set: SelectionSetNode, level: number, multiplier: number, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        depth = Math.max(depth, level);
        cost += multiplier;
        if (selection.selectionSet)
          walk(selection.selectionSet, level + 1, multiplier * pageSizeOf(selection.arguments, variables), seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, level, multiplier, seen);
      } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        walk(fragments[selection.name.value].selectionSet, level, multiplier, new Set([...seen, selection.name.value]));
      }
    }
  };
  walk(operation.selectionSet, 1, 1, new Set());
  return { depth, cost };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return fragments;
}

/** Refuses, before anything runs, queries nested too deep or asking for too much at once: QUERY_TOO_COMPLEX. */
export function queryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (!operation) return;
          const { depth, cost } = measureOperation(operation, fragmentsOf(document), request.variables ?? {});
          if (depth > limits.maxDepth || cost > limits.maxCost) {
            throw new GraphQLError(
              `The query is too complex (depth ${depth} of at most ${limits.maxDepth}, cost ${cost} of at most ${limits.maxCost}): ask for smaller pages or fewer levels`,
              {
                extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}
