import { DataSource } from 'typeorm';
import { CatalogModule, catalogEntities } from '@forum/catalog';
import { DiscussionsModule, discussionsEntities } from '@forum/discussions';
import { IdentityModule, identityEntities, Role, signedInTestMember } from '@forum/identity';
import { StacksModule, stacksEntities } from '@forum/stacks';
import { createTestApp, type ClientAs, type TestApp } from '@forum/testing';
import { ReportsModule, reportsEntities } from '../reports.module.js';

/** The people of the reports tests, each signed in. */
export interface Cast {
  /** Of DE (Europe): publishes. */
  de: { id: string; token: string };
  /** An OFFICE_ADMIN of DE: the review queue. */
  deAdmin: { id: string; token: string };
  /** Of NO (Europe): what DE shares with OFFICES is shared with NO. */
  no: { id: string; token: string };
  /** Of AU (Oceania): not shared with. */
  au: { id: string; token: string };
  /** Of CN (Asia). */
  cn: { id: string; token: string };
  /** A MODERATOR of JP. */
  moderator: { id: string; token: string };
}

export interface ReportsForum {
  api: TestApp;
  cast: Cast;
  as(token: string | undefined): ClientAs;
  /** How many rows a table holds (to show that nothing was stored). */
  rows(
    table: 'ict_strategy' | 'ict_strategy_version' | 'strategy_review' | 'experience_report' | 'thread',
  ): Promise<number>;
  close(): Promise<void>;
}

export async function startReportsForum(): Promise<ReportsForum> {
  const api = await createTestApp({
    imports: [CatalogModule, IdentityModule, DiscussionsModule, StacksModule, ReportsModule],
    entities: [...catalogEntities, ...identityEntities, ...discussionsEntities, ...stacksEntities, ...reportsEntities],
    env: { ADMIN_PASSWORD: 'bootstrap-admin-password' },
  });
  const dataSource = api.app.get(DataSource);
  const person = (officeCode: string, role: Role = Role.MEMBER) =>
    signedInTestMember({ dataSource, client: api.client }, { officeCode, role });
  const cast: Cast = {
    de: await person('DE'),
    deAdmin: await person('DE', Role.OFFICE_ADMIN),
    no: await person('NO'),
    au: await person('AU'),
    cn: await person('CN'),
    moderator: await person('JP', Role.MODERATOR),
  };
  return {
    api,
    cast,
    as: (token) => api.client.as(token),
    rows: async (table) => (await api.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n,
    close: () => api.close(),
  };
}

export const PUBLISH_STRATEGY = `mutation($input: IctStrategyInput!) {
  publishIctStrategy(input: $input) { id version title visibility thread { id kind space { slug } visibility } }
}`;

/** Publishes a strategy as `token` and returns its id. */
export async function publishStrategy(
  forum: ReportsForum,
  token: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; threadId: string }> {
  const { publishIctStrategy } = await forum.as(token).data<{
    publishIctStrategy: { id: string; thread: { id: string } };
  }>(PUBLISH_STRATEGY, {
    input: {
      title: 'Digital transformation strategy',
      periodStart: 2024,
      periodEnd: 2028,
      summary: 'Cloud first, AI-assisted examination.',
      body: '# Strategy\n\nMove to the cloud.\nAutomate classification.',
      goals: ['Cloud first', 'AI-assisted examination'],
      ...input,
    },
  });
  return { id: publishIctStrategy.id, threadId: publishIctStrategy.thread.id };
}
