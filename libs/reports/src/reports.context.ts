import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GraphQLContextRegistry } from '@forum/graphql';
import { ReportsLoadersFactory, type ReportsLoaders } from './reports.loaders.js';

declare module '@forum/graphql' {
  interface ForumLoaders {
    reports: ReportsLoaders;
  }
}

/** Reports' part of every GraphQL request's context: its loaders, for the request's viewer (set by identity first). */
@Injectable()
export class ReportsContext implements OnModuleInit {
  constructor(
    private readonly contexts: GraphQLContextRegistry,
    private readonly loaders: ReportsLoadersFactory,
  ) {}

  onModuleInit(): void {
    this.contexts.register((context) => {
      context.loaders.reports = this.loaders.create(context.viewer);
    });
  }
}
