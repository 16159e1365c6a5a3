import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { createTestMember, IdentityModule, identityEntities, Role, signInForTest } from '@forum/identity';
import { createTestApp, type GraphQLResponse, type TestApp } from '@forum/testing';
import { StacksModule, stacksEntities } from '../stacks.module.js';

export interface StacksForum {
  api: TestApp;
  /** Signs in a new member of the office and returns its access token. */
  member(officeCode: string, role?: Role): Promise<string>;
  as(token: string | undefined): {
    request<T = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<GraphQLResponse<T>>;
    data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  };
  close(): Promise<void>;
}

export async function startStacksForum(env: Record<string, string> = {}): Promise<StacksForum> {
  const api = await createTestApp({
    imports: [CatalogModule, IdentityModule, DiscussionsModule, StacksModule],
    entities: [...catalogEntities, ...identityEntities, ...discussionsEntities, ...stacksEntities],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password', ...env },
  });
  const dataSource = api.app.get(DataSource);
  return {
    api,
    async member(officeCode, role = Role.MEMBER) {
      const member = await createTestMember(dataSource, { officeCode, role });
      return signInForTest(api.client, member.email, member.password);
    },
    as: (token) => ({
      request: (query, variables) => api.client.request(query, variables, { token }),
      data: (query, variables) => api.client.data(query, variables, { token }),
    }),
    close: () => api.close(),
  };
}

export const PUBLISH = `mutation Publish($input: TechStackInput!) {
  publishTechStack(input: $input) {
    id version visibility office { code } thread { id kind postCount }
    components { layer product givenProduct version hosting status decommissionBy vendorEndOfSupport successor obsolescenceWarning }
    roadmap { title component targetDate action }
  }
}`;

/** A component input with defaults: PostgreSQL in production on premises. */
export const component = (overrides: Record<string, unknown> = {}) => ({
  layer: 'database',
  product: 'PostgreSQL',
  hosting: 'ON_PREMISES',
  status: 'PRODUCTION',
  ...overrides,
});

export async function publish(forum: StacksForum, token: string, input: Record<string, unknown>) {
  return (await forum.as(token).data<{ publishTechStack: { id: string; version: number } }>(PUBLISH, { input }))
    .publishTechStack;
}
