import { DataSource } from 'typeorm';
import { SqlStatementCounter } from '@forum/database';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';

const ADMIN_EMAIL = 'root@wipo.example.org';
const ADMIN_PASSWORD = 'admin-password-for-tests';
const SET_ROLE = 'mutation($id: ID!, $role: Role!) { setMemberRole(memberId: $id, role: $role) { id } }';
const DEACTIVATE = 'mutation($id: ID!) { deactivateMember(memberId: $id) { id } }';
const LOG = `query($first: Int) { auditLog(first: $first, kind: ROLE_CHANGED) { edges { node {
  actorId memberId actor { displayName } member { displayName office { code } } } } } }`;

interface Log {
  auditLog: {
    edges: {
      node: {
        actorId: string | null;
        memberId: string | null;
        actor: { displayName: string } | null;
        member: { displayName: string; office: { code: string } } | null;
      };
    }[];
  };
}

// The administrators' page shows who acted on whom by name (issue 15): the log's ids resolved through the request's
// member loader, deactivated members included, in a number of statements that does not grow with the page.
describe('the audit log names its members', () => {
  let api: TestApp;
  let adminToken: string;
  let counter: SqlStatementCounter;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL, ADMIN_PASSWORD },
    });
    adminToken = await signInForTest(api.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    counter = api.app.get(SqlStatementCounter);
    const dataSource = api.app.get(DataSource);
    for (const [i, officeCode] of ['DE', 'CN', 'BR'].entries()) {
      const member = await createTestMember(dataSource, { officeCode, displayName: `Member ${i}` });
      await api.client.data(SET_ROLE, { id: member.id, role: 'MODERATOR' }, { token: adminToken });
    }
  });
  afterAll(() => api.close());

  it('answers actor and member with their names, a deactivated member too; null where no member acted', async () => {
    const { auditLog } = await api.client.data<Log>(LOG, { first: 10 }, { token: adminToken });
    expect(auditLog.edges.map((edge) => edge.node.member)).toEqual([
      { displayName: 'Member 2', office: { code: 'BR' } },
      { displayName: 'Member 1', office: { code: 'CN' } },
      { displayName: 'Member 0', office: { code: 'DE' } },
    ]);
    const admins = await api.db.query<{ display_name: string }>('SELECT display_name FROM member WHERE email = $1', [
      ADMIN_EMAIL,
    ]);
    expect(new Set(auditLog.edges.map((edge) => edge.node.actor?.displayName))).toEqual(
      new Set(admins.map((admin) => admin.display_name)),
    );

    await api.client.data(DEACTIVATE, { id: auditLog.edges.at(0)?.node.memberId }, { token: adminToken });
    const after = await api.client.data<Log>(LOG, { first: 1 }, { token: adminToken });
    expect(after.auditLog.edges.map((edge) => edge.node.member?.displayName)).toEqual(['Member 2']);

    const failed = await api.client.data<{ auditLog: { edges: { node: { actor: unknown; member: unknown } }[] } }>(
      '{ auditLog(first: 1, kind: ADMIN_BOOTSTRAPPED) { edges { node { actor { id } member { displayName } } } } }',
      {},
      { token: adminToken },
    );
    expect(failed.auditLog.edges.map((edge) => edge.node.actor)).toEqual([null]);
  });

  it('reads the names of a page of 3 entries in one statement, as for 1 (the member loader, no N+1)', async () => {
    // Counted among the statements of the request: the outbox's background statements may fall in the same window.
    const memberReads = (statements: string[]) =>
      statements.filter((statement) => statement.includes('WHERE m.id = ANY($1::uuid[])')).length;
    const one = await counter.measure(() => api.client.data(LOG, { first: 1 }, { token: adminToken }));
    const three = await counter.measure(() => api.client.data(LOG, { first: 3 }, { token: adminToken }));
    expect([memberReads(one.statements), memberReads(three.statements)]).toEqual([1, 1]);
  });
});
