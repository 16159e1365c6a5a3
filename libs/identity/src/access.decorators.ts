import { declareAccess } from '@forum/core';
import { Role } from './role.js';

export { Public } from '@forum/core';

/** Any signed-in member; an anonymous caller gets UNAUTHENTICATED. */
export const SignedIn = (): MethodDecorator => declareAccess({ kind: 'signed-in' });

/**
 * A signed-in member with one of these roles: UNAUTHENTICATED when anonymous, FORBIDDEN for another role. Rules that
 * depend on the data (an office admin manages its own office only) are the predicates of access.policy.ts.
 */
export function Roles(...roles: [Role, ...Role[]]): MethodDecorator {
  const known = new Set<string>(Object.values(Role));
  if (roles.length === 0 || roles.some((role) => !known.has(role)))
    throw new Error(`@Roles(${roles.join(', ')}): name one or more of ${[...known].join(', ')}`);
  return declareAccess({ kind: 'roles', roles: Object.freeze([...new Set(roles)]) });
}
