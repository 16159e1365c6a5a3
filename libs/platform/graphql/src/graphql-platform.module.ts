import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { createErrorFormatter, type ErrorReporter } from './format-error.js';
import { GraphiqlAssetsController, graphiqlLandingPage } from './graphiql.js';
import { queryLimits } from './query-limits.js';
import { rejectNulCharacters } from './reject-nul.js';

export const GRAPHQL_PATH = '/graphql';

/** What every resolver receives as its context. */
export interface ForumContext {
  req: Request;
  res: Response;
}

export interface GraphQLPlatformOptions {
  /** Where an unexpected error is reported (the logger). */
  report: ErrorReporter;
}

/** Code-first GraphQL at /graphql: one error mapping, the offline IDE outside production, the schema emitted on demand. */
@Module({})
export class GraphQLPlatformModule {
  static forRoot(options: GraphQLPlatformOptions): DynamicModule {
    return {
      module: GraphQLPlatformModule,
      controllers: [GraphiqlAssetsController],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [FORUM_CONFIG],
          useFactory: (config: ForumConfig) => ({
            path: GRAPHQL_PATH,
            autoSchemaFile: config.graphqlSchemaFile ?? true,
            sortSchema: true,
            playground: false,
            graphiql: false,
            introspection: true,
            includeStacktraceInErrorResponses: !config.isProduction,
            plugins: [
              rejectNulCharacters,
              queryLimits(),
              config.isProduction ? ApolloServerPluginLandingPageDisabled() : graphiqlLandingPage(GRAPHQL_PATH),
            ],
            formatError: createErrorFormatter({ production: config.isProduction, report: options.report }),
            context: ({ req, res }: ForumContext): ForumContext => ({ req, res }),
          }),
        }),
      ],
    };
  }
}
