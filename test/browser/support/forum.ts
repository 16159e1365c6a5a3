import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createTestDatabase,
  startApiProcess,
  WORKSPACE_ROOT,
  type ApiProcess,
  type TestDatabase,
} from '@forum/testing';

export const WEB_BUILD = join(WORKSPACE_ROOT, 'dist/apps/web');
export const ADMIN = { email: 'admin@forum.test', password: 'first-admin-password' };
export const PASSWORD = 'a long enough password';

/** Fails at once, with what to do, when the client was not built (npm test builds it; a test run alone may not). */
export function requireWebBuild(): void {
  if (!existsSync(join(WEB_BUILD, 'index.html')))
    throw new Error(`${WEB_BUILD}/index.html is missing: run npm run build:web (and npm run build) first`);
}

export interface Forum {
  api: ApiProcess;
  db: TestDatabase;
  adminToken: string;
  /** Invites someone into an office and answers the invitation's token. */
  invite(email: string, officeCode: string, role?: string): Promise<string>;
  /** A member that accepted an invitation (through the API), as MEMBER unless told: its e-mail, password and token. */
  member(
    displayName: string,
    officeCode: string,
    role?: string,
  ): Promise<{ email: string; password: string; token: string }>;
  stop(): Promise<void>;
}

/** The built API on a fresh database of its own (the server of DATABASE_URL, or the test run's embedded one). */
export async function startForum(): Promise<Forum> {
  requireWebBuild();
  const db = await createTestDatabase();
  const api = await startApiProcess({
    env: {
      DATABASE_URL: db.url,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: randomBytes(24).toString('hex'),
      // Deliveries of the outbox are woken by NOTIFY; the poll is the fallback only.
      EVENTS_POLL_INTERVAL_MS: '1000',
    },
  });
  const { signIn } = await api.client.data<{ signIn: { accessToken: string } }>(
    'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: ADMIN },
  );
  const admin = api.client.as(signIn.accessToken);
  const invite = async (email: string, officeCode: string, role = 'MEMBER') =>
    (
      await admin.data<{ inviteMember: string }>(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) }',
        { input: { email, role, officeCode } },
      )
    ).inviteMember;
  return {
    api,
    db,
    adminToken: signIn.accessToken,
    invite,
    async member(displayName, officeCode, role) {
      const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}.${randomBytes(3).toString('hex')}@office.test`;
      const token = await invite(email, officeCode, role);
      const { acceptInvitation } = await api.client.data<{ acceptInvitation: { accessToken: string } }>(
        'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
        { input: { token, displayName, password: PASSWORD } },
      );
      return { email, password: PASSWORD, token: acceptInvitation.accessToken };
    },
    async stop() {
      await api.stop();
      await db.drop();
    },
  };
}
