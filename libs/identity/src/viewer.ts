import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '@forum/graphql';
import type { Role } from './role.js';

/** Who is asking: a signed-in member (as of this request) or, when null, an anonymous visitor. */
export type Viewer = { memberId: string; officeId: string; role: Role } | null;

/** Where the authentication guard leaves the viewer of a request. */
export interface RequestWithViewer extends Request {
  viewer?: Viewer;
}

export const SIGNED_IN_KEY = 'identity:signedIn';

export function requestOf(context: ExecutionContext): RequestWithViewer | undefined {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getContext<{ req?: RequestWithViewer }>().req;
  if (context.getType() === 'http') return context.switchToHttp().getRequest<RequestWithViewer>();
  return undefined;
}

/**
 * The viewer of the current request, in any resolver (also field resolvers).
 * Anonymous unless the authentication guard resolved a member: the safe default if it did not run.
 */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer => requestOf(context)?.viewer ?? null,
);

/** The query or mutation needs a signed-in member; an anonymous caller gets UNAUTHENTICATED. */
export const SignedIn = () => SetMetadata(SIGNED_IN_KEY, true);

/** The viewer, known to be signed in (for services called from resolvers marked @SignedIn, and defensively elsewhere). */
export function signedInViewer(viewer: Viewer): NonNullable<Viewer> {
  if (!viewer) throw unauthenticated();
  return viewer;
}
