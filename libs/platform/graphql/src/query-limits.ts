import type { ApolloServerPlugin } from '@apollo/server';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, GraphQLError, Kind, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { ErrorCode } from './errors.js';
import { DEFAULT_QUERY_LIMITS, measureOperation, type QueryLimits, type QueryMeasure } from './query-cost.js';

export { DEFAULT_QUERY_LIMITS, measureOperation, type QueryLimits, type QueryMeasure } from './query-cost.js';

const ADVICE: Record<NonNullable<QueryMeasure['exceeded']>, (limits: QueryLimits) => string> = {
  depth: (l) => `nested deeper than ${l.maxDepth} levels`,
  cost: (l) => `asks for more than ${l.maxCost} items: ask for smaller pages or fewer levels`,
  aliases: (l) => `uses more than ${l.maxAliases} aliases`,
  fields: (l) => `selects more than ${l.maxFields} fields (fragments expanded)`,
};

/** Throws QUERY_TOO_COMPLEX when the requested operation (or, when none is named, any operation) passes a limit. */
export function assertWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): void {
  const chosen = getOperationAST(document, operationName);
  const operations = chosen
    ? [chosen]
    : document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  for (const operation of operations) {
    const measure = measureOperation(schema, document, operation, variables, limits);
    if (measure.exceeded) {
      throw new GraphQLError(`The query is too complex: it ${ADVICE[measure.exceeded](limits)}`, {
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
      });
    }
  }
}

/**
 * Refuses, before Apollo parses and validates it, an operation nested too deep, asking for too much, or multiplied by
 * aliases and fragments: QUERY_TOO_COMPLEX (HTTP 400). It runs here, ahead of Apollo, because graphql-js's validation
 * of a hostile document is itself expensive and Apollo's hooks before validation cannot answer a request. Parsing
 * and measuring are linear in the body (at most 100 KiB); a body that does not parse is left to Apollo to refuse.
 */
@Injectable()
export class QueryLimitsMiddleware implements NestMiddleware {
  readonly limits = DEFAULT_QUERY_LIMITS;

  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const { query, operationName, variables } = graphqlParamsOf(req);
    if (typeof query !== 'string') return next();
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return next();
    }
    try {
      assertWithinLimits(this.schemaHost.schema, document, operationName, variables, this.limits);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
      return;
    }
    next();
  }
}

function graphqlParamsOf(req: Request): {
  query: unknown;
  operationName: string | undefined;
  variables: Record<string, unknown>;
} {
  const source = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!source || typeof source !== 'object' || Array.isArray(source))
    return { query: undefined, operationName: undefined, variables: {} };
  let variables = source.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = undefined;
    }
  }
  return {
    query: source.query,
    operationName: typeof source.operationName === 'string' ? source.operationName : undefined,
    variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {},
  };
}

/** The same limits for operations that reach Apollo another way (a cached document, an in-process execution). */
export function queryLimits(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          assertWithinLimits(schema, document, request.operationName, request.variables ?? {}, limits);
        },
      };
    },
  };
}
