import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GraphQLContextRegistry } from '@forum/graphql';
import { DiscussionsLoaders, type DiscussionLoaders } from './discussions.loaders.js';

declare module '@forum/graphql' {
  interface ForumLoaders {
    discussions: DiscussionLoaders;
  }
}

/**
 * Discussions' part of every GraphQL request's context: its loaders, made for the request's viewer (identity's part,
 * registered first since this module imports identity's, has set it).
 */
@Injectable()
export class DiscussionsContext implements OnModuleInit {
  constructor(
    private readonly contexts: GraphQLContextRegistry,
    private readonly loaders: DiscussionsLoaders,
  ) {}

  onModuleInit(): void {
    this.contexts.register((context) => {
      context.loaders.discussions = this.loaders.create(context.viewer);
    });
  }
}
