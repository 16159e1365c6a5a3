import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';

/**
 * The per-request loaders, one entry per domain. Empty here (the platform knows no domain): each domain adds its
 * entry by module augmentation, e.g. in identity
 * `declare module '@forum/graphql' { interface ForumLoaders { identity: IdentityRequestLoaders } }`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled in by the domains
export interface ForumLoaders {}

/**
 * What every resolver receives as its context (`@Context() context: ForumContext`), built once per request.
 * Domains add their fields by module augmentation (identity adds `viewer`); see docs/architecture.md.
 */
export interface ForumContext {
  req: Request;
  res: Response;
  loaders: ForumLoaders;
}

/**
 * Fills in a domain's part of a new request's context (its loaders, identity's viewer). Runs once per request,
 * before any resolver; contributors run in the order they registered, so a later one may read an earlier one's part.
 */
export type ContextContributor = (context: ForumContext) => void | Promise<void>;

/**
 * Where domain modules register their context contributors, at init:
 * ```ts
 * export class DiscussionsModule implements OnModuleInit {
 *   constructor(private readonly contexts: GraphQLContextRegistry, private readonly loaders: DiscussionsLoaders) {}
 *   onModuleInit() {
 *     this.contexts.register((context) => { context.loaders.discussions = this.loaders.create(context.viewer); });
 *   }
 * }
 * ```
 */
@Injectable()
export class GraphQLContextRegistry {
  private readonly contributors: ContextContributor[] = [];

  register(contributor: ContextContributor): void {
    this.contributors.push(contributor);
  }

  /** The context of one request: the platform's part, then each domain's. */
  async build(req: Request, res: Response): Promise<ForumContext> {
    const context = { req, res, loaders: {} } as ForumContext;
    for (const contribute of this.contributors) await contribute(context);
    return context;
  }
}
