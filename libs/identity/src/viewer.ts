import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated, type ForumContext } from '@forum/graphql';
import type { Role } from './role.js';

/** Who is asking: a signed-in member (as of this request) or, when null, an anonymous visitor. */
export type Viewer = { memberId: string; officeId: string; role: Role } | null;

/** Where the authentication guard leaves the viewer of an HTTP route (GraphQL has it in its context). */
export interface RequestWithViewer extends Request {
  viewer?: Viewer;
}

/** The viewer of a GraphQL request (from its context) or of an HTTP route; null when none was resolved. */
export function viewerOf(context: ExecutionContext): Viewer {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getContext<Partial<ForumContext>>().viewer ?? null;
  if (context.getType() === 'http') return context.switchToHttp().getRequest<RequestWithViewer>().viewer ?? null;
  return null;
}

/**
 * The viewer of the current request, in any resolver (also field resolvers): null for an anonymous caller.
 * Anonymous unless identity resolved a member for the request: the safe default if it did not.
 */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer =>
  viewerOf(context),
);

/**
 * The signed-in member calling, never null: for operations declared @SignedIn() or @Roles(...). Throws
 * UNAUTHENTICATED when there is none, so that a missing declaration still cannot hand a resolver a null member.
 */
export const CurrentMember = createParamDecorator((_data: unknown, context: ExecutionContext): NonNullable<Viewer> =>
  signedInViewer(viewerOf(context)),
);

/** The viewer, known to be signed in (for services called from operations declared signed-in, and defensively). */
export function signedInViewer(viewer: Viewer): NonNullable<Viewer> {
  if (!viewer) throw unauthenticated();
  return viewer;
}
