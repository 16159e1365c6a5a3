import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  connectionRequest,
  liveConnectionOf,
  type LiveConnection,
  type WsConnectionContext,
} from './live-connection.js';

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
  /** Absent for a subscription's operation over WebSocket (there is no HTTP response). */
  res: Response;
  loaders: ForumLoaders;
  /** The WebSocket connection of a subscription's operation (graphql-ws); undefined over HTTP. */
  connection?: LiveConnection;
}

/**
 * Fills in a domain's part of a new request's context (its loaders, identity's viewer). Runs once per request,
 * before any resolver; contributors run in the order they registered, so a later one may read an earlier one's part.
 */
export type ContextContributor = (context: ForumContext) => void | Promise<void>;

/** Decides whether a new WebSocket connection is accepted, from the context its connectionParams give. */
export type ConnectionCheck = (context: ForumContext) => boolean | Promise<boolean>;

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
  private readonly connectionChecks: ConnectionCheck[] = [];

  register(contributor: ContextContributor): void {
    this.contributors.push(contributor);
  }

  /** A check every new WebSocket connection must pass (identity's: a token given must be valid). */
  registerConnectionCheck(check: ConnectionCheck): void {
    this.connectionChecks.push(check);
  }

  /** The context of one request: the platform's part, then each domain's. */
  async build(req: Request, res: Response): Promise<ForumContext> {
    const context = { req, res, loaders: {} } as ForumContext;
    for (const contribute of this.contributors) await contribute(context);
    return context;
  }

  /** The context of one subscription over WebSocket: built as a request's, from the connection's parameters. */
  async buildForConnection(ctx: WsConnectionContext): Promise<ForumContext> {
    const context = { req: connectionRequest(ctx), loaders: {}, connection: liveConnectionOf(ctx) } as ForumContext;
    for (const contribute of this.contributors) await contribute(context);
    return context;
  }

  /**
   * Builds the domains' parts of a long-lived context again, in place: a subscription answers each event as a request
   * of its own (the viewer as it is now, loaders with nothing cached from earlier events).
   */
  async rebuild(context: ForumContext): Promise<void> {
    context.loaders = {} as ForumLoaders;
    for (const contribute of this.contributors) await contribute(context);
  }

  /** graphql-ws's onConnect: false refuses the connection (close code 4403). */
  async acceptConnection(ctx: WsConnectionContext): Promise<boolean> {
    const context = await this.buildForConnection(ctx);
    for (const check of this.connectionChecks) if (!(await check(context))) return false;
    return true;
  }
}
