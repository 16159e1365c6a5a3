import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { accessOf, ErrorCode, forbidden, ForumError, unauthenticated, type AccessDeclaration } from '@forum/core';
import type { ForumContext } from '@forum/graphql';
import { AuthenticationService } from './authentication.service.js';
import type { RequestWithViewer, Viewer } from './viewer.js';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Throws UNAUTHENTICATED or FORBIDDEN when the viewer may not call what the declaration covers. */
export function enforceAccess(declaration: AccessDeclaration, viewer: Viewer): void {
  if (declaration.kind === 'public') return;
  if (!viewer) throw unauthenticated();
  if (declaration.kind === 'roles' && !declaration.roles.includes(viewer.role))
    throw forbidden(`Only ${declaration.roles.join(' or ')} members may do this`);
}

/**
 * Global guard (APP_GUARD) of every root GraphQL field (Query, Mutation) and HTTP route. GraphQL: the viewer is
 * already in the request's context (identity.context.ts, once per request); the guard refuses a refused token, then
 * enforces the operation's access declaration, and refuses an operation that declares none (fail closed: a server
 * defect, so INTERNAL, reported). Field resolvers are not guarded per field (that would cost a call per field of
 * every row): their declarations are checked by the access-declarations test, and their data-dependent rules are
 * access.policy.ts predicates called in the resolver.
 * HTTP routes declare their access the same way (the platform's health and IDE routes with @Public() from
 * @forum/core) and an undeclared one is refused; refusals are 401/403 there, as HTTP clients expect.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly authentication: AuthenticationService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() === 'graphql') return this.checkOperation(context);
    if (context.getType() === 'http') return this.checkRoute(context);
    return true;
  }

  private checkOperation(context: ExecutionContext): boolean {
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;
    const forum = gql.getContext<Partial<ForumContext>>();
    if (forum.authenticationError) throw forum.authenticationError;
    const declaration = accessOf(context.getHandler());
    if (!declaration)
      throw new Error(
        `${info.parentType.name}.${info.fieldName} declares no access: add @Public(), @SignedIn() or @Roles(...)`,
      );
    enforceAccess(declaration, forum.viewer ?? null);
    return true;
  }

  private async checkRoute(context: ExecutionContext): Promise<boolean> {
    const declaration = accessOf(context.getHandler());
    const req = context.switchToHttp().getRequest<RequestWithViewer>();
    if (!declaration)
      throw new Error(`${req.method} ${req.path} declares no access: add @Public(), @SignedIn() or @Roles(...)`);
    req.viewer = null;
    if (declaration.kind === 'public') return true;
    try {
      req.viewer = (await this.authentication.authenticate(req.headers?.authorization))?.viewer ?? null;
      enforceAccess(declaration, req.viewer);
    } catch (error) {
      if (!(error instanceof ForumError)) throw error;
      throw new HttpException(
        { code: error.code, message: error.message },
        error.code === ErrorCode.UNAUTHENTICATED ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
      );
    }
    return true;
  }
}
