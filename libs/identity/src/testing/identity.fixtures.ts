import type { DataSource } from 'typeorm';
import { hashPassword } from '../password.js';
import { Role } from '../role.js';

export interface TestMemberOptions {
  officeCode: string;
  email?: string;
  password?: string;
  role?: Role;
  displayName?: string;
}

export interface TestMember {
  id: string;
  email: string;
  password: string;
  officeId: string;
}

let sequence = 0;

/** Inserts an active member straight into the database (the offices are seeded when the IdentityModule starts). */
export async function createTestMember(dataSource: DataSource, options: TestMemberOptions): Promise<TestMember> {
  sequence += 1;
  const email = (
    options.email ?? `member${sequence}.${Date.now().toString(36)}@${options.officeCode.toLowerCase()}.example.org`
  ).toLowerCase();
  const password = options.password ?? `password-${sequence}-for-tests`;
  const [office] = (await dataSource.query('SELECT id FROM office WHERE code = $1', [
    options.officeCode.toUpperCase(),
  ])) as { id: string }[];
  if (!office) throw new Error(`createTestMember: no office ${options.officeCode} (is the IdentityModule imported?)`);
  const [member] = (await dataSource.query(
    `INSERT INTO member (email, display_name, office_id, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      email,
      options.displayName ?? `Test member ${sequence}`,
      office.id,
      options.role ?? Role.MEMBER,
      await hashPassword(password),
    ],
  )) as { id: string }[];
  return { id: member.id, email, password, officeId: office.id };
}

interface SignInClient {
  data<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** Signs in through the API (the signIn mutation) and returns the access token. */
export async function signInForTest(client: SignInClient, email: string, password: string): Promise<string> {
  const { signIn } = await client.data<{ signIn: { accessToken: string } }>(
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { email, password } },
  );
  return signIn.accessToken;
}

/** A member created in the database and signed in through the API: its id and access token. */
export async function signedInTestMember(
  api: { dataSource: DataSource; client: SignInClient },
  options: TestMemberOptions,
): Promise<{ id: string; token: string }> {
  const member = await createTestMember(api.dataSource, options);
  return { id: member.id, token: await signInForTest(api.client, member.email, member.password) };
}
