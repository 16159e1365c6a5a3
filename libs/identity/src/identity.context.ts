import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GraphQLContextRegistry, type ForumContext } from '@forum/graphql';
import { AuthenticationService } from './authentication.service.js';
import { IdentityLoaders, type IdentityRequestLoaders } from './identity.loaders.js';
import type { Viewer } from './viewer.js';

declare module '@forum/graphql' {
  interface ForumContext {
    /** Who is asking (null: anonymous), resolved once per request from its bearer token. */
    viewer: Viewer;
    /** The forum session of the access token; undefined for anonymous callers and OpenID provider tokens. */
    sessionId?: string;
    /**
     * Why the bearer token was refused (expired, revoked, malformed ...). Kept, not thrown, while the context is
     * built: the authentication guard throws it for each root field, as it would have for a valid request's errors.
     */
    authenticationError?: unknown;
  }
  interface ForumLoaders {
    identity: IdentityRequestLoaders;
  }
}

/** Identity's part of every GraphQL request's context: the viewer (one query per request) and its loaders. */
@Injectable()
export class IdentityContext implements OnModuleInit {
  constructor(
    private readonly contexts: GraphQLContextRegistry,
    private readonly authentication: AuthenticationService,
    private readonly loaders: IdentityLoaders,
  ) {}

  onModuleInit(): void {
    this.contexts.register((context) => this.contribute(context));
  }

  async contribute(context: ForumContext): Promise<void> {
    context.loaders.identity = this.loaders.create();
    context.viewer = null;
    try {
      const authenticated = await this.authentication.authenticate(context.req.headers?.authorization);
      context.viewer = authenticated?.viewer ?? null;
      context.sessionId = authenticated?.sessionId;
    } catch (error) {
      context.authenticationError = error;
    }
  }
}
