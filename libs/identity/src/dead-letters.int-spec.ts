import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from '@forum/testing';
import { IdentityModule, identityEntities } from './identity.module.js';
import { Role } from './role.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';

const ADMIN_EMAIL = 'root@wipo.example.org';
const ADMIN_PASSWORD = 'admin-password-for-tests';
const LIST = `query($first: Int, $after: String) { deadLetters(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id eventId eventName consumer attempts lastError occurredAt diedAt } } } }`;
const RETRY = 'mutation($id: ID!) { retryDeadLetter(id: $id) }';

interface Listed {
  deadLetters: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; eventName: string; consumer: string; attempts: number; lastError: string } }[];
  };
}

describe('dead letters of domain events (admins only)', () => {
  let api: TestApp;
  let adminToken: string;
  let memberToken: string;
  let deliveryIds: string[];

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: { ADMIN_EMAIL, ADMIN_PASSWORD },
    });
    adminToken = await signInForTest(api.client, ADMIN_EMAIL, ADMIN_PASSWORD);
    const moderator = await createTestMember(api.app.get(DataSource), { officeCode: 'DE', role: Role.MODERATOR });
    memberToken = await signInForTest(api.client, moderator.email, moderator.password);
    // Two deliveries that failed for good (as the worker leaves them), one that is still pending.
    const rows = await api.db.query<{ id: string; state: string }>(
      `WITH event AS (INSERT INTO domain_event (name, payload) VALUES ('test.happened', '{"secret":"office only"}')
                      RETURNING id)
       INSERT INTO event_delivery (event_id, consumer, state, attempts, last_error, updated_at)
       SELECT event.id, c.consumer, c.state::event_delivery_state, c.attempts, 'Error: boom', now() - c.age * interval '1 second'
         FROM event, (VALUES ('mail.notify', 'DEAD', 8, 2), ('search.index', 'DEAD', 8, 1), ('feed.update', 'PENDING', 1, 0))
              AS c(consumer, state, attempts, age)
       RETURNING id, state`,
    );
    deliveryIds = rows.filter((row) => row.state === 'DEAD').map((row) => row.id);
  });
  afterAll(() => api.close());

  it('lists dead deliveries, newest first and paged, without their payload', async () => {
    const first = await api.client.data<Listed>(LIST, { first: 1 }, { token: adminToken });
    expect(first.deadLetters.totalCount).toBe(2);
    expect(first.deadLetters.pageInfo.hasNextPage).toBe(true);
    expect(first.deadLetters.edges[0].node).toMatchObject({
      consumer: 'search.index',
      eventName: 'test.happened',
      attempts: 8,
      lastError: 'Error: boom',
    });
    const second = await api.client.data<Listed>(
      LIST,
      { first: 1, after: first.deadLetters.pageInfo.endCursor },
      { token: adminToken },
    );
    expect(second.deadLetters.edges.map((edge) => edge.node.consumer)).toEqual(['mail.notify']);
    expect(second.deadLetters.pageInfo.hasNextPage).toBe(false);
    expect(JSON.stringify([first, second])).not.toContain('office only');
  });

  it('refuses other roles and anonymous callers', async () => {
    expect(await api.client.errorCodes(LIST, {}, { token: memberToken })).toEqual(['FORBIDDEN']);
    expect(await api.client.errorCodes(RETRY, { id: deliveryIds[0] }, { token: memberToken })).toEqual(['FORBIDDEN']);
    expect(await api.client.errorCodes(LIST, {})).toEqual(['UNAUTHENTICATED']);
  });

  it('puts a dead letter back in line once; an unknown or live one is NOT_FOUND', async () => {
    const retried = await api.client.data<{ retryDeadLetter: boolean }>(
      RETRY,
      { id: deliveryIds[0] },
      { token: adminToken },
    );
    expect(retried.retryDeadLetter).toBe(true);
    const [row] = await api.db.query('SELECT state, attempts FROM event_delivery WHERE id = $1', [deliveryIds[0]]);
    expect(row).toEqual({ state: 'PENDING', attempts: 0 });
    for (const id of [deliveryIds[0], crypto.randomUUID(), 'not-a-uuid'])
      expect(await api.client.errorCodes(RETRY, { id }, { token: adminToken })).toEqual(['NOT_FOUND']);
    const after = await api.client.data<Listed>(LIST, {}, { token: adminToken });
    expect(after.deadLetters.totalCount).toBe(1);
  });
});
