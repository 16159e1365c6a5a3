import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../../app/paths';
import { useSession } from '../../lib/session/useSession';

/** A page for members only: signed out, it goes to the sign-in page and comes back after. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (!session) return <Navigate to={paths.signIn(pathname + search)} replace />;
  return <>{children}</>;
}
