import { spawn } from 'node:child_process';
import {
  createTestDatabase,
  startApiProcess,
  WORKSPACE_ROOT,
  type ApiProcess,
  type TestDatabase,
} from '@forum/testing';

const ADMIN_ENTRY = `${WORKSPACE_ROOT}dist/apps/api/src/admin.js`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';

/** `npm run admin -- …` as the operator runs it (the built entry), with `stdin` piped in when given. */
function admin(args: string[], env: Record<string, string>, stdin?: string) {
  const child = spawn(process.execPath, [ADMIN_ENTRY, ...args], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  if (stdin !== undefined) child.stdin?.end(stdin);
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

// Issue 8: an operator's way back in, against the database of a running API.
describe('npm run admin -- reset-password', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  const first = { email: 'admin@forum.test', password: 'first-admin-password' };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiProcess({
      env: { DATABASE_URL: db.url, ADMIN_EMAIL: first.email, ADMIN_PASSWORD: first.password },
    });
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('sets a password given on stdin: the member signs in with it, not with the old one; it is not printed', async () => {
    const { code, output } = await admin(
      ['reset-password', 'ADMIN@forum.test'],
      { DATABASE_URL: db.url },
      'a-password-from-the-operator\n',
    );
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('is set') });
    expect(output).not.toContain('a-password-from-the-operator');
    await api.client.data(SIGN_IN, { input: { email: first.email, password: 'a-password-from-the-operator' } });
    expect(await api.client.errorCodes(SIGN_IN, { input: first })).toEqual(['UNAUTHENTICATED']);
    const [entry] = await db.query<{ kind: string; details: unknown }>(
      `SELECT kind, details FROM audit_event WHERE kind = 'PASSWORD_RESET'`,
    );
    expect(entry).toEqual({ kind: 'PASSWORD_RESET', details: { via: 'OPERATOR' } });
  });

  it('without stdin prints a one-time link whose token resetPassword takes once', async () => {
    const { code, output } = await admin(['reset-password', first.email], { DATABASE_URL: db.url });
    expect(code).toBe(0);
    const token = /reset-password#token=([A-Za-z0-9_-]+)/.exec(output)?.[1];
    expect(token).toBeDefined();
    const reset = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }';
    const input = { token, newPassword: 'chosen-through-the-link' };
    await api.client.data(reset, { input });
    expect(await api.client.errorCodes(reset, { input })).toEqual(['NOT_FOUND']);
    await api.client.data(SIGN_IN, { input: { email: first.email, password: 'chosen-through-the-link' } });
  });

  it('exits 1 naming the problem for an unknown e-mail or a short password, and 2 with usage for no command', async () => {
    const unknown = await admin(
      ['reset-password', 'nobody@forum.test'],
      { DATABASE_URL: db.url },
      'long-enough-password',
    );
    expect(unknown).toEqual({ code: 1, output: expect.stringContaining('No member has this e-mail') });
    const short = await admin(['reset-password', first.email], { DATABASE_URL: db.url }, 'short');
    expect(short).toEqual({ code: 1, output: expect.stringContaining('at least 12 characters') });
    expect(short.output).not.toContain('short\n');
    expect((await admin([], { DATABASE_URL: db.url })).code).toBe(2);
  });
});
