import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { createForumClient } from '../lib/graphql/client';
import { I18nProvider } from '../lib/i18n/I18nProvider';
import { useSession } from '../lib/session/useSession';
import { router } from './router';

/** One GraphQL client (and cache) per member: what one member saw is never shown to the next on this device. */
function GraphQL({ children }: { children: React.ReactNode }) {
  const memberId = useSession()?.member.id ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- memberId is not read inside, it is why a new client (a fresh cache) is made
  const client = useMemo(() => createForumClient(), [memberId]);
  return <GraphQLProvider value={client}>{children}</GraphQLProvider>;
}

export function App() {
  return (
    <I18nProvider>
      <GraphQL>
        <RouterProvider router={router} />
      </GraphQL>
    </I18nProvider>
  );
}
