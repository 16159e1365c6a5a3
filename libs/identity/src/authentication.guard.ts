import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { unauthenticated } from '@forum/graphql';
import { AuthenticationService, type Authenticated } from './authentication.service.js';
import { requestOf, SIGNED_IN_KEY, type RequestWithViewer } from './viewer.js';

// One lookup per HTTP request, however many root fields (each runs the guard) it asks for.
const resolved = new WeakMap<RequestWithViewer, Promise<Authenticated | null>>();

/** The session of the request's access token, when it is one of the forum's own. */
export const sessionIdOf = (req: RequestWithViewer): string | undefined =>
  (req as RequestWithViewer & { sessionId?: string }).sessionId;

/**
 * Global guard (APP_GUARD): resolves the viewer of every GraphQL query/mutation and HTTP route, and refuses
 * anonymous calls to those marked @SignedIn().
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly authentication: AuthenticationService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (!req) return true;
    let pending = resolved.get(req);
    if (!pending) {
      pending = this.authentication.authenticate(req.headers?.authorization);
      resolved.set(req, pending);
    }
    const authenticated = await pending;
    req.viewer = authenticated?.viewer ?? null;
    (req as RequestWithViewer & { sessionId?: string }).sessionId = authenticated?.sessionId;
    const signedInOnly = this.reflector.getAllAndOverride<boolean>(SIGNED_IN_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (signedInOnly && !req.viewer) throw unauthenticated();
    return true;
  }
}
