import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { GraphQLModule, type GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import type { Logger } from 'pino';
import { createErrorFormatter, type ErrorReporter } from './format-error.js';
import { GraphiqlAssetsController, graphiqlLandingPage } from './graphiql.js';
import { HomePageController } from './home-page.js';
import { logClientErrors } from './client-error-log.js';
import { AnonymousAnswers } from './anonymous-answers.js';
import { answerPreloadedFields } from './preloaded-fields.js';
import { queryLimits, QueryLimitsMiddleware } from './query-limits.js';
import { rejectNulCharacters } from './reject-nul.js';
import { unavailableStatus } from './unavailable.js';
import { GraphQLContextRegistry } from './request-context.js';
import {
  formattedWsErrors,
  isWsConnectionContext,
  limitedWsSubscriptions,
  type WsConnectionContext,
} from './live-connection.js';

export const GRAPHQL_PATH = '/graphql';
/** What the kept anonymous answers may take (their JSON): a few hundred thread pages. */
const ANSWERS_MAX_BYTES = 8 * 1024 * 1024;

export interface GraphQLPlatformOptions {
  /** Where an unexpected error is reported (the logger). */
  report: ErrorReporter;
}

/** Code-first GraphQL at /graphql: one error mapping, the offline IDE outside production, the schema emitted on demand. */
@Module({})
export class GraphQLPlatformModule implements NestModule {
  // Ahead of Apollo, so that a hostile document is refused before graphql-js validates it.
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(QueryLimitsMiddleware).forRoutes(GRAPHQL_PATH);
  }

  static forRoot(options: GraphQLPlatformOptions): DynamicModule {
    return {
      module: GraphQLPlatformModule,
      // Global: every domain module registers its context contributor in the one registry.
      global: true,
      providers: [
        GraphQLContextRegistry,
        {
          provide: AnonymousAnswers,
          inject: [FORUM_CONFIG],
          useFactory: (config: ForumConfig) =>
            new AnonymousAnswers({ ttlMs: config.answerCacheSeconds * 1_000, maxBytes: ANSWERS_MAX_BYTES }),
        },
      ],
      exports: [GraphQLContextRegistry, AnonymousAnswers],
      controllers: [GraphiqlAssetsController, HomePageController],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [FORUM_CONFIG, GraphQLContextRegistry, LOGGER, AnonymousAnswers],
          useFactory: (
            config: ForumConfig,
            contexts: GraphQLContextRegistry,
            logger: Logger,
            answers: AnonymousAnswers,
          ) => {
            const formatError = createErrorFormatter({ production: config.isProduction, report: options.report });
            let served: GraphQLSchema | undefined; // for the limits of subscription documents
            return {
              path: GRAPHQL_PATH,
              autoSchemaFile: config.graphqlSchemaFile ?? true,
              sortSchema: true,
              // Fields a page already loaded in batches are plain values, not a resolver call per row.
              transformSchema: (schema: GraphQLSchema) => (served = answerPreloadedFields(schema)),
              playground: false,
              graphiql: false,
              // Off in production unless GRAPHQL_INTROSPECTION=true; "did you mean" suggestions go with it.
              introspection: config.graphqlIntrospection,
              hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
              includeStacktraceInErrorResponses: !config.isProduction,
              plugins: [
                // Apollo installs cache control by default: a willResolveField hook on every field of every answer
                // (9 % of a thread page's CPU) for cache hints this API never sets (docs/performance.md).
                ApolloServerPluginCacheControlDisabled(),
                rejectNulCharacters,
                queryLimits(),
                unavailableStatus,
                logClientErrors(logger),
                // Anonymous queries answered again without running them, until the next event (anonymous-answers.ts).
                answers.plugin(),
                config.isProduction ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(GRAPHQL_PATH),
              ],
              formatError,
              // Subscriptions over graphql-ws on the same server and path (ws://host/graphql): the connection is
              // authenticated from connectionParams ({ authorization: "Bearer <token>" }) by the same contributors as
              // a request, and refused (4403) when a token is given and not valid; errors get the contract's codes.
              subscriptions: {
                'graphql-ws': {
                  path: GRAPHQL_PATH,
                  onConnect: (ctx: WsConnectionContext) => contexts.acceptConnection(ctx),
                  ...limitedWsSubscriptions(() => served),
                  // onError is graphql-ws's own option, passed on by Nest though its type does not list it.
                  ...formattedWsErrors(formatError),
                } as GraphQLWsSubscriptionsConfig,
              },
              // Built once per request (per subscription over WebSocket) by the domains' contributors (viewer,
              // loaders): see request-context.ts.
              context: (arg: { req: Request; res: Response } | WsConnectionContext) =>
                isWsConnectionContext(arg) ? contexts.buildForConnection(arg) : contexts.build(arg.req, arg.res),
            };
          },
        }),
      ],
    };
  }
}
